#include "render/chartrenderer.h"

#include "render/paintedfile.h"

#include "export/atomicfile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace crosscut::render {

namespace {

using analysis::NumberFormat;
using analysis::Table;

// Okabe–Ito, then a few more distinct hues: safe for colour-blind readers.
const QList<QColor> &palette()
{
    static const QList<QColor> colors = {
        QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00),
        QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xF0, 0xE4, 0x42), QColor(0x55, 0x55, 0x55),
        QColor(0x88, 0x22, 0x55), QColor(0x44, 0xAA, 0x99), QColor(0x99, 0x99, 0x33), QColor(0x33, 0x22, 0x88),
    };
    return colors;
}

const QColor kInk(0x22, 0x22, 0x22);
const QColor kGrid(0xDD, 0xDD, 0xDD);

QString formatValue(double value, NumberFormat format)
{
    switch (format) {
    case NumberFormat::Count: return QString::number(std::llround(value));
    case NumberFormat::Percent: return QString::number(value, 'f', 1) + QLatin1Char('%');
    case NumberFormat::Coefficient: return QString::number(value, 'f', 3);
    case NumberFormat::Decimal: return QString::number(value, 'f', 2);
    }
    return QString::number(value);
}

QFont chartFont(qreal pixelSize, bool bold = false)
{
    QFont font;
    font.setFamilies(textFontFamilies());
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

double niceStep(double maxValue, int targetTicks)
{
    if (maxValue <= 0)
        return 1;
    const double raw = maxValue / targetTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    double nice = 10;
    if (fraction <= 1)
        nice = 1;
    else if (fraction <= 2)
        nice = 2;
    else if (fraction <= 5)
        nice = 5;
    return nice * magnitude;
}

// Text elided to fit `width`, keeping whole labels when they fit.
QString fitted(const QFontMetricsF &fm, const QString &text, qreal width)
{
    return fm.elidedText(text, Qt::ElideRight, width);
}

// A legend laid out in rows under the title; returns its height.
qreal drawLegend(QPainter &p, const QRectF &area, const QList<analysis::Label> &labels, const QList<QColor> &colors,
                 bool draw)
{
    const QFont font = chartFont(13);
    const QFontMetricsF fm(font);
    p.setFont(font);
    const qreal swatch = 12;
    const qreal lineHeight = fm.height() + 6;
    qreal x = area.left();
    qreal y = area.top();
    for (int i = 0; i < labels.size(); ++i) {
        const QString text = fitted(fm, labels.at(i).text, area.width() * 0.45);
        const qreal itemWidth = swatch + 6 + fm.horizontalAdvance(text) + 18;
        if (x > area.left() && x + itemWidth > area.right()) {
            x = area.left();
            y += lineHeight;
        }
        if (draw) {
            p.fillRect(QRectF(x, y + (lineHeight - swatch) / 2 - 2, swatch, swatch), colors.at(i));
            p.setPen(kInk);
            p.drawText(QRectF(x + swatch + 6, y, itemWidth, lineHeight - 4), Qt::AlignLeft | Qt::AlignVCenter, text);
        }
        x += itemWidth;
    }
    return labels.isEmpty() ? 0 : y - area.top() + lineHeight + 4;
}

void drawValueAxis(QPainter &p, const QRectF &plot, double maxValue, NumberFormat format, bool horizontal)
{
    const double step = niceStep(maxValue, 5);
    const double top = std::max(step, std::ceil(maxValue / step) * step);
    p.setFont(chartFont(12));
    for (double v = 0; v <= top + step / 2; v += step) {
        const double t = v / top;
        p.setPen(QPen(kGrid, 1));
        if (horizontal) {
            const qreal x = plot.left() + t * plot.width();
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            p.setPen(kInk);
            p.drawText(QRectF(x - 40, plot.bottom() + 4, 80, 18), Qt::AlignHCenter | Qt::AlignTop,
                       formatValue(v, format == NumberFormat::Count ? NumberFormat::Decimal : format)
                           .remove(QRegularExpression(QStringLiteral("\\.0+(?=%|$)"))));
        } else {
            const qreal y = plot.bottom() - t * plot.height();
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            p.setPen(kInk);
            p.drawText(QRectF(plot.left() - 64, y - 9, 58, 18), Qt::AlignRight | Qt::AlignVCenter,
                       formatValue(v, format == NumberFormat::Count ? NumberFormat::Decimal : format)
                           .remove(QRegularExpression(QStringLiteral("\\.0+(?=%|$)"))));
        }
    }
    p.setPen(QPen(kInk, 1));
    if (horizontal)
        p.drawLine(plot.bottomLeft(), plot.topLeft());
    else
        p.drawLine(plot.bottomLeft(), plot.bottomRight());
}

double axisTop(double maxValue)
{
    const double step = niceStep(maxValue, 5);
    return std::max(step, std::ceil(maxValue / step) * step);
}

// Bar and Stacked: one horizontal bar per row.
void drawHorizontal(QPainter &p, const QRectF &area, const Table &table, bool stacked, const ChartOptions &options)
{
    const QList<QColor> colors = stacked ? seriesColors(table.columns, options.colours)
                                           : seriesColors(table.rows, options.colours);
    QRectF body = area;
    if (stacked && table.columnCount() > 0)
        body.setTop(body.top() + drawLegend(p, body, table.columns, colors, true));

    QList<double> totals;
    double maxTotal = 0;
    for (int r = 0; r < table.rowCount(); ++r) {
        double sum = 0;
        for (int c = 0; c < table.columnCount(); ++c)
            sum += std::max(0.0, table.cell(r, c));
        totals.append(sum);
        maxTotal = std::max(maxTotal, sum);
    }
    const QFont labelFont = chartFont(14);
    const QFontMetricsF fm(labelFont);
    qreal labelWidth = 0;
    for (const auto &label : table.rows)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(label.text));
    labelWidth = std::min(labelWidth + 12, body.width() * 0.38);
    const QRectF plot(body.left() + labelWidth, body.top() + 4, body.width() - labelWidth - 60, body.height() - 30);
    drawValueAxis(p, plot, maxTotal, table.format, true);
    const double top = axisTop(maxTotal);
    const int n = std::max(1, table.rowCount());
    const qreal slot = plot.height() / n;
    const qreal barHeight = std::min(slot * 0.7, 48.0);
    for (int r = 0; r < table.rowCount(); ++r) {
        const qreal y = plot.top() + r * slot + (slot - barHeight) / 2;
        p.setFont(labelFont);
        p.setPen(kInk);
        p.drawText(QRectF(body.left(), plot.top() + r * slot, labelWidth - 10, slot), Qt::AlignRight | Qt::AlignVCenter,
                   fitted(fm, table.rows.at(r).text, labelWidth - 10));
        qreal x = plot.left();
        if (stacked) {
            p.setFont(chartFont(12));
            for (int c = 0; c < table.columnCount(); ++c) {
                const double v = std::max(0.0, table.cell(r, c));
                const qreal w = v / top * plot.width();
                if (w <= 0)
                    continue;
                const QRectF segment(x, y, w, barHeight);
                p.fillRect(segment, colors.at(c));
                p.setPen(QPen(Qt::white, 1));
                p.drawRect(segment);
                const QString text = formatValue(v, table.format);
                if (QFontMetricsF(p.font()).horizontalAdvance(text) + 6 < w) {
                    p.setPen(colors.at(c).lightnessF() > 0.6 ? kInk : QColor(Qt::white));
                    p.drawText(segment, Qt::AlignCenter, text);
                }
                x += w;
            }
        } else {
            const qreal w = totals.at(r) / top * plot.width();
            p.fillRect(QRectF(x, y, w, barHeight), colors.at(r));
            x += w;
        }
        p.setFont(chartFont(13, true));
        p.setPen(kInk);
        p.drawText(QRectF(x + 6, y, 80, barHeight), Qt::AlignLeft | Qt::AlignVCenter, formatValue(totals.at(r), table.format));
    }
}

