#pragma once
// The collaboration network drawn with QPainter (no widgets), so that the
// CLI, the report and the GUI's Network tab draw the same picture: cases as
// circles coloured by their group (the colour-blind-safe palette of the
// charts, "(no value)" grey), sized by their number of ties, labelled with
// their names where the labels fit, ties as lines, a legend and a title.
//
// A scene holds one panel per wave. The layout is computed once, on the
// union of the panels' graphs, so a case stands at the same place in every
// panel: baseline and endline side by side show what changed.

#include "network/measuretable.h"
#include "network/network.h"
#include "util/result.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QPainter;

namespace crosscut::render {

struct NetworkScene {
    QString title;                       // above the panels
    QString groupAttribute;              // the legend's heading
    QList<network::NetworkGraph> panels; // one per wave
    QStringList panelTitles;             // per panel ("baseline", "All waves")
    QHash<Id, QPointF> positions;        // every case of any panel, in [0, 1] × [0, 1], each axis stretched to fill it
    QStringList groups;                  // non-empty group values of any panel, in name order
    bool hasUngrouped = false;           // some case has no value
    int maxDegree = 0;                   // over every panel: sizes compare across waves
};

// Lays out the union of `panels` (igraph Fruchterman-Reingold, seeded) and
// gathers the legend. panelTitles defaults to the graphs' waves.
Result<NetworkScene> makeNetworkScene(const QList<network::NetworkGraph> &panels, const QString &groupAttribute,
                                      const QString &title, QStringList panelTitles = {}, unsigned seed = 1);

// A group's colour in the scene: the palette in legend order; '' grey.
QColor groupColor(const NetworkScene &scene, const QString &group);
QColor noValueColor();

// Where a case is drawn in `area` (the whole drawing): for hit tests and
// tests. One entry per case per panel it is in.
struct DrawnNode {
    Id caseId = 0;
    int panel = 0;
    QPointF centre;
    qreal radius = 0;
    int degree = 0;
    QString group;
};
QList<DrawnNode> networkNodes(const NetworkScene &scene, const QRectF &area);
// The case drawn at `point`, if any (the nearest within its radius + 3 px).
std::optional<DrawnNode> nodeAt(const NetworkScene &scene, const QRectF &area, const QPointF &point);

// selected: a case drawn with a dark ring and its ties darker.
void drawNetwork(QPainter &painter, const QRectF &area, const NetworkScene &scene, std::optional<Id> selected = std::nullopt);

QImage networkImage(const NetworkScene &scene, const QSize &size, qreal scale = 1.0);
QByteArray networkPng(const NetworkScene &scene, const QSize &size);
QByteArray networkSvg(const NetworkScene &scene, const QSize &size);

// The default size: wider for side-by-side waves.
QSize defaultNetworkSize(const NetworkScene &scene);

// Writes a .png or .svg (by suffix) atomically; any other suffix is refused
// and nothing is written.
Status writeNetwork(const QString &path, const NetworkScene &scene, const QSize &size);

}  // namespace crosscut::render
