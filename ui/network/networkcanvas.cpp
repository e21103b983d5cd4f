#include "network/networkcanvas.h"

#include "render/chartrenderer.h"

#include <QMouseEvent>
#include <QPainter>

namespace crosscut::ui {

NetworkCanvas::NetworkCanvas(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("networkCanvas"));
    setMinimumSize(240, 100);  // the analysis dock may be short (1366 × 768)
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::PointingHandCursor);
}

void NetworkCanvas::setScene(const std::optional<render::NetworkScene> &scene)
{
    m_scene = scene;
    update();
}

void NetworkCanvas::setSelected(std::optional<Id> caseId)
{
    m_selected = caseId;
    update();
}

std::optional<QPointF> NetworkCanvas::nodeCentre(Id caseId, int panel) const
{
    if (!m_scene)
        return std::nullopt;
    for (const auto &n : render::networkNodes(*m_scene, QRectF(rect())))
        if (n.caseId == caseId && n.panel == panel)
            return n.centre;
    return std::nullopt;
}

void NetworkCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (!m_scene) {
        p.fillRect(rect(), Qt::white);
        return;
    }
    render::drawNetwork(p, QRectF(rect()), *m_scene, m_selected);
}

void NetworkCanvas::mousePressEvent(QMouseEvent *event)
{
    if (!m_scene || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    if (const auto node = render::nodeAt(*m_scene, QRectF(rect()), event->position()))
        Q_EMIT caseClicked(node->caseId);
}

ChartCanvas::ChartCanvas(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(300);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ChartCanvas::setTable(const analysis::Table &table)
{
    m_table = table;
    update();
}

void ChartCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    render::ChartOptions options;
    options.type = render::ChartType::Grouped;
    options.size = size();
    render::drawChart(p, QRectF(rect()), m_table, options);
}

}  // namespace crosscut::ui
