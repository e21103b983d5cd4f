#include "render/networkrenderer.h"

#include "render/paintedfile.h"

#include "analysis/casequotes.h"
#include "export/atomicfile.h"
#include "render/chartrenderer.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace crosscut::render {

namespace {

const QColor kInk(0x22, 0x22, 0x22);
const QColor kTie(0x9A, 0xA4, 0xB0);

// Above this many cases in a panel only the best-connected are labelled.
constexpr int kLabelAll = 60;
constexpr int kLabelsWhenCrowded = 25;

QFont sceneFont(qreal pixelSize, bool bold = false)
{
    QFont font;
    font.setFamilies(textFontFamilies());
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

struct LegendItem {
    QString text;
    QColor color;
};

QList<LegendItem> legendItems(const NetworkScene &scene)
{
    QList<LegendItem> items;
    for (const QString &g : scene.groups)
        items.append({g, groupColor(scene, g)});
    if (scene.hasUngrouped)
        items.append({QStringLiteral("(no value)"), noValueColor()});
    return items;
}

// Lays out (and, with draw, paints) the legend in rows from area's top;
// returns its height.
qreal legend(QPainter *p, const QRectF &area, const NetworkScene &scene)
{
    const QFont font = sceneFont(13);
    const QFontMetricsF fm(font);
    const qreal swatch = 12;
    const qreal lineHeight = fm.height() + 6;
    qreal x = area.left();
    qreal y = area.top();
    auto place = [&](const QString &text, const std::optional<QColor> &color, bool bold) {
        const QString shown = fm.elidedText(text, Qt::ElideRight, area.width() * 0.45);
        const qreal width = (color ? swatch + 6 : 0) + fm.horizontalAdvance(shown) + 18;
        if (x > area.left() && x + width > area.right()) {
            x = area.left();
            y += lineHeight;
        }
        if (p) {
            QFont f = font;
            f.setBold(bold);
            p->setFont(f);
            qreal textLeft = x;
            if (color) {
                // Squares, not circles: the drawing's circles are its cases.
                p->fillRect(QRectF(x, y + (lineHeight - swatch) / 2 - 2, swatch, swatch), *color);
                p->setPen(QPen(color->darker(150), 1));
                p->drawRect(QRectF(x, y + (lineHeight - swatch) / 2 - 2, swatch, swatch));
                textLeft += swatch + 6;
            }
            p->setPen(kInk);
            p->drawText(QRectF(textLeft, y, width, lineHeight - 4), Qt::AlignLeft | Qt::AlignVCenter, shown);
        }
        x += width;
    };
    if (!scene.groupAttribute.isEmpty())
        place(scene.groupAttribute + QLatin1Char(':'), std::nullopt, true);
    for (const LegendItem &item : legendItems(scene))
        place(item.text, item.color, false);
    place(QStringLiteral("· circle size: number of ties"), std::nullopt, false);
    return y - area.top() + lineHeight + 4;
}

struct Frame {
    QRectF inner;
    qreal titleHeight = 0;
    QRectF legendArea;
    QList<QRectF> panelTitles;
    QList<QRectF> plots;  // where centres go
    qreal rMin = 3;
    qreal rMax = 10;
};

Frame frameOf(const NetworkScene &scene, const QRectF &area)
{
    Frame f;
    f.inner = area.adjusted(20, 16, -20, -16);
    const QFont titleFont = sceneFont(20, true);
    f.titleHeight = scene.title.isEmpty() ? 0 : QFontMetricsF(titleFont).height() + 10;
    const qreal legendHeight = legend(nullptr, f.inner, scene);
    f.legendArea = QRectF(f.inner.left(), f.inner.bottom() - legendHeight, f.inner.width(), legendHeight);
    const QRectF body(f.inner.left(), f.inner.top() + f.titleHeight, f.inner.width(),
                      f.inner.height() - f.titleHeight - legendHeight - 6);
    const int panels = std::max<int>(1, static_cast<int>(scene.panels.size()));
    const qreal gap = 18;
    const qreal panelWidth = (body.width() - gap * (panels - 1)) / panels;
    const qreal panelTitleHeight = QFontMetricsF(sceneFont(16, true)).height() + 6;
    const qreal plotArea = std::max(1.0, panelWidth * (body.height() - panelTitleHeight));
    const qreal cell = std::sqrt(plotArea / double(std::max<qsizetype>(1, scene.positions.size())));
    f.rMax = std::clamp(cell * 0.3, 3.0, 16.0);
    f.rMin = std::clamp(f.rMax * 0.38, 1.5, 6.0);
    for (int i = 0; i < panels; ++i) {
        const qreal left = body.left() + i * (panelWidth + gap);
        f.panelTitles.append(QRectF(left, body.top(), panelWidth, panelTitleHeight));
        // Room for the largest circle and a label on either side.
        const qreal margin = f.rMax + 4;
        f.plots.append(QRectF(left + margin, body.top() + panelTitleHeight + margin, panelWidth - 2 * margin,
                              body.height() - panelTitleHeight - 2 * margin));
    }
    return f;
}

QPointF placeIn(const QRectF &plot, const QPointF &unit)
{
    // Stretched to the panel: a force-directed layout has no meaningful
    // aspect, and a wide panel (two waves in a short dock) would otherwise
    // crowd the cases into a small square.
    return QPointF(plot.left() + unit.x() * plot.width(), plot.top() + unit.y() * plot.height());
}

QList<int> degrees(const network::NetworkGraph &g)
{
    QList<int> d(g.caseIds.size(), 0);
    for (const auto &e : g.edges) {
        ++d[e.a];
        ++d[e.b];
    }
    return d;
}

QList<DrawnNode> nodesIn(const NetworkScene &scene, const Frame &frame)
{
    QList<DrawnNode> out;
    const int maxDegree = std::max(1, scene.maxDegree);
    for (int p = 0; p < scene.panels.size(); ++p) {
        const auto &g = scene.panels.at(p);
        const QList<int> d = degrees(g);
        for (qsizetype v = 0; v < g.caseIds.size(); ++v) {
            DrawnNode n;
            n.caseId = g.caseIds.at(v);
            n.panel = p;
            n.centre = placeIn(frame.plots.at(p), scene.positions.value(n.caseId, QPointF(0.5, 0.5)));
            n.degree = d.at(v);
            n.radius = frame.rMin + (frame.rMax - frame.rMin) * std::sqrt(double(n.degree) / maxDegree);
            n.group = g.groups.value(v);
            out.append(n);
        }
    }
    return out;
}

void drawLabels(QPainter &p, const NetworkScene &scene, const Frame &frame, const QList<DrawnNode> &nodes, int panel,
                std::optional<Id> selected)
{
    const auto &g = scene.panels.at(panel);
    QHash<Id, QString> names;
    for (qsizetype v = 0; v < g.caseIds.size(); ++v)
        names.insert(g.caseIds.at(v), g.names.value(v));
    QList<const DrawnNode *> inPanel;
    for (const DrawnNode &n : nodes)
        if (n.panel == panel)
            inPanel.append(&n);
    const bool crowded = inPanel.size() > kLabelAll;
    std::stable_sort(inPanel.begin(), inPanel.end(), [&](const DrawnNode *a, const DrawnNode *b) {
        if ((a->caseId == selected) != (b->caseId == selected))
            return a->caseId == selected;
        if (a->degree != b->degree)
            return a->degree > b->degree;
        return analysis::nameLess(names.value(a->caseId), names.value(b->caseId));
    });
    const QFont font = sceneFont(crowded ? 11 : 12);
    // Obstacles: the labels placed so far and (when there are few) the circles.
    QList<QRectF> taken;
    if (inPanel.size() <= 400)
        for (const DrawnNode *n : std::as_const(inPanel))
            taken.append(QRectF(n->centre.x() - n->radius, n->centre.y() - n->radius, 2 * n->radius, 2 * n->radius));
    const QRectF bounds = frame.plots.at(panel).adjusted(-frame.rMax - 2, -frame.rMax - 2, frame.rMax + 2, frame.rMax + 2);
    int placed = 0;
    for (const DrawnNode *n : std::as_const(inPanel)) {
        if (crowded && placed >= kLabelsWhenCrowded && n->caseId != selected)
            break;
        QFont labelFont = font;
        labelFont.setBold(n->caseId == selected);
        const QFontMetricsF lm(labelFont);
        const QString text = lm.elidedText(names.value(n->caseId), Qt::ElideRight, 190);
        const QSizeF size(lm.horizontalAdvance(text) + 4, lm.height());
        const qreal r = n->radius + 2;
        const QList<QPointF> corners = {
            {n->centre.x() + r, n->centre.y() - size.height() / 2},                      // right
            {n->centre.x() - r - size.width(), n->centre.y() - size.height() / 2},       // left
            {n->centre.x() - size.width() / 2, n->centre.y() - r - size.height()},       // above
            {n->centre.x() - size.width() / 2, n->centre.y() + r},                       // below
        };
        for (int k = 0; k < corners.size() + 1; ++k) {
            // The selected case is labelled even where no place is free (on the right).
            const bool forced = k == corners.size();
            if (forced && n->caseId != selected)
                break;
            const QRectF rect(corners.at(forced ? 0 : k), size);
            const QRectF self(n->centre.x() - n->radius, n->centre.y() - n->radius, 2 * n->radius, 2 * n->radius);
            if (!forced) {
                if (!bounds.contains(rect))
                    continue;
                const bool clash = std::any_of(taken.begin(), taken.end(),
                                               [&](const QRectF &t) { return t != self && t.intersects(rect); });
                if (clash)
                    continue;
            }
            p.fillRect(rect, QColor(255, 255, 255, 210));
            p.setPen(kInk);
            p.setFont(labelFont);
            p.drawText(rect, Qt::AlignCenter, text);
            taken.append(rect);
            ++placed;
            break;
        }
    }
}

}  // namespace

QColor noValueColor() { return QColor(0xBB, 0xBB, 0xBB); }

QColor groupColor(const NetworkScene &scene, const QString &group)
{
    const qsizetype at = scene.groups.indexOf(group);
    if (group.isEmpty() || at < 0)
        return noValueColor();
    QList<analysis::Label> labels;
    for (const QString &g : scene.groups)
        labels.append(analysis::Label{g, std::nullopt, QString()});
    return seriesColors(labels).at(at);
}

Result<NetworkScene> makeNetworkScene(const QList<network::NetworkGraph> &panels, const QString &groupAttribute,
                                      const QString &title, QStringList panelTitles, unsigned seed)
{
    NetworkScene scene;
    scene.title = title;
    scene.groupAttribute = groupAttribute;
    scene.panels = panels;
    for (qsizetype i = panelTitles.size(); i < panels.size(); ++i)
        panelTitles.append(network::waveLabel(panels.at(i).wave));
    scene.panelTitles = panelTitles;

    // The union graph: every case of any panel, every tie of any panel.
    network::NetworkGraph all;
    QHash<Id, int> index;
    for (const auto &g : panels) {
        for (qsizetype v = 0; v < g.caseIds.size(); ++v) {
            if (index.contains(g.caseIds.at(v)))
                continue;
            index.insert(g.caseIds.at(v), static_cast<int>(all.caseIds.size()));
            all.caseIds.append(g.caseIds.at(v));
            all.names.append(g.names.value(v));
            all.groups.append(g.groups.value(v));
            const QString &group = g.groups.value(v);
            if (group.isEmpty())
                scene.hasUngrouped = true;
            else if (!scene.groups.contains(group))
                scene.groups.append(group);
        }
        for (const auto &e : g.edges)
            all.edges.append(network::GraphEdge{index.value(g.caseIds.at(e.a)), index.value(g.caseIds.at(e.b)), e.wave, e.kind, e.tieId});
        const QList<int> d = degrees(g);
        for (const int x : d)
            scene.maxDegree = std::max(scene.maxDegree, x);
    }
    std::sort(scene.groups.begin(), scene.groups.end(), analysis::nameLess);
    auto positions = network::computeLayout(all, seed);
    if (!positions)
        return positions.error();
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    for (qsizetype i = 0; i < positions->size(); ++i) {
        const auto &p = positions->at(i);
        if (i == 0 || p.x < minX)
            minX = p.x;
        if (i == 0 || p.x > maxX)
            maxX = p.x;
        if (i == 0 || p.y < minY)
            minY = p.y;
        if (i == 0 || p.y > maxY)
            maxY = p.y;
    }
    // Each axis to [0, 1] (the drawing fills its panel); a flat axis (one
    // case, or cases in a line) in the middle.
    const double spanX = maxX - minX, spanY = maxY - minY;
    for (const auto &p : *positions)
        scene.positions.insert(p.caseId, QPointF(spanX > 1e-9 ? (p.x - minX) / spanX : 0.5, spanY > 1e-9 ? (p.y - minY) / spanY : 0.5));
    return scene;
}

QList<DrawnNode> networkNodes(const NetworkScene &scene, const QRectF &area) { return nodesIn(scene, frameOf(scene, area)); }

std::optional<DrawnNode> nodeAt(const NetworkScene &scene, const QRectF &area, const QPointF &point)
{
    std::optional<DrawnNode> best;
    double bestDistance = 0;
    for (const DrawnNode &n : networkNodes(scene, area)) {
        const double d = std::hypot(n.centre.x() - point.x(), n.centre.y() - point.y());
        if (d <= n.radius + 3 && (!best || d < bestDistance)) {
            best = n;
            bestDistance = d;
        }
    }
    return best;
}

void drawNetwork(QPainter &p, const QRectF &area, const NetworkScene &scene, std::optional<Id> selected)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(area, Qt::white);
    const Frame frame = frameOf(scene, area);
    if (!scene.title.isEmpty()) {
        const QFont titleFont = sceneFont(20, true);
        p.setFont(titleFont);
        p.setPen(kInk);
        p.drawText(QRectF(frame.inner.left(), frame.inner.top(), frame.inner.width(), frame.titleHeight),
                   Qt::AlignLeft | Qt::AlignTop, QFontMetricsF(titleFont).elidedText(scene.title, Qt::ElideRight, frame.inner.width()));
    }
    const QList<DrawnNode> nodes = nodesIn(scene, frame);
    QHash<QPair<int, Id>, QPointF> centres;
    for (const DrawnNode &n : nodes)
        centres.insert({n.panel, n.caseId}, n.centre);
    for (int panel = 0; panel < scene.panels.size(); ++panel) {
        const auto &g = scene.panels.at(panel);
        p.setFont(sceneFont(16, true));
        p.setPen(kInk);
        p.drawText(frame.panelTitles.at(panel), Qt::AlignHCenter | Qt::AlignTop,
                   QStringLiteral("%1 — %2 cases, %3 ties")
                       .arg(scene.panelTitles.value(panel))
                       .arg(g.caseIds.size())
                       .arg(g.edges.size()));
        if (panel > 0) {
            const qreal x = frame.panelTitles.at(panel).left() - 9;
            p.setPen(QPen(QColor(0xDD, 0xDD, 0xDD), 1));
            p.drawLine(QPointF(x, frame.panelTitles.at(panel).top()), QPointF(x, frame.legendArea.top() - 6));
        }
        // Ties under the circles; many ties thinner and fainter.
        QColor tie = kTie;
        tie.setAlphaF(g.edges.size() > 2000 ? 0.25f : 0.7f);
        p.setPen(QPen(tie, g.edges.size() > 2000 ? 0.5 : 1.2));
        QList<QLineF> lines, chosen;
        lines.reserve(g.edges.size());
        for (const auto &e : g.edges) {
            const QLineF line(centres.value({panel, g.caseIds.at(e.a)}), centres.value({panel, g.caseIds.at(e.b)}));
            if (selected && (g.caseIds.at(e.a) == *selected || g.caseIds.at(e.b) == *selected))
                chosen.append(line);
            else
                lines.append(line);
        }
        p.drawLines(lines);
        p.setPen(QPen(kInk, 2.2));
        p.drawLines(chosen);
    }
    for (const DrawnNode &n : nodes) {
        const QColor fill = groupColor(scene, n.group);
        p.setBrush(fill);
        p.setPen(n.caseId == selected ? QPen(kInk, 3) : QPen(fill.darker(160), 1));
        p.drawEllipse(n.centre, n.radius, n.radius);
    }
    p.setBrush(Qt::NoBrush);
    for (int panel = 0; panel < scene.panels.size(); ++panel)
        drawLabels(p, scene, frame, nodes, panel, selected);
    legend(&p, frame.legendArea, scene);
    p.restore();
}

QSize defaultNetworkSize(const NetworkScene &scene)
{
    return scene.panels.size() > 1 ? QSize(1500, 820) : QSize(1100, 860);
}

QImage networkImage(const NetworkScene &scene, const QSize &size, qreal scale)
{
    return paintedImage(size, [&](QPainter &p, const QRectF &area) { drawNetwork(p, area, scene); }, scale);
}

QByteArray networkPng(const NetworkScene &scene, const QSize &size)
{
    return paintedPng(size, [&](QPainter &p, const QRectF &area) { drawNetwork(p, area, scene); });
}

QByteArray networkSvg(const NetworkScene &scene, const QSize &size)
{
    return paintedSvg(size, scene.title, QStringLiteral("Crosscut collaboration network"),
                      [&](QPainter &p, const QRectF &area) { drawNetwork(p, area, scene); });
}

Status writeNetwork(const QString &path, const NetworkScene &scene, const QSize &size)
{
    return writePainted(path, size, scene.title, QStringLiteral("Crosscut collaboration network"),
                        [&](QPainter &p, const QRectF &area) { drawNetwork(p, area, scene); }, QStringLiteral("the network"));
}

}  // namespace crosscut::render
