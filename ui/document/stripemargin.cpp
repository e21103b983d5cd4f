#include "document/stripemargin.h"

#include "document/documentview.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace crosscut::ui {

StripeMargin::StripeMargin(DocumentView *view) : QWidget(view), m_view(view)
{
    setObjectName(QStringLiteral("codingStripes"));
    setMouseTracking(true);
}

int StripeMargin::columnWidth() const { return fontMetrics().height() + 8; }

int StripeMargin::preferredWidth(int columns) const
{
    return 6 + columnWidth() * qBound(1, columns, kMaxColumns);
}

QRect StripeMargin::stripeRect(int index) const
{
    const QList<QuoteMark> &marks = m_view->marks();
    if (index < 0 || index >= marks.size())
        return {};
    const QuoteMark &m = marks[index];
    const QTextBlock first = m_view->firstVisibleBlock();
    if (!first.isValid())
        return {};
    const int visibleStart = first.position();
    const int visibleEnd = m_view->cursorForPosition(QPoint(m_view->viewport()->width(), m_view->viewport()->height()))
                               .block()
                               .next()
                               .position();
    const bool endsBelow = visibleEnd > 0 && m.utf16End > visibleEnd;
    if (m.utf16End < visibleStart || (visibleEnd > 0 && m.utf16Start > visibleEnd))
        return {};
    QTextCursor cursor(m_view->document());
    int top = 0;
    if (m.utf16Start >= visibleStart) {
        cursor.setPosition(m.utf16Start);
        top = m_view->cursorRect(cursor).top();
    }
    int bottom = height();
    if (!endsBelow) {
        cursor.setPosition(qMax(m.utf16Start, m.utf16End - 1));
        bottom = m_view->cursorRect(cursor).bottom();
    }
    const int column = qMin(m.column, kMaxColumns - 1);
    return QRect(3 + column * columnWidth(), top + 1, columnWidth() - 2, qMax(4, bottom - top - 2));
}

std::optional<int> StripeMargin::markAt(const QPoint &pos) const
{
    // Only stripes that can be on screen are tested (by line range).
    const QList<QuoteMark> &marks = m_view->marks();
    const int firstBlock = m_view->firstVisibleBlock().blockNumber();
    std::optional<int> best;
    for (int i = 0; i < marks.size(); ++i) {
        if (marks[i].lastBlock < firstBlock)
            continue;
        const QRect r = stripeRect(i);
        if (r.isNull() && marks[i].firstBlock > firstBlock)
            break;
        if (r.contains(pos) && (!best || marks[i].utf16End - marks[i].utf16Start <
                                             marks[*best].utf16End - marks[*best].utf16Start))
            best = i;
    }
    return best;
}

void StripeMargin::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.fillRect(event->rect(), palette().color(QPalette::Window));
    const QList<QuoteMark> &marks = m_view->marks();
    const int firstBlock = m_view->firstVisibleBlock().blockNumber();
    const std::optional<Id> current = m_view->currentQuote();
    const int barWidth = 5;
    for (int i = 0; i < marks.size(); ++i) {
        const QuoteMark &m = marks[i];
        if (m.lastBlock < firstBlock)
            continue;
        const QRect r = stripeRect(i);
        if (r.isNull()) {
            if (m.firstBlock > firstBlock)
                break;
            continue;
        }
        if (!r.intersects(event->rect()))
            continue;
        // The bar, split lengthwise into one segment per code.
        const int n = qMax<qsizetype>(1, m.colors.size());
        const int segment = qMax(1, r.height() / n);
        for (int k = 0; k < n; ++k) {
            const QColor color = m.colors.value(k, QColor(Qt::gray));
            const int y = r.top() + k * segment;
            const int h = k == n - 1 ? r.bottom() - y + 1 : segment;
            p.fillRect(QRect(r.left(), y, barWidth, h), color);
        }
        if (current && *current == m.quoteId) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.drawRect(r.adjusted(0, 0, -1, -1));
        }
        // The label runs along the bar, bottom to top.
        p.save();
        p.setPen(palette().color(QPalette::WindowText));
        p.translate(r.left() + barWidth + 2, r.bottom());
        p.rotate(-90);
        const QRect textRect(0, 0, r.height(), r.width() - barWidth - 2);
        QString text = m.names.join(QStringLiteral(" · "));
        if (!m.coderName.isEmpty())
            text = m.coderName + QStringLiteral(": ") + text;  // comparing coders
        const QString label = p.fontMetrics().elidedText(text, Qt::ElideRight, textRect.width());
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, label);
        p.restore();
    }
}

