#pragma once
// Charts of analysis tables drawn with QPainter (no Qt Charts, no widgets), so
// that the headless CLI, the report and the GUI's exports draw the same thing.
//
//   Bar      one horizontal bar per row: the row's total over the columns
//   Stacked  one horizontal bar per row, split into its columns
//   Grouped  vertical bars clustered by row, one per column (per-group averages)
//   Heatmap  the grid of cells shaded by value, numbers written in

#include "analysis/table.h"
#include "util/result.h"

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>

class QPainter;

namespace crosscut::render {

enum class ChartType { Bar, Stacked, Grouped, Heatmap };

std::optional<ChartType> chartTypeFromString(const QString &name);  // bar|stacked|grouped|heatmap
QString toString(ChartType type);

// Safe: a colour-blind-safe qualitative palette (Okabe & Ito), the default;
// Codes: the codes' own colours when they are all set and distinct.
enum class SeriesColours { Safe, Codes };

struct ChartOptions {
    ChartType type = ChartType::Stacked;
    QString title;            // drawn above the chart; empty: the table's title
    QSize size{1100, 680};    // logical pixels
    SeriesColours colours = SeriesColours::Safe;
};

// One colour per series: the colour-blind-safe palette, or with Codes the
// labels' own colours when they are all set and distinct (else the palette).
QList<QColor> seriesColors(const QList<analysis::Label> &labels, SeriesColours colours = SeriesColours::Safe);

// The families chart and report text is set in: a Latin face first, then faces
// with Cyrillic, Devanagari and Arabic-script (Urdu) glyphs. The GUI's fonts
// follow the same list (ui/widgets/scriptfonts.h).
QStringList textFontFamilies();

// The heat-map shade for t in [0, 1] (white to deep blue).
QColor heatColor(double t);

void drawChart(QPainter &painter, const QRectF &area, const analysis::Table &table, const ChartOptions &options);

QImage chartImage(const analysis::Table &table, const ChartOptions &options, qreal scale = 1.0);
QByteArray chartPng(const analysis::Table &table, const ChartOptions &options);
QByteArray chartSvg(const analysis::Table &table, const ChartOptions &options);

// Writes a .png or .svg (by suffix) atomically.
Status writeChart(const QString &path, const analysis::Table &table, const ChartOptions &options);

}  // namespace crosscut::render