// Grouped: vertical bars clustered by row, one colour per column. Values
// below zero (an E-I index) hang below a zero line; an undefined cell (no
// denominator) draws no bar but a "—".
void drawGrouped(QPainter &p, const QRectF &area, const Table &table, const ChartOptions &options)
{
    const QList<QColor> colors = seriesColors(table.columns, options.colours);
    QRectF body = area;
    if (table.columnCount() > 1)
        body.setTop(body.top() + drawLegend(p, body, table.columns, colors, true));
    double maxValue = 0;
    double minValue = 0;
    for (int r = 0; r < table.rowCount(); ++r)
        for (int c = 0; c < table.columnCount(); ++c)
            if (!table.isUndefined(r, c)) {
                maxValue = std::max(maxValue, table.cell(r, c));
                minValue = std::min(minValue, table.cell(r, c));
            }
    const QFont labelFont = chartFont(13);
    const QFontMetricsF fm(labelFont);
    const qreal labelHeight = fm.height() * 2 + 10;
    const QRectF plot(body.left() + 70, body.top() + 10, body.width() - 80, body.height() - labelHeight - 20);
    double top = axisTop(maxValue);
    double bottom = 0;
    if (minValue < 0) {
        // One step for both sides of zero, ticks on its multiples.
        const double step = niceStep(std::max(maxValue, 0.0) - minValue, 5);
        bottom = -std::max(step, std::ceil(-minValue / step) * step);
        top = maxValue > 0 ? std::max(step, std::ceil(maxValue / step) * step) : 0;
        p.setFont(chartFont(12));
        for (double v = bottom; v <= top + step / 2; v += step) {
            const qreal y = plot.bottom() - (v - bottom) / (top - bottom) * plot.height();
            p.setPen(QPen(kGrid, 1));
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            p.setPen(kInk);
            p.drawText(QRectF(plot.left() - 64, y - 9, 58, 18), Qt::AlignRight | Qt::AlignVCenter,
                       formatValue(std::abs(v) < step / 1000 ? 0.0 : v, table.format == NumberFormat::Count ? NumberFormat::Decimal : table.format)
                           .remove(QRegularExpression(QStringLiteral("\\.0+(?=%|$)"))));
        }
    } else {
        drawValueAxis(p, plot, maxValue, table.format, false);
    }
    auto yOf = [&](double v) { return plot.bottom() - (v - bottom) / (top - bottom) * plot.height(); };
    const qreal zero = yOf(0);
    if (minValue < 0) {
        p.setPen(QPen(kInk, 1));
        p.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero));
    }
    const int groups = std::max(1, table.rowCount());
    const qreal slot = plot.width() / groups;
    const int series = std::max(1, table.columnCount());
    const qreal barWidth = std::min(slot * 0.8 / series, 60.0);
    const qreal clusterWidth = barWidth * series;
    for (int r = 0; r < table.rowCount(); ++r) {
        const qreal left = plot.left() + r * slot + (slot - clusterWidth) / 2;
        for (int c = 0; c < table.columnCount(); ++c) {
            p.setFont(chartFont(11));
            p.setPen(kInk);
            if (table.isUndefined(r, c)) {
                p.setPen(QColor(0x66, 0x66, 0x66));
                p.drawText(QRectF(left + c * barWidth - 10, zero - 17, barWidth + 18, 16), Qt::AlignHCenter | Qt::AlignBottom,
                           QStringLiteral("—"));
                continue;
            }
            const double v = minValue < 0 ? table.cell(r, c) : std::max(0.0, table.cell(r, c));
            const qreal y = yOf(v);
            const QRectF bar(left + c * barWidth, std::min(y, zero), barWidth - 2, std::abs(zero - y));
            p.fillRect(bar, colors.at(c));
            if (barWidth >= 26) {
                const QRectF at = v < 0 ? QRectF(bar.left() - 10, bar.bottom() + 1, bar.width() + 20, 16)
                                        : QRectF(bar.left() - 10, bar.top() - 17, bar.width() + 20, 16);
                p.drawText(at, Qt::AlignHCenter | (v < 0 ? Qt::AlignTop : Qt::AlignBottom), formatValue(v, table.format));
            }
        }
        p.setFont(labelFont);
        p.setPen(kInk);
        p.drawText(QRectF(plot.left() + r * slot + 2, plot.bottom() + 6, slot - 4, labelHeight),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, table.rows.at(r).text);
    }
}