void StripeMargin::mousePressEvent(QMouseEvent *event)
{
    const std::optional<int> index = markAt(event->position().toPoint());
    if (index && event->button() == Qt::LeftButton) {
        m_view->setCurrentQuote(m_view->marks()[*index].quoteId);
        m_view->setFocus(Qt::MouseFocusReason);
    }
    QWidget::mousePressEvent(event);
}

std::unique_ptr<QMenu> StripeMargin::buildContextMenu(const QPoint &pos)
{
    const std::optional<int> index = markAt(pos);
    if (!index)
        return nullptr;
    const QuoteMark m = m_view->marks()[*index];
    m_view->setCurrentQuote(m.quoteId);
    auto menu = std::make_unique<QMenu>(this);
    QAction *memo = menu->addAction(tr("Memo…"));
    memo->setObjectName(QStringLiteral("quoteMemo"));
    connect(memo, &QAction::triggered, m_view, [this, m] { Q_EMIT m_view->memoRequested(m.quoteId); });
    menu->addSeparator();
    // A stripe of one coder's work (View → Coders) removes only that coder's
    // codings: the others' are not on screen to be seen going.
    const std::optional<Id> coder = m_view->stripeCoder(m);
    for (int k = 0; k < m.codes.size(); ++k) {
        const Id code = m.codes[k];
        QAction *action = menu->addAction(tr("Remove coding “%1”").arg(m.names.value(k)));
        if (coder)
            connect(action, &QAction::triggered, m_view,
                    [this, m, code, who = *coder] { Q_EMIT m_view->removeCoderCodingsRequested(m.quoteId, who, code); });
        else
            connect(action, &QAction::triggered, m_view, [this, m, code] { Q_EMIT m_view->removeCodingRequested(m.quoteId, code); });
    }
    menu->addSeparator();
    if (coder) {
        const QString name = m_view->coderFilter() ? m_view->coderFilter()->nameOf(*coder) : QString();
        QAction *remove = menu->addAction(tr("Remove %1's codings of this quote").arg(name));
        remove->setObjectName(QStringLiteral("removeCoderCodings"));
        connect(remove, &QAction::triggered, m_view,
                [this, m, who = *coder] { Q_EMIT m_view->removeCoderCodingsRequested(m.quoteId, who, 0); });
        return menu;
    }
    QAction *del = menu->addAction(tr("Delete quote"));
    connect(del, &QAction::triggered, m_view, [this, m] { Q_EMIT m_view->deleteQuoteRequested(m.quoteId); });
    return menu;
}

void StripeMargin::contextMenuEvent(QContextMenuEvent *event)
{
    if (std::unique_ptr<QMenu> menu = buildContextMenu(event->pos()))
        menu->exec(event->globalPos());
}

bool StripeMargin::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const std::optional<int> index = markAt(help->pos());
        if (index) {
            const QuoteMark &m = m_view->marks()[*index];
            QString codes = m.names.join(QStringLiteral(", "));
            if (!m.coderName.isEmpty())
                codes = tr("%1 (coded by %2)").arg(codes, m.coderName);
            QToolTip::showText(help->globalPos(), tr("%1\n[%2–%3]").arg(codes).arg(m.start).arg(m.end), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

}  // namespace crosscut::ui
