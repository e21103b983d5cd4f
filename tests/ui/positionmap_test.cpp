// The widget boundary: UTF-16 selections to code points, never splitting a
// grapheme cluster.
#include "document/positionmap.h"

#include <gtest/gtest.h>

using crosscut::ui::CodePointSpan;
using crosscut::ui::PositionMap;

TEST(PositionMap, ConvertsAroundAstralCharacters)
{
    // "a😀b": 😀 is two UTF-16 units and one code point.
    const PositionMap map(QStringLiteral("a\U0001F600b"));
    EXPECT_EQ(map.codePointLength(), 3);
    EXPECT_EQ(map.toUtf16(2), 3);
    EXPECT_EQ(map.toCodePoint(3), 2);
    EXPECT_EQ(map.toCodePoint(2), 1);  // inside the pair: its code point
}

TEST(PositionMap, SelectionInsideSurrogatePairWidensToWholeEmoji)
{
    const PositionMap map(QStringLiteral("a\U0001F600b"));
    // UTF-16 [2, 4) starts in the middle of the pair.
    EXPECT_EQ(map.spanForSelection(2, 4), (CodePointSpan{1, 3}));
    EXPECT_EQ(map.spanForSelection(0, 2), (CodePointSpan{0, 2}));
}

TEST(PositionMap, ZwjSequenceAndCombiningMarksStayWhole)
{
    // 👩‍⚕️ = U+1F469 U+200D U+2695 U+FE0F (4 code points, 5 UTF-16 units);
    // "é" written as e + U+0301.
    const QString text = QStringLiteral("x \U0001F469\u200D\u2695\uFE0F y e\u0301z");
    const PositionMap map(text);
    // Selecting only the woman (first 2 units) takes the whole sequence.
    EXPECT_EQ(map.spanForSelection(2, 4), (CodePointSpan{2, 6}));
    // Selecting the bare "e" takes its accent too.
    const int e = int(text.indexOf(u'e'));
    EXPECT_EQ(map.spanForSelection(e, e + 1), (CodePointSpan{map.toCodePoint(e), map.toCodePoint(e) + 2}));
}

TEST(PositionMap, TrimsSpaceAndSnapsToWordsOnRequest)
{
    const PositionMap map(QStringLiteral("Sex workers lead the work."));
    EXPECT_EQ(map.spanForSelection(3, 9), (CodePointSpan{4, 9}));           // leading space trimmed
    EXPECT_EQ(map.spanForSelection(5, 9, true), (CodePointSpan{4, 11}));    // "workers"
    EXPECT_EQ(map.spanForSelection(9, 5, true), (CodePointSpan{4, 11}));    // either direction
    EXPECT_TRUE(map.spanForSelection(3, 4).isEmpty());                      // only a space
}

TEST(PositionMap, UrduAndCyrillicCountCodePoints)
{
    const QString text = QStringLiteral("Да. یہ ہمارا حق ہے");
    const PositionMap map(text);
    EXPECT_EQ(map.codePointLength(), text.size());  // BMP only: one unit each
    const int start = int(text.indexOf(QStringLiteral("ہمارا")));
    EXPECT_EQ(map.spanForSelection(start, start + 5, false), (CodePointSpan{start, start + 5}));
}

TEST(PositionMap, GraphemeSteps)
{
    const PositionMap map(QStringLiteral("a\U0001F600b"));
    EXPECT_EQ(map.nextGrapheme(1), 3);
    EXPECT_EQ(map.previousGrapheme(3), 1);
    EXPECT_EQ(map.nextGrapheme(4), 4);
}
