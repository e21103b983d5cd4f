#pragma once
// Document portraits and codelines (issue #19, item 2): for each document its
// length in code points and its coded segments, so that a strip of the
// document's length can draw each segment in its code's colour, and a
// codeline per code shows where the code sits in the document.
//
// Exact semantics (tested in tests/portraits):
// - A segment is one coding: quote [start, end) × code × coder. A quote coded
//   with two codes (or by two coders) gives two segments.
// - Lanes keep overlapping segments apart: segments are taken in order of
//   (start, longer first, code in codebook order, coder, quote id) and each
//   goes to the lowest lane whose segments all end at or before its start.
//   Segments that share no code point may share a lane; lanes = lanes used.
// - A codeline is one code's segments in one document, their spans merged
//   where they overlap or touch (every coder); covered = code points inside
//   the merged spans. Codelines are in codebook order, one per code that has
//   a segment in the document.
// - codes lists every code with a segment in the documents computed, in
//   codebook order, each with its colour: the codebook's colour (the schema's
//   default grey #888888 counts as none), else the
//   next colour of a colour-blind-safe palette (Okabe & Ito, then further
//   distinct hues), handed out in codebook order among the colourless codes.
// - Filters (coders, documents) as for every analysis; with documents named,
//   only those, in name order; otherwise every document, sorted by name.
//   An unknown document or coder is an error naming it.

#include "analysis/matrix.h"
#include "model/entities.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace crosscut {
class Project;
}

namespace crosscut::analysis {

class Snapshot;

struct PortraitCode {
    Id id = 0;
    QString name;
    QString path;
    QString color;  // "#rrggbb": the codebook's, else a palette colour
};

struct PortraitSegment {
    Id quoteId = 0;
    qint64 start = 0;  // code points, end-exclusive
    qint64 end = 0;
    int code = 0;      // index into PortraitResult::codes
    QString coder;
    int lane = 0;
};

struct Codeline {
    int code = 0;  // index into PortraitResult::codes
    QList<QPair<qint64, qint64>> spans;  // merged, ascending
    qint64 covered = 0;                  // code points inside the spans
    int segments = 0;                    // segments of the code in the document
};

struct DocumentPortrait {
    Id documentId = 0;
    QString name;
    qint64 length = 0;  // code points
    int lanes = 0;
    QList<PortraitSegment> segments;  // in lane order (see above)
    QList<Codeline> codelines;        // codebook order
};

struct PortraitResult {
    QList<PortraitCode> codes;
    QList<DocumentPortrait> documents;

    // The document with this id, or nullptr.
    const DocumentPortrait *document(Id documentId) const;
};

// The palette colourless codes take their colours from, in order.
const QStringList &portraitPalette();

// Every document (or those of filter.documents) in one pass over the snapshot.
Result<PortraitResult> computePortraits(const Snapshot &snapshot, const Filter &filter = {});
Result<PortraitResult> computePortraits(Project &project, const Filter &filter = {});

// CSV, one row per segment: document,length,start,end,code,color,coder,lane,quote
QByteArray portraitsCsv(const PortraitResult &result);
// {"codes": [{"path", "color"}], "documents": [{"name", "length", "lanes",
//   "segments": [{"start", "end", "code", "color", "coder", "lane", "quote"}],
//   "codelines": [{"code", "color", "spans": [[s, e], ...], "covered", "segments"}]}]}
QByteArray portraitsJson(const PortraitResult &result);

}  // namespace crosscut::analysis
