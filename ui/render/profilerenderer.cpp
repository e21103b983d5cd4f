#include "render/profilerenderer.h"

#include "render/chartrenderer.h"
#include "render/paintedfile.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace crosscut::render {

namespace {

using analysis::CaseProfile;
using analysis::DimensionProfile;
using analysis::ProfilesResult;

const QColor kInk(0x22, 0x22, 0x22);
const QColor kMuted(0x66, 0x66, 0x66);
const QColor kTrack(0xCC, 0xCC, 0xCC);
const QColor kBand(0xF4, 0xF4, 0xF4);
const QColor kRule(0xBB, 0xBB, 0xBB);
const QColor kNoCode(0xBB, 0xBB, 0xBB);

constexpr qreal kMargin = 14;
constexpr qreal kTitle = 28;
// Dot plot.
constexpr qreal kPoles = 24;
constexpr qreal kRow = 34;
constexpr qreal kRuler = 22;
constexpr qreal kLegend = 24;
constexpr qreal kPanelGap = 18;
constexpr qreal kDot = 4.5;      // radius
constexpr qreal kDiamond = 7;    // half diagonal
constexpr qreal kSpreadBelow = 12;
constexpr qreal kDotsAbove = 2;  // the dots' line sits a little above the row's middle, the spread below it
constexpr qreal kAxisPad = 14;   // so a dot at a pole is not cut
constexpr int kDotAlpha = 150;
// Grid.
constexpr qreal kHeader = 40;
constexpr qreal kChip = 19;
constexpr qreal kChipGap = 3;
constexpr qreal kCellPad = 5;
constexpr qreal kMinColumn = 118;
constexpr qreal kMaxColumn = 240;

// Called as Profiles::tr so that lupdate files the strings under this context.
struct Profiles {
    static QString tr(const char *text) { return QCoreApplication::translate("crosscut::render::Profiles", text); }
};

QFont font(qreal pixelSize, bool bold = false, bool italic = false)
{
    QFont f;
    f.setFamilies(textFontFamilies());
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize))));
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

QColor codeColour(const analysis::Label &label)
{
    const QColor c(label.color);
    return c.isValid() ? c : kNoCode;
}

// Dark ink on light chips, white on dark ones.
QColor inkOn(const QColor &background)
{
    const double luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue();
    return luminance > 150 ? kInk : Qt::white;
}

const DimensionProfile *dimensionOf(const ProfilesResult &result, int dimension)
{
    if (result.cases.isEmpty() || dimension < 0 || dimension >= result.cases.first().dimensions.size())
        return nullptr;
    return &result.cases.first().dimensions[dimension];
}

CaseRange clamped(const ProfilesResult &result, CaseRange range)
{
    const int total = static_cast<int>(result.cases.size());
    range.first = std::clamp(range.first, 0, total);
    range.count = std::clamp(range.count, 0, total - range.first);
    return range;
}

// The poles: the values with the lowest and highest axis position, else the
// first and last value.
std::pair<int, int> poles(const DimensionProfile &d)
{
    int low = -1;
    int high = -1;
    for (qsizetype v = 0; v < d.axisPositions.size(); ++v) {
        const auto &at = d.axisPositions[v];
        if (!at)
            continue;
        if (low < 0 || *at < *d.axisPositions[low])
            low = static_cast<int>(v);
        if (high < 0 || *at > *d.axisPositions[high])
            high = static_cast<int>(v);
    }
    if (low < 0 || low == high) {
        low = 0;
        high = static_cast<int>(d.values.size()) - 1;
    }
    return {low, high};
}