void drawHeatmap(QPainter &p, const QRectF &area, const Table &table)
{
    double maxValue = 0;
    for (int r = 0; r < table.rowCount(); ++r)
        for (int c = 0; c < table.columnCount(); ++c)
            maxValue = std::max(maxValue, table.cell(r, c));
    const QFont labelFont = chartFont(14);
    const QFontMetricsF fm(labelFont);
    qreal labelWidth = 0;
    for (const auto &label : table.rows)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(label.text));
    labelWidth = std::min(labelWidth + 14, area.width() * 0.35);
    const qreal headerHeight = fm.height() * 3 + 8;
    const int rows = std::max(1, table.rowCount());
    const int cols = std::max(1, table.columnCount());
    const qreal cellWidth = (area.width() - labelWidth) / cols;
    const qreal cellHeight = std::min((area.height() - headerHeight) / rows, 70.0);
    p.setFont(labelFont);
    p.setPen(kInk);
    for (int c = 0; c < table.columnCount(); ++c)
        p.drawText(QRectF(area.left() + labelWidth + c * cellWidth + 2, area.top(), cellWidth - 4, headerHeight - 4),
                   Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, table.columns.at(c).text);
    const QFont valueFont = chartFont(15, true);
    for (int r = 0; r < table.rowCount(); ++r) {
        const qreal y = area.top() + headerHeight + r * cellHeight;
        p.setFont(labelFont);
        p.setPen(kInk);
        p.drawText(QRectF(area.left(), y, labelWidth - 10, cellHeight), Qt::AlignRight | Qt::AlignVCenter,
                   fitted(fm, table.rows.at(r).text, labelWidth - 10));
        for (int c = 0; c < table.columnCount(); ++c) {
            const double v = table.cell(r, c);
            const double t = maxValue > 0 ? v / maxValue : 0;
            const QRectF cell(area.left() + labelWidth + c * cellWidth, y, cellWidth, cellHeight);
            if (table.isUndefined(r, c)) {
                // A share of nothing: grey, "—", never 0 %.
                p.fillRect(cell, QColor(0xEE, 0xEE, 0xEE));
                p.setPen(QPen(Qt::white, 2));
                p.drawRect(cell);
                p.setFont(valueFont);
                p.setPen(QColor(0x66, 0x66, 0x66));
                p.drawText(cell, Qt::AlignCenter, QStringLiteral("—"));
                continue;
            }
            p.fillRect(cell, heatColor(t));
            p.setPen(QPen(Qt::white, 2));
            p.drawRect(cell);
            p.setFont(valueFont);
            p.setPen(t > 0.5 ? QColor(Qt::white) : kInk);
            p.drawText(cell, Qt::AlignCenter, formatValue(v, table.format));
        }
    }
}

}  // namespace

