#include "render/portraitrenderer.h"

#include "render/paintedfile.h"

#include "export/atomicfile.h"
#include "render/chartrenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace crosscut::render {

namespace {

using analysis::DocumentPortrait;
using analysis::PortraitResult;

const QColor kInk(0x22, 0x22, 0x22);
const QColor kMuted(0x66, 0x66, 0x66);
const QColor kTrack(0xEE, 0xEE, 0xEE);
const QColor kFrame(0xBB, 0xBB, 0xBB);

// Geometry of the single-document drawing.
constexpr qreal kMargin = 12;
constexpr qreal kTitle = 26;
constexpr qreal kLane = 12;
constexpr qreal kMaxStrip = 160;  // many lanes share this height
constexpr qreal kRuler = 20;
constexpr qreal kCodeline = 16;
constexpr qreal kCodelineGap = 4;
constexpr qreal kLabel = 220;
// Small multiples.
constexpr qreal kRow = 22;
constexpr qreal kRowGap = 6;
constexpr qreal kLegendRow = 20;

QFont font(qreal pixelSize, bool bold = false)
{
    QFont f;
    f.setFamilies(textFontFamilies());
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize))));
    f.setBold(bold);
    return f;
}

qreal stripHeight(const DocumentPortrait &d)
{
    return std::min(kMaxStrip, std::max(1, d.lanes) * kLane);
}

// x of a code-point position along a track of `width` pixels for `length`.
qreal xAt(const QRectF &track, qint64 position, qint64 length)
{
    return length > 0 ? track.left() + track.width() * static_cast<qreal>(position) / static_cast<qreal>(length)
                      : track.left();
}

// A segment's rectangle, at least 1.5 px wide so a one-word coding shows.
QRectF spanRect(const QRectF &track, qint64 start, qint64 end, qint64 length, qreal top, qreal height)
{
    const qreal x0 = xAt(track, start, length);
    const qreal x1 = std::max(xAt(track, end, length), x0 + 1.5);
    return QRectF(x0, top, x1 - x0, height);
}

void addHit(QList<PortraitHit> *hits, QRectF rect, const DocumentPortrait &d, qint64 start, qint64 end, int code,
            Id quote)
{
    if (!hits)
        return;
    // A hit target at least 4 px wide, so thin segments can be clicked.
    if (rect.width() < 4)
        rect.adjust(-(4 - rect.width()) / 2, 0, (4 - rect.width()) / 2, 0);
    hits->append(PortraitHit{rect, d.documentId, start, end, code, quote});
}

QString lengthText(qint64 length)
{
    return QCoreApplication::translate("crosscut::render::Portrait", "%1 code points").arg(length);
}

void drawLegend(QPainter &painter, const QRectF &area, const PortraitResult &result)
{
    painter.setFont(font(12));
    const QFontMetricsF fm(painter.font());
    qreal x = area.left();
    qreal y = area.top();
    for (const auto &code : result.codes) {
        const qreal w = 14 + 6 + fm.horizontalAdvance(code.path) + 18;
        if (x + w > area.right() && x > area.left()) {
            x = area.left();
            y += kLegendRow;
        }
        painter.fillRect(QRectF(x, y + 3, 14, 12), QColor(code.color));
        painter.setPen(kInk);
        painter.drawText(QRectF(x + 20, y, w - 20, kLegendRow - 2), Qt::AlignLeft | Qt::AlignVCenter, code.path);
        x += w;
    }
}

qreal legendHeight(const PortraitResult &result, qreal width)
{
    if (result.codes.isEmpty())
        return 0;
    const QFontMetricsF fm(font(12));
    qreal x = 0;
    int rows = 1;
    for (const auto &code : result.codes) {
        const qreal w = 14 + 6 + fm.horizontalAdvance(code.path) + 18;
        if (x + w > width && x > 0) {
            x = 0;
            ++rows;
        }
        x += w;
    }
    return rows * kLegendRow;
}

}  // namespace

qreal documentPortraitHeight(const DocumentPortrait &d)
{
    return 2 * kMargin + kTitle + stripHeight(d) + kRuler
           + static_cast<qreal>(d.codelines.size()) * (kCodeline + kCodelineGap);
}

qreal smallMultiplesHeight(const PortraitResult &result, qreal width)
{
    return 2 * kMargin + static_cast<qreal>(result.documents.size()) * (kRow + kRowGap) + 8
           + legendHeight(result, width - 2 * kMargin);
}