// The axis' range over the poles' positions and every quote's position.
std::pair<double, double> axisRange(const ProfilesResult &result, int dimension)
{
    double lo = 0;
    double hi = 0;
    bool any = false;
    auto take = [&](double x) {
        lo = any ? std::min(lo, x) : x;
        hi = any ? std::max(hi, x) : x;
        any = true;
    };
    if (const DimensionProfile *d = dimensionOf(result, dimension))
        for (const auto &at : d->axisPositions)
            if (at)
                take(*at);
    for (const CaseProfile &c : result.cases)
        if (dimension < c.dimensions.size())
            for (const auto &q : c.dimensions[dimension].positions)
                take(q.position);
    if (!any || hi - lo < 1e-9) {
        lo = std::min(lo, -1.0);
        hi = std::max(hi, 1.0);
    }
    return {lo, hi};
}

qreal labelWidth(const ProfilesResult &result, CaseRange range, qreal cap)
{
    const QFontMetricsF fm(font(12));
    qreal widest = 60;
    for (int i = range.first; i < range.first + range.count; ++i) {
        const CaseProfile &c = result.cases[i];
        widest = std::max(widest, fm.horizontalAdvance(c.caseLabel.text + QStringLiteral(" (000)")));
    }
    return std::min(widest + 12, cap);
}

qreal panelHeight(const DotPanel &panel)
{
    return kTitle + kPoles + panel.cases.count * kRow + kRuler + kLegend;
}

QString signedNumber(double x)
{
    if (std::abs(x) < 1e-9)
        return QStringLiteral("0");
    const QString n = QString::number(x, 'g', 3);
    return x > 0 ? QStringLiteral("+") + n : QStringLiteral("\u2212") + n.mid(1);
}

// The dot's vertical offset for the k-th quote at the same place in a row.
qreal jitter(int k)
{
    static const qreal offsets[] = {0, -5, 5, -10, 10, -2.5, 2.5, -7.5, 7.5};
    return offsets[k % static_cast<int>(std::size(offsets))];
}