QColor heatColor(double t)
{
    // White to a deep blue; perceptually even enough for a report table.
    t = std::clamp(t, 0.0, 1.0);
    const QColor low(0xF7, 0xFB, 0xFF);
    const QColor high(0x08, 0x30, 0x6B);
    return QColor::fromRgbF(static_cast<float>(low.redF() + t * (high.redF() - low.redF())),
                            static_cast<float>(low.greenF() + t * (high.greenF() - low.greenF())),
                            static_cast<float>(low.blueF() + t * (high.blueF() - low.blueF())));
}

std::optional<ChartType> chartTypeFromString(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("bar"))
        return ChartType::Bar;
    if (n == QLatin1String("stacked"))
        return ChartType::Stacked;
    if (n == QLatin1String("grouped"))
        return ChartType::Grouped;
    if (n == QLatin1String("heatmap"))
        return ChartType::Heatmap;
    return std::nullopt;
}

QString toString(ChartType type)
{
    switch (type) {
    case ChartType::Bar: return QStringLiteral("bar");
    case ChartType::Stacked: return QStringLiteral("stacked");
    case ChartType::Grouped: return QStringLiteral("grouped");
    case ChartType::Heatmap: return QStringLiteral("heatmap");
    }
    return {};
}

QStringList textFontFamilies()
{
    // Noto Sans Arabic matches Noto Sans's size and joins every Urdu letter
    // (heh goal); Naskh draws smaller, Nastaliq much taller than a line.
    return {QStringLiteral("Noto Sans"),          QStringLiteral("Noto Sans Devanagari"),
            QStringLiteral("Noto Sans Arabic"),   QStringLiteral("Noto Naskh Arabic"),
            QStringLiteral("Noto Nastaliq Urdu"), QStringLiteral("DejaVu Sans"),
            QStringLiteral("Noto Color Emoji")};
}

