#include "text/codepoints.h"

#include <algorithm>

namespace crosscut {

qsizetype codePointCount(QStringView text)
{
    qsizetype n = 0;
    const qsizetype len = text.size();
    for (qsizetype i = 0; i < len; ++i) {
        if (text[i].isHighSurrogate() && i + 1 < len && text[i + 1].isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

QString codePointSlice(QStringView text, qsizetype start, qsizetype end)
{
    const CodePointIndex index(text);
    start = std::clamp<qsizetype>(start, 0, index.codePointLength());
    end = std::clamp<qsizetype>(end, start, index.codePointLength());
    const qsizetype from = index.toUtf16(start);
    return text.mid(from, index.toUtf16(end) - from).toString();
}

QString normalizeLineEndings(const QString &text)
{
    if (!text.contains(QLatin1Char('\r')))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype len = text.size();
    for (qsizetype i = 0; i < len; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\r')) {
            out.append(QLatin1Char('\n'));
            if (i + 1 < len && text[i + 1] == QLatin1Char('\n'))
                ++i;
        } else {
            out.append(c);
        }
    }
    return out;
}

CodePointIndex::CodePointIndex(QStringView text) : m_utf16Length(text.size())
{
    const qsizetype len = text.size();
    for (qsizetype i = 0; i + 1 < len; ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_astralStarts.append(i);
            ++i;
        }
    }
}

qsizetype CodePointIndex::toUtf16(qsizetype cp) const
{
    // The k-th astral code point (0-based) starts at UTF-16 offset a_k, and
    // its code-point index is a_k - k. Code point cp lies after every astral
    // code point whose index is < cp.
    cp = std::clamp<qsizetype>(cp, 0, codePointLength());
    qsizetype lo = 0;
    qsizetype hi = m_astralStarts.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_astralStarts[mid] - mid < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return cp + lo;
}

qsizetype CodePointIndex::toCodePoint(qsizetype u) const
{
    u = std::clamp<qsizetype>(u, 0, m_utf16Length);
    // Astral code points starting before u each used one extra unit; if u
    // points at a low surrogate, it belongs to the pair starting at u - 1.
    const auto it = std::lower_bound(m_astralStarts.cbegin(), m_astralStarts.cend(), u);
    qsizetype before = it - m_astralStarts.cbegin();
    if (it != m_astralStarts.cbegin() && *(it - 1) == u - 1)
        return u - 1 - (before - 1);
    return u - before;
}

qint64 utf8Size(QStringView text)
{
    qint64 bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x80)
            bytes += 1;
        else if (u < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else
            bytes += 3;
    }
    return bytes;
}

bool isWordCodePoint(char32_t cp) { return QChar::isLetterOrNumber(cp) || QChar::isMark(cp); }

}  // namespace crosscut
