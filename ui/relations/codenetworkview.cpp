#include "relations/codenetworkview.h"

#include "analysis/portrait.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace crosscut::ui {

CodeNetworkView::CodeNetworkView(QWidget *parent) : QWidget(parent)
{
    // Small: the analysis dock must leave the transcript its height on a laptop.
    setMinimumSize(160, 100);
}

void CodeNetworkView::setNetwork(const analysis::CooccurrenceResult &cooccurrence, const network::CodeNetwork &network)
{
    m_cooccurrence = cooccurrence;
    m_network = network;
    m_colors.clear();
    int next = 0;
    const QStringList &palette = analysis::portraitPalette();
    for (const int c : std::as_const(m_network.codes)) {
        const QString own = m_cooccurrence.codes[c].color;
        // The schema's default grey means "no colour chosen".
        if (own.isEmpty() || own.compare(QLatin1String("#888888"), Qt::CaseInsensitive) == 0)
            m_colors.append(palette[next++ % palette.size()]);
        else
            m_colors.append(own);
    }
    update();
}

QPointF CodeNetworkView::vertexPosition(int vertex) const
{
    const auto &pos = m_network.positions;
    if (pos.isEmpty())
        return {};
    double minX = pos[0].x, maxX = pos[0].x, minY = pos[0].y, maxY = pos[0].y;
    for (const auto &p : pos) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    // Room for the labels beside the discs.
    const QRectF area = QRectF(rect()).adjusted(40, 30, -110, -30);
    const double w = maxX - minX;
    const double h = maxY - minY;
    const auto &p = pos[vertex];
    return QPointF(w > 0 ? area.left() + area.width() * (p.x - minX) / w : area.center().x(),
                   h > 0 ? area.top() + area.height() * (p.y - minY) / h : area.center().y());
}

void CodeNetworkView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_network.codes.isEmpty()) {
        painter.setPen(Qt::darkGray);
        painter.drawText(rect(), Qt::AlignCenter, tr("No coded quotes yet."));
        return;
    }
    qint64 maxCount = 1;
    for (const qint64 n : std::as_const(m_network.counts))
        maxCount = std::max(maxCount, n);
    for (qsizetype e = 0; e < m_network.graph.edges.size(); ++e) {
        const auto &edge = m_network.graph.edges[e];
        const double t = static_cast<double>(m_network.counts[e]) / static_cast<double>(maxCount);
        painter.setPen(QPen(QColor(0x55, 0x55, 0x66, 90 + static_cast<int>(120 * t)), 1.0 + 7.0 * t, Qt::SolidLine,
                            Qt::RoundCap));
        painter.drawLine(vertexPosition(edge.a), vertexPosition(edge.b));
    }
    qint64 maxQuotes = 1;
    for (const int c : std::as_const(m_network.codes))
        maxQuotes = std::max(maxQuotes, m_cooccurrence.quoteCounts[c]);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    painter.setFont(f);
    for (qsizetype v = 0; v < m_network.codes.size(); ++v) {
        const int c = m_network.codes[v];
        const qreal r = 5 + 11 * std::sqrt(static_cast<double>(m_cooccurrence.quoteCounts[c]) / static_cast<double>(maxQuotes));
        const QPointF at = vertexPosition(static_cast<int>(v));
        painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 1));
        painter.setBrush(QColor(m_colors[v]));
        painter.drawEllipse(at, r, r);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(at + QPointF(r + 3, 4), m_cooccurrence.codes[c].text.section(QLatin1Char('/'), -1));
    }
}

}  // namespace crosscut::ui
