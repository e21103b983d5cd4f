#pragma once
// The canvas of the Portrait tab: one document's strip and codelines, or the
// small multiples of every document, drawn by render/portraitrenderer.h.
// A click on a segment or a codeline span emits spanClicked; hovering one
// shows the tooltip the panel's tooltipText gives for it.

#include "analysis/portrait.h"
#include "render/portraitrenderer.h"

#include <QWidget>

#include <functional>
#include <optional>

namespace crosscut::ui {

class PortraitView : public QWidget {
    Q_OBJECT
public:
    explicit PortraitView(QWidget *parent = nullptr);

    // `document` set: that document's portrait; nullopt: the small multiples.
    void setPortraits(const analysis::PortraitResult &result, std::optional<Id> document);
    void setTooltipText(std::function<QString(const render::PortraitHit &)> text) { m_tooltipText = std::move(text); }

    const QList<render::PortraitHit> &hits() const { return m_hits; }
    QSize sizeHint() const override;

Q_SIGNALS:
    void spanClicked(crosscut::Id document, qint64 start, qint64 end, int code);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateHeight();

    analysis::PortraitResult m_result;
    std::optional<Id> m_document;
    QList<render::PortraitHit> m_hits;
    std::function<QString(const render::PortraitHit &)> m_tooltipText;
};

}  // namespace crosscut::ui