QList<QColor> seriesColors(const QList<analysis::Label> &labels, SeriesColours colours)
{
    QList<QColor> own;
    QSet<QRgb> seen;
    bool usable = colours == SeriesColours::Codes;
    for (const auto &label : labels) {
        if (!usable)
            break;
        const QColor color(label.color);
        // The schema's default grey means "no colour chosen".
        if (!color.isValid() || label.color.compare(QLatin1String("#888888"), Qt::CaseInsensitive) == 0
            || seen.contains(color.rgb()) || color.lightnessF() > 0.92) {
            usable = false;
            break;
        }
        seen.insert(color.rgb());
        own.append(color);
    }
    if (usable)
        return own;
    QList<QColor> colors;
    for (int i = 0; i < labels.size(); ++i)
        colors.append(palette().at(i % palette().size()));
    return colors;
}

void drawChart(QPainter &painter, const QRectF &area, const Table &table, const ChartOptions &options)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(area, Qt::white);
    const QRectF inner = area.adjusted(20, 16, -20, -16);
    const QString title = options.title.isEmpty() ? table.title : options.title;
    const QFont titleFont = chartFont(20, true);
    painter.setFont(titleFont);
    painter.setPen(kInk);
    const qreal titleHeight = title.isEmpty() ? 0 : QFontMetricsF(titleFont).height() + 12;
    if (!title.isEmpty())
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), titleHeight), Qt::AlignLeft | Qt::AlignTop,
                         QFontMetricsF(titleFont).elidedText(title, Qt::ElideRight, inner.width()));
    const QRectF body = inner.adjusted(0, titleHeight, 0, 0);
    if (table.rowCount() == 0 || table.columnCount() == 0) {
        painter.setFont(chartFont(16));
        painter.drawText(body, Qt::AlignCenter, QStringLiteral("No data"));
    } else {
        switch (options.type) {
        case ChartType::Bar: drawHorizontal(painter, body, table, false, options); break;
        case ChartType::Stacked: drawHorizontal(painter, body, table, true, options); break;
        case ChartType::Grouped: drawGrouped(painter, body, table, options); break;
        case ChartType::Heatmap: drawHeatmap(painter, body, table); break;
        }
    }
    painter.restore();
}

QImage chartImage(const Table &table, const ChartOptions &options, qreal scale)
{
    return paintedImage(options.size, [&](QPainter &p, const QRectF &area) { drawChart(p, area, table, options); }, scale);
}

QByteArray chartPng(const Table &table, const ChartOptions &options)
{
    return paintedPng(options.size, [&](QPainter &p, const QRectF &area) { drawChart(p, area, table, options); });
}

QByteArray chartSvg(const Table &table, const ChartOptions &options)
{
    return paintedSvg(options.size, options.title.isEmpty() ? table.title : options.title,
                      QStringLiteral("Crosscut %1 chart").arg(toString(options.type)),
                      [&](QPainter &p, const QRectF &area) { drawChart(p, area, table, options); });
}

Status writeChart(const QString &path, const Table &table, const ChartOptions &options)
{
    return writePainted(path, options.size, options.title.isEmpty() ? table.title : options.title,
                        QStringLiteral("Crosscut %1 chart").arg(toString(options.type)),
                        [&](QPainter &p, const QRectF &area) { drawChart(p, area, table, options); },
                        QStringLiteral("the chart"));
}

}  // namespace crosscut::render
