#pragma once
// The widget boundary for text positions. Crosscut stores code points; Qt's
// text widgets count UTF-16 units. Every conversion in ui/ goes through this
// class, which wraps core's CodePointIndex and adds what a selection needs:
// snapping to grapheme clusters (an emoji, a ZWJ sequence or a letter with
// its combining marks is never split) and, on request, to whole words.

#include "text/codepoints.h"

#include <QString>
#include <QTextBoundaryFinder>

#include <memory>

namespace crosscut::ui {

struct CodePointSpan {
    qint64 start = 0;
    qint64 end = 0;
    bool isEmpty() const { return end <= start; }
    bool operator==(const CodePointSpan &) const = default;
};

class PositionMap {
public:
    PositionMap() = default;
    explicit PositionMap(const QString &text);

    const QString &text() const { return m_text; }
    qint64 codePointLength() const { return m_index.codePointLength(); }

    int toUtf16(qint64 codePoint) const;
    qint64 toCodePoint(int utf16) const;

    // A UTF-16 selection [from, to) (either order) as a code-point span,
    // widened to grapheme boundaries, optionally to whole words, with
    // surrounding whitespace trimmed. Empty when nothing but space is selected.
    CodePointSpan spanForSelection(int from, int to, bool snapToWords = false) const;

    // The UTF-16 position one grapheme cluster after/before `utf16`.
    int nextGrapheme(int utf16) const;
    int previousGrapheme(int utf16) const;

private:
    int snapBackward(int utf16, bool words) const;
    int snapForward(int utf16, bool words) const;

    QTextBoundaryFinder &finder(bool words) const;

    QString m_text;
    CodePointIndex m_index;
    // Built on first use: a finder analyses the whole text once.
    mutable std::shared_ptr<QTextBoundaryFinder> m_graphemes;
    mutable std::shared_ptr<QTextBoundaryFinder> m_words;
};

}  // namespace crosscut::ui
