#pragma once
// Replacing spans of a document's text inside an operation and moving every
// position that points into the document with the text: quotes, speaker
// turns and live flags (chunks move with ProjectWriter::replaceText). One
// place for this, used by utterance edits and by pseudonymisation.

#include "project/projectwriter.h"

#include <QList>
#include <QString>

namespace crosscut {

// Code points [start, end) of a document become `replacement`.
struct TextEdit {
    qint64 start = 0;
    qint64 end = 0;
    QString replacement;
};

// What happens to a position strictly inside a replaced span.
enum class InsideEdit {
    KeepOffset,  // keeps its offset into the span, clipped to the replacement
    Widen,       // a start snaps to the replacement's start, an end to its end
};

// Maps old positions to new ones through edits sorted by start and not
// overlapping. A start at an insertion point moves after the inserted text,
// an end there stays before it.
class EditShift {
public:
    EditShift(const QList<TextEdit> &edits, InsideEdit inside);
    qint64 mapStart(qint64 p) const;
    qint64 mapEnd(qint64 p) const;

private:
    struct Span {
        qint64 start;
        qint64 end;
        qint64 length;  // of the replacement, in code points
    };
    QList<Span> m_spans;
    QList<qint64> m_deltaBefore;  // m_deltaBefore[i]: total length change of spans [0, i)
    InsideEdit m_inside;
};

// Applies `edits` (sorted by start, not overlapping) to a document's text in
// one rewrite and moves its quotes, turns and flags. Fails, writing nothing
// more, when a quote would be left empty.
Status applyTextEdits(ProjectWriter &w, Id document, const QList<TextEdit> &edits, InsideEdit inside);

}  // namespace crosscut
