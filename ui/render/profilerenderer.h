#pragma once
// Positional profiles drawn with QPainter (no widgets), for the report and
// `crosscut-cli profiles --draw dots|grid --out FILE.png|.svg`
// (analysis/profiles.h holds the data).
//
//   Dot plot  one panel per bipolar dimension: a row per case, the axis from
//             the negative pole's value (left) to the positive one's (right),
//             a semi-transparent dot per positioned quote (coinciding dots
//             jittered up and down, always the same way), the case's mean as
//             a diamond and its spread (± one standard deviation) as a line.
//             A case without a positioned quote says so in its row.
//   Grid      rows cases, columns dimensions; each cell holds a chip per value
//             the case speaks from (the value's code colour, its name and
//             quote count); cells where the case speaks from more than one
//             value (a hat shift) are outlined; a legend below.
//
// Sizes come from the content; a report splits more than kCasesPerImage
// cases (and more than kDimensionsPerImage grid columns) into several images.

#include "analysis/profiles.h"
#include "util/result.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSize>

class QPainter;

namespace crosscut::render {

constexpr int kCasesPerImage = 25;
constexpr int kDimensionsPerImage = 6;

// A run of consecutive cases (indices into ProfilesResult::cases).
struct CaseRange {
    int first = 0;
    int count = 0;
};
// `total` items in runs of at most `perImage`, as even as possible (45 → 23 + 22).
QList<CaseRange> splitRange(int total, int perImage);

// Indices into CaseProfile::dimensions of the bipolar dimensions, and of
// those with at least one positioned quote in any case.
QList<int> bipolarDimensions(const analysis::ProfilesResult &result);
QList<int> positionedDimensions(const analysis::ProfilesResult &result);
// The index of the dimension named `name` (case-insensitive), or -1.
int dimensionIndex(const analysis::ProfilesResult &result, const QString &name);

// One panel of the dot plot: a dimension over a run of cases.
struct DotPanel {
    int dimension = 0;  // index into CaseProfile::dimensions; must be bipolar
    CaseRange cases;
};

// Where a panel puts things (logical pixels), so tests and callers can find
// a quote's dot or a case's row.
struct DotPanelLayout {
    QRectF panel;        // the whole panel
    qreal axisLeft = 0;  // x of `minimum`
    qreal axisRight = 0; // x of `maximum`
    double minimum = -1; // the axis' range: the values' axis positions and every quote's position
    double maximum = 1;
    QList<qreal> rowCentres;  // per case of the panel's range: the y of its line of dots
    qreal xOf(double position) const;
};

// The panels stacked top to bottom in an image `width` wide.
QSize dotPlotSize(const analysis::ProfilesResult &result, const QList<DotPanel> &panels, int width);
QList<DotPanelLayout> dotPlotLayout(const analysis::ProfilesResult &result, const QList<DotPanel> &panels, int width);
void drawDotPlot(QPainter &painter, const analysis::ProfilesResult &result, const QList<DotPanel> &panels, int width);

// The grid over a run of cases and some dimensions (indices, in order).
struct GridLayout {
    QRectF grid;             // the table without the legend
    QList<QRectF> columns;   // per dimension: the header cell
    QList<QRectF> rows;      // per case: the whole row
    QRectF cell(int row, int column) const;
};
QSize gridSize(const analysis::ProfilesResult &result, CaseRange cases, const QList<int> &dimensions, int width);
GridLayout gridLayout(const analysis::ProfilesResult &result, CaseRange cases, const QList<int> &dimensions, int width);
void drawGrid(QPainter &painter, const analysis::ProfilesResult &result, CaseRange cases, const QList<int> &dimensions,
              int width);

// Images (`scale` device pixels per logical pixel: 2 for print) and files
// (.png or .svg by suffix, written atomically; nothing written on error).
constexpr int kDotPlotWidth = 900;
constexpr int kGridWidth = 1000;
QImage dotPlotImage(const analysis::ProfilesResult &result, const QList<DotPanel> &panels, qreal scale = 2.0,
                    int width = kDotPlotWidth);
QImage gridImage(const analysis::ProfilesResult &result, CaseRange cases, const QList<int> &dimensions, qreal scale = 2.0,
                 int width = kGridWidth);
Status writeDotPlot(const QString &path, const analysis::ProfilesResult &result, const QList<DotPanel> &panels,
                    int width = kDotPlotWidth);
Status writeGrid(const QString &path, const analysis::ProfilesResult &result, CaseRange cases,
                 const QList<int> &dimensions, int width = kGridWidth);

// The colours the drawings use, for tests and legends.
QColor profileDotColour();      // a quote's dot (drawn semi-transparent)
QColor profileMeanColour();     // the mean's diamond and the spread's line
QColor profileShiftColour();    // the outline of a hat-shift cell

}  // namespace crosscut::render