void drawDocumentPortrait(QPainter &painter, const QRectF &area, const PortraitResult &result,
                          const DocumentPortrait &d, QList<PortraitHit> *hits)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRectF inner = area.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    painter.setPen(kInk);
    painter.setFont(font(15, true));
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), kTitle), Qt::AlignLeft | Qt::AlignVCenter, d.name);
    painter.setFont(font(12));
    painter.setPen(kMuted);
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), kTitle), Qt::AlignRight | Qt::AlignVCenter,
                     lengthText(d.length));

    const qreal left = inner.left() + kLabel;
    QRectF strip(left, inner.top() + kTitle, inner.right() - left, stripHeight(d));
    painter.fillRect(strip, kTrack);
    painter.setPen(kInk);
    painter.setFont(font(12, true));
    painter.drawText(QRectF(inner.left(), strip.top(), kLabel - 8, std::min(strip.height(), qreal(18))),
                     Qt::AlignRight | Qt::AlignVCenter, QCoreApplication::translate("crosscut::render::Portrait", "All codes"));
    const qreal lane = strip.height() / std::max(1, d.lanes);
    for (const auto &seg : d.segments) {
        const QRectF r = spanRect(strip, seg.start, seg.end, d.length, strip.top() + seg.lane * lane, std::max(lane - 1, 1.0));
        painter.fillRect(r, QColor(result.codes[seg.code].color));
        addHit(hits, r, d, seg.start, seg.end, seg.code, seg.quoteId);
    }
    painter.setPen(kFrame);
    painter.drawRect(strip);

    // Ruler: 0, quarters, the length.
    const qreal rulerTop = strip.bottom() + 2;
    painter.setFont(font(11));
    painter.setPen(kMuted);
    for (int q = 0; q <= 4; ++q) {
        const qint64 at = d.length * q / 4;
        const qreal x = xAt(strip, at, d.length);
        painter.drawLine(QPointF(x, rulerTop), QPointF(x, rulerTop + 4));
        const Qt::Alignment align = q == 0 ? Qt::AlignLeft : q == 4 ? Qt::AlignRight : Qt::AlignHCenter;
        const QRectF box = q == 0   ? QRectF(x, rulerTop + 4, 80, kRuler - 6)
                           : q == 4 ? QRectF(x - 80, rulerTop + 4, 80, kRuler - 6)
                                    : QRectF(x - 40, rulerTop + 4, 80, kRuler - 6);
        painter.drawText(box, align | Qt::AlignVCenter, QString::number(at));
    }

    // Codelines.
    qreal y = strip.bottom() + kRuler;
    painter.setFont(font(12));
    const QFontMetricsF fm(painter.font());
    for (const auto &cl : d.codelines) {
        const auto &code = result.codes[cl.code];
        const QRectF track(left, y, strip.width(), kCodeline);
        painter.fillRect(track, kTrack);
        painter.fillRect(QRectF(inner.left(), y + 2, 10, kCodeline - 4), QColor(code.color));
        painter.setPen(kInk);
        // The path when it fits, else the code's own name (its colour and
        // place in codebook order say which dimension it belongs to).
        const QString label = fm.horizontalAdvance(code.path) <= kLabel - 22 ? code.path
                                                                           : fm.elidedText(code.name, Qt::ElideRight, kLabel - 22);
        painter.drawText(QRectF(inner.left() + 14, y, kLabel - 22, kCodeline), Qt::AlignRight | Qt::AlignVCenter, label);
        for (const auto &span : cl.spans) {
            const QRectF r = spanRect(track, span.first, span.second, d.length, y + 2, kCodeline - 4);
            painter.fillRect(r, QColor(code.color));
            addHit(hits, r, d, span.first, span.second, cl.code, 0);
        }
        y += kCodeline + kCodelineGap;
    }
    painter.restore();
}

void drawSmallMultiples(QPainter &painter, const QRectF &area, const PortraitResult &result, QList<PortraitHit> *hits)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRectF inner = area.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    qint64 longest = 1;
    for (const auto &d : result.documents)
        longest = std::max(longest, d.length);
    const qreal left = inner.left() + kLabel;
    const qreal full = inner.right() - left;
    painter.setFont(font(12));
    const QFontMetricsF fm(painter.font());
    qreal y = inner.top();
    for (const auto &d : result.documents) {
        painter.setPen(kInk);
        painter.drawText(QRectF(inner.left(), y, kLabel - 8, kRow), Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(d.name, Qt::ElideMiddle, kLabel - 8));
        // To the scale of the longest document.
        const QRectF strip(left, y, full * static_cast<qreal>(d.length) / static_cast<qreal>(longest), kRow);
        painter.fillRect(strip, kTrack);
        const qreal lane = kRow / std::max(1, d.lanes);
        for (const auto &seg : d.segments) {
            const QRectF r = spanRect(strip, seg.start, seg.end, d.length, y + seg.lane * lane, std::max(lane, 1.0));
            painter.fillRect(r, QColor(result.codes[seg.code].color));
            addHit(hits, r, d, seg.start, seg.end, seg.code, seg.quoteId);
        }
        painter.setPen(kFrame);
        painter.drawRect(strip);
        y += kRow + kRowGap;
    }
    drawLegend(painter, QRectF(inner.left(), y + 8, inner.width(), inner.bottom() - y - 8), result);
    painter.restore();
}

const PortraitHit *portraitHitAt(const QList<PortraitHit> &hits, const QPointF &point)
{
    const PortraitHit *best = nullptr;
    for (const PortraitHit &h : hits)
        if (h.rect.contains(point) && (!best || h.rect.width() < best->rect.width()))
            best = &h;
    return best;
}

namespace {

QSize imageSize(const PortraitResult &result, std::optional<Id> document, int width)
{
    if (document)
        if (const DocumentPortrait *d = result.document(*document))
            return QSize(width, static_cast<int>(std::ceil(documentPortraitHeight(*d))));
    return QSize(width, static_cast<int>(std::ceil(smallMultiplesHeight(result, width))));
}

void draw(QPainter &painter, const QSize &size, const PortraitResult &result, std::optional<Id> document)
{
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), Qt::white);
    const DocumentPortrait *d = document ? result.document(*document) : nullptr;
    if (d)
        drawDocumentPortrait(painter, QRectF(QPointF(0, 0), QSizeF(size)), result, *d);
    else
        drawSmallMultiples(painter, QRectF(QPointF(0, 0), QSizeF(size)), result);
}

}  // namespace

QImage portraitImage(const PortraitResult &result, std::optional<Id> document, int width)
{
    return paintedImage(imageSize(result, document, width),
                        [&](QPainter &p, const QRectF &area) { draw(p, area.size().toSize(), result, document); });
}

Status writePortrait(const QString &path, const PortraitResult &result, std::optional<Id> document, int width)
{
    return writePainted(path, imageSize(result, document, width), QStringLiteral("Document portrait"), QString(),
                        [&](QPainter &p, const QRectF &area) { draw(p, area.size().toSize(), result, document); },
                        QStringLiteral("the portrait"));
}

}  // namespace crosscut::render
