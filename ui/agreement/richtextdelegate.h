#pragma once
// Draws a cell's rich text (the model's `htmlRole`), wrapped to the width
// of its column, so that bold and underlined parts of a quote show in a
// table; cells without it are drawn as usual.

#include <QStyledItemDelegate>

class QTableView;

namespace crosscut::ui {

class RichTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    RichTextDelegate(int htmlRole, QTableView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_htmlRole;
    QTableView *m_view;
};

}  // namespace crosscut::ui
