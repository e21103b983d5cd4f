// Speaker prefixes: "Name:" and "[Name]" make turns; prose and times do not.
#include "import/speakerturns.h"
#include "importtestfiles.h"
#include "text/codepoints.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::import;

namespace {
QStringList said(const QString &text, const QList<NewDocument::Turn> &turns)
{
    QStringList out;
    for (const auto &t : turns)
        out.append(t.speaker + QStringLiteral("|") + codePointSlice(text, t.start, t.end));
    return out;
}
}  // namespace

TEST(SpeakerTurns, ColonPrefixesWithContinuationLines)
{
    const QString text = QString::fromUtf8(
        "Focus group, Bishkek, 12 May.\n\n"
        "Moderator: Who leads your programme?\n"
        "Айгуль: We do 😀.\n"
        "The community decides.\n\n"
        "Moderator: Thank you.\n"
        "Dr Rana Khan: ہم مل کر کام کرتے ہیں\n");
    const auto turns = findSpeakerTurns(text);
    EXPECT_EQ(said(text, turns),
              (QStringList{QStringLiteral("Moderator|Who leads your programme?"),
                           QString::fromUtf8("Айгуль|We do 😀.\nThe community decides."),
                           QStringLiteral("Moderator|Thank you."),
                           QString::fromUtf8("Dr Rana Khan|ہم مل کر کام کرتے ہیں")}));
    EXPECT_EQ(distinctSpeakers(turns), 3);
}

TEST(SpeakerTurns, BracketPrefixes)
{
    const QString text = QStringLiteral("[Interviewer] How did it start?\n[P1] With peers.\n[Interviewer]: And then?\n"
                                        "[P1]\nWe registered.\n");
    EXPECT_EQ(said(text, findSpeakerTurns(text)),
              (QStringList{QStringLiteral("Interviewer|How did it start?"), QStringLiteral("P1|With peers."),
                           QStringLiteral("Interviewer|And then?"), QStringLiteral("P1|We registered.")}));
}

TEST(SpeakerTurns, ProseNotesAndTimesAreNotSpeakers)
{
    // One "Note:" and a "Summary:" never recur; times and URLs are not names.
    const QString prose = QStringLiteral(
        "Note: the meeting started late.\nAt 10:30 we met the team.\n10:45: coffee break.\n"
        "See https://example.org for details.\nSummary: good meeting.\n"
        "the director said: we need funding. Then she said: we need funding again.\n");
    EXPECT_TRUE(findSpeakerTurns(prose).isEmpty());
    // Sentences ending in a colon are not prefixes, even when they recur.
    const QString sentences = QStringLiteral("We asked three things. First, this:\nx\nWe asked three things. First, this:\ny\n");
    EXPECT_TRUE(findSpeakerTurns(sentences).isEmpty());
    EXPECT_FALSE(isNameLike(u"10"));
    EXPECT_FALSE(isNameLike(u"the director said"));
    EXPECT_FALSE(isNameLike(u"Well, as I said"));
    EXPECT_FALSE(isNameLike(u"A name that is far far far too long for anyone"));
    EXPECT_TRUE(isNameLike(u"Interviewer (IK)"));
    EXPECT_TRUE(isNameLike(u"Participant 3"));
}

TEST(SpeakerTurns, OffsetsAreCodePointsAfterAstralCharacters)
{
    const QString text = QString::fromUtf8("A: 😀😀😀\nB: 👨‍👩‍👧 ok\nA: end\n");
    const auto turns = findSpeakerTurns(text);
    ASSERT_EQ(turns.size(), 3);
    EXPECT_EQ(turns[0].start, 3);
    EXPECT_EQ(turns[0].end, 6);
    EXPECT_EQ(turns[1].start, 10);  // "A: " + 3 emoji + LF + "B: "
    EXPECT_EQ(turns[1].end, 10 + 5 + 3);
    EXPECT_EQ(codePointSlice(text, turns[2].start, turns[2].end), QStringLiteral("end"));
}
