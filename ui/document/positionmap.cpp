#include "document/positionmap.h"

namespace crosscut::ui {

PositionMap::PositionMap(const QString &text) : m_text(text), m_index(text) {}

int PositionMap::toUtf16(qint64 codePoint) const
{
    return static_cast<int>(m_index.toUtf16(qBound<qint64>(0, codePoint, m_index.codePointLength())));
}

qint64 PositionMap::toCodePoint(int utf16) const
{
    return m_index.toCodePoint(qBound<qsizetype>(0, qsizetype(utf16), m_text.size()));
}

QTextBoundaryFinder &PositionMap::finder(bool words) const
{
    auto &slot = words ? m_words : m_graphemes;
    if (!slot)
        slot = std::make_shared<QTextBoundaryFinder>(words ? QTextBoundaryFinder::Word : QTextBoundaryFinder::Grapheme,
                                                     m_text);
    return *slot;
}

int PositionMap::snapBackward(int pos, bool words) const
{
    QTextBoundaryFinder &finder = this->finder(words);
    finder.setPosition(pos);
    if (finder.isAtBoundary())
        return pos;
    const qsizetype prev = finder.toPreviousBoundary();
    return prev < 0 ? 0 : static_cast<int>(prev);
}

int PositionMap::snapForward(int pos, bool words) const
{
    QTextBoundaryFinder &finder = this->finder(words);
    finder.setPosition(pos);
    if (finder.isAtBoundary())
        return pos;
    const qsizetype next = finder.toNextBoundary();
    return next < 0 ? static_cast<int>(m_text.size()) : static_cast<int>(next);
}

CodePointSpan PositionMap::spanForSelection(int from, int to, bool snapToWords) const
{
    const int size = static_cast<int>(m_text.size());
    int a = qBound(0, qMin(from, to), size);
    int b = qBound(0, qMax(from, to), size);
    // Whitespace at the edges is never part of a quote.
    while (a < b && m_text.at(a).isSpace())
        ++a;
    while (b > a && m_text.at(b - 1).isSpace())
        --b;
    if (a >= b)
        return {};
    // Grapheme snapping first keeps a half-selected surrogate pair or
    // combining sequence whole; word snapping then widens to word edges.
    a = snapBackward(a, false);
    b = snapForward(b, false);
    if (snapToWords) {
        a = snapBackward(a, true);
        b = snapForward(b, true);
    }
    return {toCodePoint(a), toCodePoint(b)};
}

int PositionMap::nextGrapheme(int pos) const
{
    QTextBoundaryFinder &finder = this->finder(false);
    finder.setPosition(qBound(0, pos, static_cast<int>(m_text.size())));
    const qsizetype next = finder.toNextBoundary();
    return next < 0 ? static_cast<int>(m_text.size()) : static_cast<int>(next);
}

int PositionMap::previousGrapheme(int pos) const
{
    QTextBoundaryFinder &finder = this->finder(false);
    finder.setPosition(qBound(0, pos, static_cast<int>(m_text.size())));
    const qsizetype prev = finder.toPreviousBoundary();
    return prev < 0 ? 0 : static_cast<int>(prev);
}

}  // namespace crosscut::ui
