#pragma once
// Crosscut's one unit for text positions is the Unicode code point, zero-based
// and end-exclusive (REFI-QDA §10.2). QString counts UTF-16 code units. All
// conversions between the two go through this file.

#include <QList>
#include <QString>
#include <QStringView>

namespace crosscut {

// Number of code points in `text`.
qsizetype codePointCount(QStringView text);

// Bytes `text` takes in UTF-8 (a lone surrogate counts as U+FFFD, 3 bytes).
qint64 utf8Size(QStringView text);

// The code points [start, end) of `text`. Positions are clamped to the text.
QString codePointSlice(QStringView text, qsizetype start, qsizetype end);

// Letters, digits and combining marks make words; anything else ends one
// (the rule of search, pseudonymisation and redaction, in every script).
bool isWordCodePoint(char32_t cp);

// Normalises line endings: CRLF and lone CR become LF. Applied to every
// document before it is stored, so that no quote ever spans a CR.
QString normalizeLineEndings(const QString &text);

// Maps code-point positions to UTF-16 positions and back in O(log n), for a
// fixed text. Built once per displayed document: this is the widget boundary.
class CodePointIndex {
public:
    CodePointIndex() = default;
    explicit CodePointIndex(QStringView text);

    qsizetype codePointLength() const { return m_utf16Length - m_astralStarts.size(); }
    qsizetype utf16Length() const { return m_utf16Length; }

    // UTF-16 offset of code point `cp` (cp may equal codePointLength()).
    qsizetype toUtf16(qsizetype cp) const;
    // Code point containing UTF-16 offset `u`; an offset inside a surrogate
    // pair maps to the pair's code point (rounds down).
    qsizetype toCodePoint(qsizetype u) const;

private:
    qsizetype m_utf16Length = 0;
    // UTF-16 offsets of the high surrogates of astral code points, ascending.
    QList<qsizetype> m_astralStarts;
};

}  // namespace crosscut
