#include "portraits/portraitview.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace crosscut::ui {

PortraitView::PortraitView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    setPalette(p);
}

void PortraitView::setPortraits(const analysis::PortraitResult &result, std::optional<Id> document)
{
    m_result = result;
    m_document = document;
    updateHeight();
    update();
}

QSize PortraitView::sizeHint() const
{
    return QSize(900, minimumHeight());
}

void PortraitView::updateHeight()
{
    const analysis::DocumentPortrait *d = m_document ? m_result.document(*m_document) : nullptr;
    const qreal h = d ? render::documentPortraitHeight(*d) : render::smallMultiplesHeight(m_result, width());
    setMinimumHeight(static_cast<int>(std::ceil(h)));
    // Hits follow the geometry: redrawn at the new size in the next paint.
    m_hits.clear();
    QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&probe);
    const QRectF area(0, 0, width(), minimumHeight());
    if (d)
        render::drawDocumentPortrait(painter, area, m_result, *d, &m_hits);
    else if (!m_document)
        render::drawSmallMultiples(painter, area, m_result, &m_hits);
}

void PortraitView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateHeight();
}

void PortraitView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    const QRectF area(0, 0, width(), minimumHeight());
    const analysis::DocumentPortrait *d = m_document ? m_result.document(*m_document) : nullptr;
    if (d)
        render::drawDocumentPortrait(painter, area, m_result, *d);
    else if (!m_document)
        render::drawSmallMultiples(painter, area, m_result);
}

void PortraitView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    if (const render::PortraitHit *hit = render::portraitHitAt(m_hits, event->position()))
        Q_EMIT spanClicked(hit->documentId, hit->start, hit->end, hit->code);
}

bool PortraitView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const render::PortraitHit *hit = render::portraitHitAt(m_hits, help->pos());
        if (hit && m_tooltipText) {
            setToolTip(m_tooltipText(*hit));
            QToolTip::showText(help->globalPos(), toolTip(), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

}  // namespace crosscut::ui
