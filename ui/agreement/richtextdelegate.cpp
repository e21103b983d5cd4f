#include "agreement/richtextdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTableView>
#include <QTextDocument>

namespace crosscut::ui {

namespace {
constexpr int kMargin = 4;
constexpr int kMaxLines = 5;  // taller cells are clipped; the tooltip and the document view show the rest
}

RichTextDelegate::RichTextDelegate(int htmlRole, QTableView *view)
    : QStyledItemDelegate(view), m_htmlRole(htmlRole), m_view(view)
{
}

void RichTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString html = index.data(m_htmlRole).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.setTextWidth(std::max(10, opt.rect.width() - 2 * kMargin));
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(kMargin, kMargin / 2));
    const QRect clip(0, 0, opt.rect.width() - 2 * kMargin, opt.rect.height() - kMargin / 2);
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette = opt.palette;
    if (opt.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString html = index.data(m_htmlRole).toString();
    if (html.isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    const int width = m_view ? m_view->columnWidth(index.column()) : 300;
    doc.setTextWidth(std::max(10, width - 2 * kMargin));
    const int lineHeight = option.fontMetrics.lineSpacing();
    const int height = std::min(int(doc.size().height()), kMaxLines * lineHeight);
    return {width, height + kMargin};
}

}  // namespace crosscut::ui
