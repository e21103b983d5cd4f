#include "text/codepoints.h"

#include <gtest/gtest.h>

using namespace crosscut;

namespace {
QString u(const char *utf8) { return QString::fromUtf8(utf8); }
}  // namespace

TEST(CodePoints, CountsAstralCharactersOnce)
{
    EXPECT_EQ(codePointCount(u("abc")), 3);
    EXPECT_EQ(codePointCount(u("😀")), 1);
    // Family: man ZWJ woman ZWJ girl = 5 code points, 8 UTF-16 units.
    const QString family = u("👨\u200d👩\u200d👧");
    EXPECT_EQ(family.size(), 8);
    EXPECT_EQ(codePointCount(family), 5);
    // Rainbow flag: white flag, VS16, ZWJ, rainbow.
    EXPECT_EQ(codePointCount(u("🏳️‍🌈")), 4);
    // Skin tone modifier is its own code point.
    EXPECT_EQ(codePointCount(u("👍🏽")), 2);
    EXPECT_EQ(codePointCount(u("e\u0301")), 2);
}

TEST(CodePoints, SliceMatchesCodePointPositions)
{
    const QString text = u("Привет 😀 मित्र 👨\u200d👩\u200d👧 دوست e\u0301!");
    const auto ucs4 = text.toUcs4();
    for (qsizetype start = 0; start < ucs4.size(); ++start) {
        for (qsizetype end = start; end <= ucs4.size(); ++end) {
            const QString expected = QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start, end - start);
            ASSERT_EQ(codePointSlice(text, start, end), expected) << start << "-" << end;
        }
    }
}

TEST(CodePoints, IndexRoundTripsEveryPosition)
{
    const QString text = u("a😀b👨\u200d👩\u200d👧c🏳️‍🌈 اردو Кирилиця");
    const CodePointIndex index(text);
    EXPECT_EQ(index.codePointLength(), codePointCount(text));
    EXPECT_EQ(index.utf16Length(), text.size());
    for (qsizetype cp = 0; cp <= index.codePointLength(); ++cp)
        EXPECT_EQ(index.toCodePoint(index.toUtf16(cp)), cp);
    // "a" then 😀: code point 2 ("b") sits at UTF-16 offset 3.
    EXPECT_EQ(index.toUtf16(2), 3);
    // An offset inside a surrogate pair rounds down to the pair.
    EXPECT_EQ(index.toCodePoint(2), 1);
    EXPECT_EQ(index.toUtf16(index.codePointLength()), text.size());
}

TEST(CodePoints, LineEndingsNormalisedToLf)
{
    EXPECT_EQ(normalizeLineEndings(u("a\r\nb\rc\n")), u("a\nb\nc\n"));
    EXPECT_EQ(normalizeLineEndings(u("no breaks")), u("no breaks"));
    EXPECT_EQ(normalizeLineEndings(u("\r\n\r\n")), u("\n\n"));
}
