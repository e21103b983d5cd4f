#include "search/utf8hits.h"

#include "text/codepoints.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace crosscut::search {

namespace {

using Byte = unsigned char;

constexpr Byte lowerAscii(Byte b) { return b >= 'A' && b <= 'Z' ? static_cast<Byte>(b | 0x20) : b; }

// True when a byte sequence of a character that may fold to an ASCII letter
// starts at `s[i]` for some i in [from, to): U+00C0–U+027F (Latin-1 letters
// to IPA, a superset of the QString path's U+00C0–U+024F), U+0300–U+037F
// (combining diacritics), U+1E00–U+1EFF, U+212A (Kelvin) and U+FB00–U+FBFF
// (ligatures). A superset is safe: such a text only goes the QString way.
bool mayFoldToAsciiIn(const Byte *s, qsizetype from, qsizetype to, qsizetype n)
{
    for (qsizetype i = from; i < to; ++i) {
        const Byte b = s[i];
        if (b < 0xC3)
            continue;  // ASCII, trail bytes, and U+0080–U+00BF
        if (b <= 0xC9 || b == 0xCC || b == 0xCD)
            return true;
        if (i + 1 < n) {
            const Byte t = s[i + 1];
            if ((b == 0xE1 && t >= 0xB8 && t <= 0xBB) || (b == 0xE2 && t == 0x84 && i + 2 < n && s[i + 2] == 0xAA)
                || (b == 0xEF && t == 0xAC))
                return true;
        }
    }
    return false;
}

// Sixteen bytes compared at once (GCC and Clang vector extensions, SSE2 or
// NEON as the target has them): a block of 64 bytes with none of the lead
// bytes above is passed over; a block with one is looked at byte by byte.
typedef Byte Bytes16 __attribute__((vector_size(16)));
constexpr qsizetype Block = 64;

bool mayFoldToAscii(const Byte *s, qsizetype n)
{
    qsizetype i = 0;
    for (; i + Block <= n; i += Block) {
        Bytes16 seen = {};
        for (qsizetype j = 0; j < Block; j += 16) {
            Bytes16 b;
            std::memcpy(&b, s + i + j, sizeof b);
            seen |= (Bytes16)((Bytes16)(b - 0xC3) < 7) | (Bytes16)((Bytes16)(b - 0xCC) < 2) | (Bytes16)(b == 0xE1)
                    | (Bytes16)(b == 0xE2) | (Bytes16)(b == 0xEF);
        }
        quint64 any[2];
        std::memcpy(any, &seen, sizeof any);
        if ((any[0] | any[1]) != 0 && mayFoldToAsciiIn(s, i, i + Block, n))
            return true;
    }
    return mayFoldToAsciiIn(s, i, n, n);
}

// Letters, digits and marks make words (isWordCodePoint), decoded here from
// the bytes just before or at a position.
bool wordCharBefore(const Byte *s, qsizetype at)
{
    if (at <= 0)
        return false;
    const Byte b = s[at - 1];
    if (b < 0x80)
        return (lowerAscii(b) >= 'a' && lowerAscii(b) <= 'z') || (b >= '0' && b <= '9');
    int32_t i = static_cast<int32_t>(at);
    UChar32 c;
    U8_PREV(s, 0, i, c);
    return c >= 0 && isWordCodePoint(static_cast<char32_t>(c));
}

// The width in bytes of the word character at `at`, 0 when there is none.
int wordCharAt(const Byte *s, qsizetype n, qsizetype at)
{
    if (at >= n)
        return 0;
    const Byte b = s[at];
    if (b < 0x80)
        return (lowerAscii(b) >= 'a' && lowerAscii(b) <= 'z') || (b >= '0' && b <= '9') ? 1 : 0;
    int32_t i = static_cast<int32_t>(at);
    UChar32 c;
    U8_NEXT(s, i, static_cast<int32_t>(n), c);
    return c >= 0 && isWordCodePoint(static_cast<char32_t>(c)) ? i - static_cast<int32_t>(at) : 0;
}

struct ByteSpan {
    qsizetype start = 0;
    qsizetype end = 0;
    bool operator==(const ByteSpan &) const = default;
};

// Case-insensitive Horspool over the bytes: a lower-case ASCII word only
// ever matches ASCII bytes, so no byte of a multi-byte character can match.
void findWord(const Byte *s, qsizetype n, const AsciiWord &w, QList<ByteSpan> &spans)
{
    const auto *word = reinterpret_cast<const Byte *>(w.word.constData());
    const qsizetype m = w.word.size();
    if (m == 0 || m > n)
        return;
    std::array<qsizetype, 256> shift;
    shift.fill(m);
    for (qsizetype i = 0; i + 1 < m; ++i) {
        shift[word[i]] = m - 1 - i;
        if (word[i] >= 'a' && word[i] <= 'z')
            shift[word[i] - 0x20] = m - 1 - i;
    }
    const Byte last = word[m - 1];
    for (qsizetype pos = 0; pos + m <= n;) {
        const Byte b = s[pos + m - 1];
        if (lowerAscii(b) == last) {
            qsizetype k = 0;
            while (k + 1 < m && lowerAscii(s[pos + k]) == word[k])
                ++k;
            if (k + 1 == m && !wordCharBefore(s, pos)) {
                qsizetype end = pos + m;
                int width = wordCharAt(s, n, end);
                if (width == 0 || w.prefix) {
                    for (; width > 0; width = wordCharAt(s, n, end))
                        end += width;
                    spans.append({pos, end});
                }
            }
        }
        pos += shift[b];
    }
}

// Code points counted as SQLite's substr() and length() count them: every
// byte that is not a trail byte (10xxxxxx) starts one. In blocks of fixed
// size, which the compiler turns into vector code.
qsizetype codePointsIn(const Byte *s, qsizetype from, qsizetype to)
{
    qsizetype count = 0;
    qsizetype i = from;
    for (; i + Block <= to; i += Block) {
        int inBlock = 0;
        for (qsizetype j = 0; j < Block; ++j)
            inBlock += (s[i + j] & 0xC0) != 0x80;
        count += inBlock;
    }
    for (; i < to; ++i)
        count += (s[i] & 0xC0) != 0x80;
    return count;
}

QString contextText(const Byte *s, qsizetype from, qsizetype to)
{
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(s + from), to - from);
    for (QChar &c : out)
        if (c == u'\n' || c == u'\t')
            c = u' ';
    return out;
}

}  // namespace

