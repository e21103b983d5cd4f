#pragma once
// The margin of coding stripes beside the document view (MAXQDA's "coding
// stripes"): one bar per quote from its first to its last line, labelled
// with its codes. Click selects the quote; the context menu writes its memo,
// removes codings or deletes it.

#include "model/entities.h"

#include <QWidget>

#include <memory>

#include <optional>

class QMenu;

namespace crosscut::ui {

class DocumentView;

class StripeMargin : public QWidget {
    Q_OBJECT
public:
    explicit StripeMargin(DocumentView *view);

    static constexpr int kMaxColumns = 6;
    int columnWidth() const;
    int preferredWidth(int columns) const;
    // The stripe rectangle of the quote at `index` in view->marks(); empty when off screen.
    QRect stripeRect(int index) const;
    std::optional<int> markAt(const QPoint &pos) const;
    // The context menu of the stripe at `pos` (null where there is none);
    // shown by contextMenuEvent, built apart for tests.
    std::unique_ptr<QMenu> buildContextMenu(const QPoint &pos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    DocumentView *m_view;
};

}  // namespace crosscut::ui