void drawDiamond(QPainter &painter, const QPointF &c, qreal r, const QColor &fill)
{
    const QPointF points[] = {{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
    painter.setPen(QPen(Qt::white, 1.2));
    painter.setBrush(fill);
    painter.drawPolygon(points, 4);
}

void drawDotLegend(QPainter &painter, const QRectF &row)
{
    painter.setFont(font(11));
    const QFontMetricsF fm(painter.font());
    qreal x = row.left();
    const qreal y = row.center().y();
    painter.setPen(Qt::NoPen);
    QColor dot = profileDotColour();
    dot.setAlpha(kDotAlpha);
    painter.setBrush(dot);
    painter.drawEllipse(QPointF(x + kDot, y), kDot, kDot);
    x += 2 * kDot + 6;
    const QString quote = Profiles::tr("a quote's position");
    painter.setPen(kMuted);
    painter.drawText(QRectF(x, row.top(), fm.horizontalAdvance(quote) + 2, row.height()), Qt::AlignVCenter, quote);
    x += fm.horizontalAdvance(quote) + 20;
    drawDiamond(painter, QPointF(x + kDiamond, y), kDiamond, profileMeanColour());
    x += 2 * kDiamond + 6;
    const QString mean = Profiles::tr("the case's mean");
    painter.setPen(kMuted);
    painter.drawText(QRectF(x, row.top(), fm.horizontalAdvance(mean) + 2, row.height()), Qt::AlignVCenter, mean);
    x += fm.horizontalAdvance(mean) + 20;
    painter.setPen(QPen(profileMeanColour(), 2));
    painter.drawLine(QPointF(x, y), QPointF(x + 24, y));
    painter.drawLine(QPointF(x, y - 3), QPointF(x, y + 3));
    painter.drawLine(QPointF(x + 24, y - 3), QPointF(x + 24, y + 3));
    x += 30;
    const QString spread = Profiles::tr("spread: mean \u00b1 one standard deviation");
    painter.setPen(kMuted);
    painter.drawText(QRectF(x, row.top(), fm.horizontalAdvance(spread) + 2, row.height()), Qt::AlignVCenter, spread);
    x += fm.horizontalAdvance(spread) + 20;
    const QString count = Profiles::tr("(n): the case's positioned quotes");
    painter.drawText(QRectF(x, row.top(), std::max<qreal>(0, row.right() - x), row.height()), Qt::AlignVCenter,
                     fm.elidedText(count, Qt::ElideRight, std::max<qreal>(0, row.right() - x)));
}

DotPanelLayout layoutPanel(const ProfilesResult &result, const DotPanel &panel, qreal top, int width)
{
    DotPanelLayout l;
    l.panel = QRectF(kMargin, top, width - 2 * kMargin, panelHeight(panel));
    const qreal label = labelWidth(result, panel.cases, std::max<qreal>(120, width * 0.3));
    l.axisLeft = kMargin + label + kAxisPad;
    l.axisRight = width - kMargin - kAxisPad;
    std::tie(l.minimum, l.maximum) = axisRange(result, panel.dimension);
    const qreal rowsTop = top + kTitle + kPoles;
    for (int i = 0; i < panel.cases.count; ++i)
        l.rowCentres.append(rowsTop + i * kRow + kRow / 2 - kDotsAbove);
    return l;
}

void drawPanel(QPainter &painter, const ProfilesResult &result, const DotPanel &panel, const DotPanelLayout &l)
{
    const DimensionProfile *dim = dimensionOf(result, panel.dimension);
    if (!dim)
        return;
    const qreal left = l.panel.left();
    const qreal labelRight = l.axisLeft - kAxisPad - 8;
    // Title: the dimension, and which cases when the panel holds only some.
    painter.setPen(kInk);
    painter.setFont(font(15, true));
    painter.drawText(QRectF(left, l.panel.top(), l.panel.width(), kTitle), Qt::AlignLeft | Qt::AlignVCenter,
                     dim->dimension.text);
    if (panel.cases.count < result.cases.size()) {
        painter.setFont(font(12));
        painter.setPen(kMuted);
        painter.drawText(QRectF(left, l.panel.top(), l.panel.width(), kTitle), Qt::AlignRight | Qt::AlignVCenter,
                         Profiles::tr("cases %1\u2013%2 of %3")
                             .arg(panel.cases.first + 1)
                             .arg(panel.cases.first + panel.cases.count)
                             .arg(result.cases.size()));
    }
    // The poles' names at the ends of the axis, with their colours.
    const auto [low, high] = poles(*dim);
    const qreal polesTop = l.panel.top() + kTitle;
    painter.setFont(font(12, true));
    const QFontMetricsF poleFm(painter.font());
    const qreal half = (l.axisRight - l.axisLeft) / 2;
    if (low >= 0 && high >= 0) {
        const QString lowText = QStringLiteral("\u2190 ") + dim->values[low].text;
        const QString highText = dim->values[high].text + QStringLiteral(" \u2192");
        painter.fillRect(QRectF(l.axisLeft - 4, polesTop + 4, 3, kPoles - 8), codeColour(dim->values[low]));
        painter.fillRect(QRectF(l.axisRight + 1, polesTop + 4, 3, kPoles - 8), codeColour(dim->values[high]));
        painter.setPen(kInk);
        painter.drawText(QRectF(l.axisLeft + 2, polesTop, half - 6, kPoles), Qt::AlignLeft | Qt::AlignVCenter,
                         poleFm.elidedText(lowText, Qt::ElideRight, half - 6));
        painter.drawText(QRectF(l.axisLeft + half + 4, polesTop, half - 6, kPoles), Qt::AlignRight | Qt::AlignVCenter,
                         poleFm.elidedText(highText, Qt::ElideLeft, half - 6));
    }

    const qreal rowsTop = polesTop + kPoles;
    const qreal rowsBottom = rowsTop + panel.cases.count * kRow;
    // Reference lines at the ends and at the middle of the axis.
    const double middle = l.minimum < 0 && l.maximum > 0 ? 0.0 : (l.minimum + l.maximum) / 2;
    for (int i = 0; i < panel.cases.count; ++i)
        if (i % 2 == 1)
            painter.fillRect(QRectF(left, rowsTop + i * kRow, l.panel.width(), kRow), kBand);
    painter.setPen(QPen(kRule, 1, Qt::DashLine));
    for (const double at : {l.minimum, middle, l.maximum})
        painter.drawLine(QPointF(l.xOf(at), rowsTop), QPointF(l.xOf(at), rowsBottom));

    QColor dot = profileDotColour();
    dot.setAlpha(kDotAlpha);
    const QFontMetricsF labelFm(font(12));
    for (int i = 0; i < panel.cases.count; ++i) {
        const CaseProfile &c = result.cases[panel.cases.first + i];
        const DimensionProfile &d = c.dimensions[panel.dimension];
        const qreal y = l.rowCentres[i] + kDotsAbove;  // the row's middle
        const QRectF rowRect(left, y - kRow / 2, l.panel.width(), kRow);
        painter.setFont(font(12));
        painter.setPen(kInk);
        const QString count = QStringLiteral(" (%1)").arg(d.positionedQuotes);
        const qreal countWidth = labelFm.horizontalAdvance(count);
        const QString name = labelFm.elidedText(c.caseLabel.text, Qt::ElideRight, labelRight - left - countWidth);
        painter.drawText(QRectF(left, rowRect.top(), labelRight - left - countWidth, kRow), Qt::AlignRight | Qt::AlignVCenter,
                         name);
        painter.setPen(kMuted);
        painter.drawText(QRectF(labelRight - countWidth, rowRect.top(), countWidth, kRow), Qt::AlignRight | Qt::AlignVCenter,
                         count);
        if (d.positions.isEmpty()) {
            painter.setFont(font(11, false, true));
            painter.setPen(kMuted);
            painter.drawText(QRectF(l.axisLeft, rowRect.top(), l.axisRight - l.axisLeft, kRow), Qt::AlignCenter,
                             Profiles::tr("no positioned quote"));
            continue;
        }
        painter.setPen(QPen(kTrack, 1));
        painter.drawLine(QPointF(l.axisLeft, y - kDotsAbove), QPointF(l.axisRight, y - kDotsAbove));
        // Spread under the dots, so it hides none of them.
        if (d.mean && d.spread) {
            const qreal x0 = l.xOf(std::max(l.minimum, *d.mean - *d.spread));
            const qreal x1 = l.xOf(std::min(l.maximum, *d.mean + *d.spread));
            const qreal ys = y + kSpreadBelow;
            painter.setPen(QPen(profileMeanColour(), 2, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(QPointF(x0, ys), QPointF(x1, ys));
            painter.drawLine(QPointF(x0, ys - 3), QPointF(x0, ys + 3));
            painter.drawLine(QPointF(x1, ys - 3), QPointF(x1, ys + 3));
        }
        // Dots: quotes at the same place (to a dot's radius) step up and down.
        QHash<int, int> seen;
        painter.setPen(Qt::NoPen);
        painter.setBrush(dot);
        for (const auto &q : d.positions) {
            const qreal x = l.xOf(q.position);
            const int bucket = static_cast<int>(std::lround(x / kDot));
            const int k = seen.value(bucket, 0);
            seen.insert(bucket, k + 1);
            painter.drawEllipse(QPointF(x, y - kDotsAbove + jitter(k)), kDot, kDot);
        }
        if (d.mean)
            drawDiamond(painter, QPointF(l.xOf(*d.mean), y - kDotsAbove), kDiamond, profileMeanColour());
    }

    // Ruler.
    painter.setFont(font(11));
    painter.setPen(kMuted);
    for (const double at : {l.minimum, middle, l.maximum}) {
        const qreal x = l.xOf(at);
        painter.drawLine(QPointF(x, rowsBottom), QPointF(x, rowsBottom + 4));
        painter.drawText(QRectF(x - 40, rowsBottom + 4, 80, kRuler - 4), Qt::AlignHCenter | Qt::AlignVCenter,
                         signedNumber(at));
    }
    drawDotLegend(painter, QRectF(l.axisLeft, rowsBottom + kRuler, l.axisRight - l.axisLeft, kLegend));
}

// Grid geometry.
struct ChipText {
    QString name;
    QString count;
};

QList<int> spokenValues(const DimensionProfile &d)
{
    QList<int> out;
    for (qsizetype v = 0; v < d.quoteCounts.size(); ++v)
        if (d.quoteCounts[v] > 0)
            out.append(static_cast<int>(v));
    return out;
}

qreal columnWidth(const ProfilesResult &result, CaseRange range, const QList<int> &dimensions, int width, qreal label)
{
    if (dimensions.isEmpty())
        return kMinColumn;
    const QFontMetricsF fm(font(11));
    qreal widest = kMinColumn;
    for (const int di : dimensions)
        for (int i = range.first; i < range.first + range.count; ++i)
            for (const int v : spokenValues(result.cases[i].dimensions[di]))
                widest = std::max(widest, fm.horizontalAdvance(result.cases[i].dimensions[di].values[v].text
                                                               + QStringLiteral("  000"))
                                              + 2 * kCellPad + 12);
    const qreal fit = (width - 2 * kMargin - label) / static_cast<qreal>(dimensions.size());
    return std::clamp(std::min(widest, kMaxColumn), kMinColumn, std::max(kMinColumn, fit));
}

constexpr qreal kChipLine = 13;  // a chip's second line

// The room for a chip's name beside its count in a column `column` wide.
qreal chipTextWidth(const QFontMetricsF &fm, qreal column, qint64 count)
{
    return column - 2 * kCellPad - 10 - (fm.horizontalAdvance(QString::number(count)) + 6);
}

// A chip's name on one line, or on two (broken between words, the rest
// elided) when it does not fit, so long value names stay readable.
QStringList chipLines(const QFontMetricsF &fm, const QString &name, qreal width)
{
    if (fm.horizontalAdvance(name) <= width)
        return {name};
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString first;
    qsizetype used = 0;
    for (; used < words.size(); ++used) {
        const QString next = first.isEmpty() ? words[used] : first + QLatin1Char(' ') + words[used];
        if (!first.isEmpty() && fm.horizontalAdvance(next) > width)
            break;
        first = next;
    }
    if (used >= words.size())
        return {fm.elidedText(first, Qt::ElideRight, width)};
    return {fm.elidedText(first, Qt::ElideRight, width),
            fm.elidedText(words.mid(used).join(QLatin1Char(' ')), Qt::ElideRight, width)};
}

qreal chipHeight(const QFontMetricsF &fm, const DimensionProfile &d, int value, qreal column)
{
    return chipLines(fm, d.values[value].text, chipTextWidth(fm, column, d.quoteCounts[value])).size() > 1
               ? kChip + kChipLine
               : kChip;
}

qreal rowHeight(const ProfilesResult &result, int caseIndex, const QList<int> &dimensions, qreal column)
{
    const QFontMetricsF fm(font(11));
    qreal most = kChip;
    for (const int di : dimensions) {
        const DimensionProfile &d = result.cases[caseIndex].dimensions[di];
        qreal h = -kChipGap;
        for (const int v : spokenValues(d))
            h += chipHeight(fm, d, v, column) + kChipGap;
        most = std::max(most, h);
    }
    return most + 2 * kCellPad;
}

constexpr qreal kGridLegend = 44;

void drawGridLegend(QPainter &painter, const QRectF &area)
{
    painter.setFont(font(11));
    const QFontMetricsF fm(painter.font());
    const QRectF box(area.left(), area.top() + 6, 26, 14);
    painter.setPen(QPen(profileShiftColour(), 2.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    painter.setPen(kMuted);
    const QString shift = Profiles::tr("outlined: the case speaks from more than one value of the dimension (a hat shift)");
    painter.drawText(QRectF(box.right() + 8, area.top(), area.width() - 34, 26), Qt::AlignVCenter,
                     fm.elidedText(shift, Qt::ElideRight, area.width() - 34));
    const QString chips = Profiles::tr("each chip: a value the case speaks from, in its code's colour, with the number of its quotes");
    painter.drawText(QRectF(area.left(), area.top() + 22, area.width(), 20), Qt::AlignVCenter,
                     fm.elidedText(chips, Qt::ElideRight, area.width()));
}

}  // namespace

QList<CaseRange> splitRange(int total, int perImage)
{
    QList<CaseRange> out;
    if (total <= 0)
        return out;
    perImage = std::max(1, perImage);
    const int parts = (total + perImage - 1) / perImage;
    int first = 0;
    for (int p = 0; p < parts; ++p) {
        const int count = total / parts + (p < total % parts ? 1 : 0);
        out.append(CaseRange{first, count});
        first += count;
    }
    return out;
}

QList<int> bipolarDimensions(const ProfilesResult &result)
{
    QList<int> out;
    if (!result.cases.isEmpty())
        for (qsizetype d = 0; d < result.cases.first().dimensions.size(); ++d)
            if (result.cases.first().dimensions[d].bipolar)
                out.append(static_cast<int>(d));
    return out;
}

QList<int> positionedDimensions(const ProfilesResult &result)
{
    QList<int> out;
    for (const int d : bipolarDimensions(result))
        for (const CaseProfile &c : result.cases)
            if (!c.dimensions[d].positions.isEmpty()) {
                out.append(d);
                break;
            }
    return out;
}

int dimensionIndex(const ProfilesResult &result, const QString &name)
{
    if (result.cases.isEmpty())
        return -1;
    const auto &dims = result.cases.first().dimensions;
    for (qsizetype d = 0; d < dims.size(); ++d)
        if (dims[d].dimension.text.compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(d);
    return -1;
}

qreal DotPanelLayout::xOf(double position) const
{
    if (maximum - minimum < 1e-12)
        return (axisLeft + axisRight) / 2;
    return axisLeft + (axisRight - axisLeft) * (position - minimum) / (maximum - minimum);
}

QRectF GridLayout::cell(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= columns.size())
        return {};
    return QRectF(columns[column].left(), rows[row].top(), columns[column].width(), rows[row].height());
}

QSize dotPlotSize(const ProfilesResult &result, const QList<DotPanel> &panels, int width)
{
    qreal height = 2 * kMargin;
    for (qsizetype i = 0; i < panels.size(); ++i) {
        DotPanel p = panels[i];
        p.cases = clamped(result, p.cases);
        height += panelHeight(p) + (i > 0 ? kPanelGap : 0);
    }
    return QSize(width, static_cast<int>(std::ceil(height)));
}

QList<DotPanelLayout> dotPlotLayout(const ProfilesResult &result, const QList<DotPanel> &panels, int width)
{
    QList<DotPanelLayout> out;
    qreal top = kMargin;
    for (DotPanel p : panels) {
        p.cases = clamped(result, p.cases);
        out.append(layoutPanel(result, p, top, width));
        top += panelHeight(p) + kPanelGap;
    }
    return out;
}

void drawDotPlot(QPainter &painter, const ProfilesResult &result, const QList<DotPanel> &panels, int width)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const auto layouts = dotPlotLayout(result, panels, width);
    for (qsizetype i = 0; i < panels.size(); ++i) {
        DotPanel p = panels[i];
        p.cases = clamped(result, p.cases);
        drawPanel(painter, result, p, layouts[i]);
    }
    painter.restore();
}

QSize gridSize(const ProfilesResult &result, CaseRange cases, const QList<int> &dimensions, int width)
{
    const GridLayout l = gridLayout(result, cases, dimensions, width);
    return QSize(static_cast<int>(std::ceil(l.grid.right() + kMargin)),
                 static_cast<int>(std::ceil(l.grid.bottom() + kGridLegend + kMargin)));
}

GridLayout gridLayout(const ProfilesResult &result, CaseRange cases, const QList<int> &dimensions, int width)
{
    cases = clamped(result, cases);
    GridLayout l;
    const qreal label = labelWidth(result, cases, 200);
    const qreal column = columnWidth(result, cases, dimensions, width, label);
    const qreal top = kMargin + kTitle;
    qreal x = kMargin + label;
    for (qsizetype c = 0; c < dimensions.size(); ++c) {
        l.columns.append(QRectF(x, top, column, kHeader));
        x += column;
    }
    qreal y = top + kHeader;
    for (int i = cases.first; i < cases.first + cases.count; ++i) {
        const qreal h = rowHeight(result, i, dimensions, column);
        l.rows.append(QRectF(kMargin, y, x - kMargin, h));
        y += h;
    }
    l.grid = QRectF(kMargin, kMargin, std::max(x, static_cast<qreal>(width) - kMargin) - kMargin, y - kMargin);
    return l;
}

void drawGrid(QPainter &painter, const ProfilesResult &result, CaseRange cases, const QList<int> &dimensions, int width)
{
    cases = clamped(result, cases);
    const GridLayout l = gridLayout(result, cases, dimensions, width);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(kInk);
    painter.setFont(font(15, true));
    painter.drawText(QRectF(kMargin, kMargin, l.grid.width(), kTitle), Qt::AlignLeft | Qt::AlignVCenter,
                     Profiles::tr("Values each case speaks from"));
    if (cases.count < result.cases.size()) {
        painter.setFont(font(12));
        painter.setPen(kMuted);
        painter.drawText(QRectF(kMargin, kMargin, l.grid.width(), kTitle), Qt::AlignRight | Qt::AlignVCenter,
                         Profiles::tr("cases %1\u2013%2 of %3").arg(cases.first + 1).arg(cases.first + cases.count).arg(result.cases.size()));
    }
    const qreal right = l.columns.isEmpty() ? l.grid.right() : l.columns.last().right();
    // Column headers: the dimensions' names, on two lines when long.
    painter.setFont(font(12, true));
    painter.setPen(kInk);
    for (qsizetype c = 0; c < dimensions.size(); ++c) {
        const QRectF h = l.columns[c].adjusted(kCellPad, 2, -kCellPad, -4);
        painter.drawText(h, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                         result.cases.isEmpty() ? QString() : result.cases.first().dimensions[dimensions[c]].dimension.text);
    }
    painter.setPen(QPen(kInk, 1));
    if (!l.columns.isEmpty())
        painter.drawLine(QPointF(kMargin, l.columns.first().bottom()), QPointF(right, l.columns.first().bottom()));

    const QFontMetricsF labelFm(font(12));
    const QFontMetricsF chipFm(font(11));
    for (qsizetype r = 0; r < l.rows.size(); ++r) {
        const CaseProfile &c = result.cases[cases.first + static_cast<int>(r)];
        const QRectF row = l.rows[r];
        if (r % 2 == 1)
            painter.fillRect(QRectF(row.left(), row.top(), right - row.left(), row.height()), kBand);
        painter.setFont(font(12));
        painter.setPen(kInk);
        const qreal labelRight = (l.columns.isEmpty() ? right : l.columns.first().left()) - 8;
        painter.drawText(QRectF(row.left(), row.top(), labelRight - row.left(), std::min<qreal>(row.height(), kChip + 2 * kCellPad)),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         labelFm.elidedText(c.caseLabel.text, Qt::ElideRight, labelRight - row.left()));
        for (qsizetype col = 0; col < dimensions.size(); ++col) {
            const DimensionProfile &d = c.dimensions[dimensions[col]];
            const QRectF cell = l.cell(static_cast<int>(r), static_cast<int>(col));
            const QList<int> values = spokenValues(d);
            if (values.isEmpty()) {
                painter.setFont(font(11));
                painter.setPen(kRule);
                painter.drawText(QRectF(cell.left() + kCellPad, cell.top() + kCellPad, 20, kChip), Qt::AlignLeft | Qt::AlignVCenter,
                                 QStringLiteral("\u2013"));
                continue;
            }
            painter.setFont(font(11));
            qreal y = cell.top() + kCellPad;
            for (const int v : values) {
                const QColor fill = codeColour(d.values[v]);
                const qreal textWidth = chipTextWidth(chipFm, cell.width(), d.quoteCounts[v]);
                const QStringList lines = chipLines(chipFm, d.values[v].text, textWidth);
                const QRectF chip(cell.left() + kCellPad, y, cell.width() - 2 * kCellPad, chipHeight(chipFm, d, v, cell.width()));
                painter.setPen(Qt::NoPen);
                painter.setBrush(fill);
                painter.drawRoundedRect(chip, 4, 4);
                painter.setPen(inkOn(fill));
                const QRectF text = chip.adjusted(5, 0, -5, 0);
                for (qsizetype line = 0; line < lines.size(); ++line)
                    painter.drawText(QRectF(text.left(), text.top() + static_cast<qreal>(line) * kChipLine, textWidth, kChip),
                                     Qt::AlignLeft | Qt::AlignVCenter, lines[line]);
                painter.setFont(font(11, true));
                painter.drawText(QRectF(text.left(), text.top(), text.width(), kChip), Qt::AlignRight | Qt::AlignVCenter,
                                 QString::number(d.quoteCounts[v]));
                painter.setFont(font(11));
                y += chip.height() + kChipGap;
            }
            if (d.hatShift) {
                painter.setPen(QPen(profileShiftColour(), 2.5));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(cell.adjusted(1.5, 1.5, -1.5, -1.5));
            }
        }
    }
    painter.setPen(QPen(kRule, 1));
    if (!l.rows.isEmpty())
        painter.drawLine(QPointF(kMargin, l.rows.last().bottom()), QPointF(right, l.rows.last().bottom()));
    drawGridLegend(painter, QRectF(kMargin, l.grid.bottom() + 4, std::max<qreal>(right - kMargin, 560), kGridLegend - 4));
    painter.restore();
}

QImage dotPlotImage(const ProfilesResult &result, const QList<DotPanel> &panels, qreal scale, int width)
{
    return paintedImage(dotPlotSize(result, panels, width),
                        [&](QPainter &p, const QRectF &) { drawDotPlot(p, result, panels, width); }, scale);
}

QImage gridImage(const ProfilesResult &result, CaseRange cases, const QList<int> &dimensions, qreal scale, int width)
{
    return paintedImage(gridSize(result, cases, dimensions, width),
                        [&](QPainter &p, const QRectF &) { drawGrid(p, result, cases, dimensions, width); }, scale);
}

Status writeDotPlot(const QString &path, const ProfilesResult &result, const QList<DotPanel> &panels, int width)
{
    return writePainted(path, dotPlotSize(result, panels, width), QStringLiteral("Positions on bipolar dimensions"),
                        QString(), [&](QPainter &p, const QRectF &) { drawDotPlot(p, result, panels, width); },
                        QStringLiteral("the dot plot"), 2.0);
}

Status writeGrid(const QString &path, const ProfilesResult &result, CaseRange cases, const QList<int> &dimensions,
                 int width)
{
    return writePainted(path, gridSize(result, cases, dimensions, width), QStringLiteral("Values each case speaks from"),
                        QString(), [&](QPainter &p, const QRectF &) { drawGrid(p, result, cases, dimensions, width); },
                        QStringLiteral("the grid"), 2.0);
}

QColor profileDotColour() { return QColor(0x00, 0x72, 0xB2); }    // Okabe–Ito blue
QColor profileMeanColour() { return QColor(0xD5, 0x5E, 0x00); }   // Okabe–Ito vermillion
QColor profileShiftColour() { return QColor(0x22, 0x22, 0x22); }  // near black: no code colour is mistaken for it

}  // namespace crosscut::render