std::optional<QList<Utf8Hit>> asciiHitsInUtf8(QByteArrayView utf8, const QList<AsciiWord> &words, int context)
{
    const auto *s = reinterpret_cast<const Byte *>(utf8.data());
    const qsizetype n = utf8.size();
    // The text is not validated (that costs as much as decoding it): what
    // Crosscut stores comes from QString::toUtf8(), which writes valid UTF-8,
    // and positions are counted as SQLite counts them (documentSlice's
    // substr). U8_NEXT and U8_PREV take int32_t offsets.
    if (n > 0x7FFFFFFF || mayFoldToAscii(s, n))
        return std::nullopt;
    QList<ByteSpan> spans;
    for (const AsciiWord &w : words)
        findWord(s, n, w, spans);
    if (words.size() > 1) {
        std::sort(spans.begin(), spans.end(), [](const ByteSpan &a, const ByteSpan &b) {
            return a.start != b.start ? a.start < b.start : a.end < b.end;
        });
        spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
    }
    QList<Utf8Hit> hits;
    hits.reserve(spans.size());
    context = std::max(0, context);
    qsizetype cursor = 0;     // a byte offset …
    qsizetype cursorCp = 0;   // … and its code point
    for (const ByteSpan &span : spans) {
        cursorCp += codePointsIn(s, cursor, span.start);
        cursor = span.start;
        Utf8Hit hit;
        hit.start = cursorCp;
        hit.end = cursorCp + codePointsIn(s, span.start, span.end);
        hit.text = QString::fromUtf8(reinterpret_cast<const char *>(s + span.start), span.end - span.start);
        int32_t from = static_cast<int32_t>(span.start);
        for (int k = 0; k < context && from > 0; ++k)
            U8_BACK_1(s, 0, from);
        int32_t to = static_cast<int32_t>(span.end);
        for (int k = 0; k < context && to < n; ++k)
            U8_FWD_1(s, to, static_cast<int32_t>(n));
        hit.before = contextText(s, from, span.start);
        hit.after = contextText(s, span.end, to);
        hits.append(std::move(hit));
    }
    return hits;
}

}  // namespace crosscut::search
