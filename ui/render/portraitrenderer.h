#pragma once
// Document portraits drawn with QPainter (no widgets), so that the GUI's
// Portrait tab, `crosscut-cli portrait --out FILE.png|.svg` and the report
// draw the same picture (analysis/portrait.h holds the data).
//
//   One document    its name and length; the strip of its length with each
//                   coded segment in its code's colour, overlapping segments
//                   in lanes; a ruler in code points; one codeline per code
//                   (its name on the left) with the code's merged spans.
//   Small multiples one strip per document, every strip to the scale of the
//                   longest document, its name on the left; a legend below.
//
// Drawing also reports where each segment and span went (PortraitHit), so a
// widget can answer a click or a hover from the same geometry it drew.

#include "analysis/portrait.h"
#include "util/result.h"

#include <QImage>
#include <QList>
#include <QRectF>

#include <optional>

class QPainter;

namespace crosscut::render {

struct PortraitHit {
    QRectF rect;
    Id documentId = 0;
    qint64 start = 0;  // code points of the segment or span
    qint64 end = 0;
    int code = 0;      // index into PortraitResult::codes
    Id quoteId = 0;    // the segment's quote; 0 for a codeline span
};

// Heights the drawings need at a given width (logical pixels).
qreal documentPortraitHeight(const analysis::DocumentPortrait &document);
qreal smallMultiplesHeight(const analysis::PortraitResult &result, qreal width);

void drawDocumentPortrait(QPainter &painter, const QRectF &area, const analysis::PortraitResult &result,
                          const analysis::DocumentPortrait &document, QList<PortraitHit> *hits = nullptr);
void drawSmallMultiples(QPainter &painter, const QRectF &area, const analysis::PortraitResult &result,
                        QList<PortraitHit> *hits = nullptr);

// The hit under a point: of those containing it, the narrowest (the most
// precise segment); nullptr when none does.
const PortraitHit *portraitHitAt(const QList<PortraitHit> &hits, const QPointF &point);

// With `document`, that document's portrait; without, the small multiples.
QImage portraitImage(const analysis::PortraitResult &result, std::optional<Id> document, int width = 1100);
// Writes a .png or .svg (by suffix) atomically.
Status writePortrait(const QString &path, const analysis::PortraitResult &result, std::optional<Id> document,
                     int width = 1100);

}  // namespace crosscut::render
