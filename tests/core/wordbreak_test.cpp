#include "text/wordbreak.h"

#include "text/codepoints.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::text;

namespace {
QString u(const char *utf8) { return QString::fromUtf8(utf8); }

QStringList words(const QString &text)
{
    QStringList out;
    for (const WordToken &t : wordTokens(text))
        out << codePointSlice(text, t.start, t.end);
    return out;
}
}  // namespace

TEST(WordBreak, SplitsLatinAndCyrillicAtSpacesAndPunctuation)
{
    EXPECT_EQ(words(u("We met, again: twice.")), (QStringList{u("We"), u("met"), u("again"), u("twice")}));
    EXPECT_EQ(words(u("Мы встретились — снова!")), (QStringList{u("Мы"), u("встретились"), u("снова")}));
}

TEST(WordBreak, KeepsDevanagariVowelSignsInTheirWord)
{
    // "समुदाय के लोग": the vowel signs (ु ा) are combining marks, not breaks.
    const QStringList w = words(u("समुदाय के लोग"));
    ASSERT_EQ(w.size(), 3);
    EXPECT_EQ(w[0], u("समुदाय"));
    EXPECT_EQ(w[2], u("लोग"));
}

TEST(WordBreak, UrduWordsAndEmojiWithCodePointPositions)
{
    // Positions are code points: the emoji before the Urdu word is one code
    // point (two UTF-16 units).
    const QString text = u("👍 ہم لوگ");
    const QList<WordToken> t = wordTokens(text);
    ASSERT_EQ(t.size(), 3);
    EXPECT_EQ(t[0].kind, WordKind::Emoji);
    EXPECT_EQ(t[0].start, 0);
    EXPECT_EQ(t[0].end, 1);
    EXPECT_EQ(t[1].kind, WordKind::Letters);
    EXPECT_EQ(t[1].start, 2);
    EXPECT_EQ(t[1].end, 4);
    EXPECT_EQ(codePointSlice(text, t[2].start, t[2].end), u("لوگ"));
}

TEST(WordBreak, NumbersAreTheirOwnKind)
{
    const QList<WordToken> t = wordTokens(u("in 2024 we were 3.5 times"));
    ASSERT_EQ(t.size(), 6);
    EXPECT_EQ(t[1].kind, WordKind::Number);
    EXPECT_EQ(t[4].kind, WordKind::Number);
    EXPECT_EQ(t[0].kind, WordKind::Letters);
}

TEST(WordBreak, FoldingMakesCaseVariantsOneWord)
{
    EXPECT_EQ(foldWord(u("Жизнь")), foldWord(u("жизнь")));
    EXPECT_EQ(foldWord(u("STRASSE")), foldWord(u("straße")));
    EXPECT_NE(foldWord(u("peer")), foldWord(u("peers")));
}

TEST(WordBreak, WholeWordBoundaries)
{
    const QString text = u("peers and peer-led 👍 groups");
    EXPECT_TRUE(onWordBoundaries(text, 0, 5));    // "peers"
    EXPECT_FALSE(onWordBoundaries(text, 0, 4));   // "peer" inside "peers"
    EXPECT_TRUE(onWordBoundaries(text, 10, 14));  // "peer" before the hyphen
    EXPECT_TRUE(onWordBoundaries(text, 10, 18));  // the phrase "peer-led"
    EXPECT_FALSE(onWordBoundaries(text, 11, 14));
    EXPECT_FALSE(onWordBoundaries(text, 0, 99));  // beyond the text
}
