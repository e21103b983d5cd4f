// Issue 11, the core under the capture window: the clock stands still while
// no capture is open and the gap is recorded (item 8); Ctrl+Z undoes this
// session's newest live action through the operation log and nothing else
// (item 6); a code comes off an utterance with its empty quote (item 6); a
// participant joins on the next free key (item 7); flags are memos too and
// sit at their time in every export after a resume (item 8).
#include "live/livesession.h"
#include "live/sessionexport.h"
#include "project/integrity.h"
#include "support/testsupport.h"
#include "util/csv.h"

#include "fakeclock.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

QList<live::RosterEntry> roster()
{
    return {{QStringLiteral("Facilitator"), QStringLiteral("0"), {}, {}},
            {QStringLiteral("Aigul"), {}, {}, {}},
            {QStringLiteral("Ravi"), {}, {}, {}}};
}

qint64 count(Project &p, const char *sqlText)
{
    return p.database().scalar(QString::fromUtf8(sqlText))->toLongLong();
}

}  // namespace

TEST(LiveActions, ClockStandsStillWhileNoCaptureIsOpenAndTheGapIsRecorded)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("clock.crosscut"));
    FakeClock clock;
    Id doc = 0;
    {
        auto project = createProject(path);
        auto session = live::LiveSession::start(*project, {QStringLiteral("Day 1"), {}, {}, {}}, roster(), {}, clock.clock());
        ASSERT_TRUE(session.ok()) << session.message().toStdString();
        doc = (*session)->documentId();
        ASSERT_TRUE((*session)->markCaptureOpen(true).ok());
        clock.advance(10'000);
        ASSERT_TRUE((*session)->commit(QStringLiteral("Aigul"), QStringLiteral("hello"), 2'000).ok());
        const QString undoBefore = project->undoLabel();
        ASSERT_TRUE((*session)->pause().ok());
        clock.advance(3'000);
        ASSERT_TRUE((*session)->resume().ok());
        // Clock changes are not operations: Edit → Undo still names the commit.
        EXPECT_EQ(project->undoLabel(), undoBefore);
        EXPECT_EQ((*session)->elapsedMs(), 10'000);
        clock.advance(2'000);
        ASSERT_TRUE((*session)->markCaptureOpen(false).ok());  // End session
        EXPECT_TRUE((*session)->isCaptureClosed());
        clock.advance(60'000);
        EXPECT_EQ((*session)->elapsedMs(), 12'000);
    }
    clock.advance(20'000);  // an hour later, another day: no window open
    auto project = openProject(path);
    auto session = live::LiveSession::resume(*project, doc, clock.clock());
    ASSERT_TRUE(session.ok());
    EXPECT_EQ((*session)->elapsedMs(), 12'000);
    EXPECT_TRUE((*session)->gaps().isEmpty());
    const qint64 ops = count(*project, "SELECT count(*) FROM operation");
    ASSERT_TRUE((*session)->markCaptureOpen(true).ok());  // Resume
    EXPECT_EQ(count(*project, "SELECT count(*) FROM operation"), ops);  // not an operation
    EXPECT_EQ((*session)->elapsedMs(), 12'000);
    const QList<live::Gap> gaps = (*session)->gaps();
    ASSERT_EQ(gaps.size(), 1);
    EXPECT_EQ(gaps[0].atMs, 12'000);
    EXPECT_EQ(gaps[0].durationMs(), 80'000);
    clock.advance(4'000);
    EXPECT_EQ((*session)->elapsedMs(), 16'000);
    auto u = (*session)->commit(QStringLiteral("Ravi"), QStringLiteral("back"), 13'000);
    ASSERT_TRUE(u.ok());
    EXPECT_EQ(u->endMs, 16'000);
    // Opening a capture that was never ended (a crash) records no gap.
    ASSERT_TRUE((*session)->markCaptureOpen(true).ok());
    EXPECT_EQ((*session)->gaps().size(), 1);
    EXPECT_TRUE(checkIntegrity(*project).ok());
}

TEST(LiveActions, UndoLastActionUndoesOnlyThisSessionsNewestAction)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("undo.crosscut")), QStringLiteral("intersectional"));
    const Id rights = *project->resolveCodePath(QStringLiteral("Nature of advocacy/Rights"));
    auto session = live::LiveSession::start(*project, {QStringLiteral("Day 1"), {}, {}, {}}, roster(),
                                            {{QStringLiteral("F1"), rights}});
    ASSERT_TRUE(session.ok());
    live::LiveSession &s = **session;
    EXPECT_FALSE(s.undoLastAction().ok());  // the start is not a live action
    EXPECT_TRUE(project->document(s.documentId()));

    auto u = s.commit(QStringLiteral("Aigul"), QStringLiteral("We lead"), 0);
    ASSERT_TRUE(u.ok());
    ASSERT_TRUE(s.codeUtterance(u->turnId, rights).ok());
    ASSERT_TRUE(s.flag(QStringLiteral("later")).ok());
    auto joined = s.addParticipant(QStringLiteral("Otieno"));
    ASSERT_TRUE(joined.ok());

    // Newest first: the participant, the flag, the coding, the utterance.
    ASSERT_TRUE(s.undoLastAction().ok());
    EXPECT_FALSE(s.findSpeaker(QStringLiteral("Otieno")));
    EXPECT_EQ(s.flags().size(), 1);
    ASSERT_TRUE(s.undoLastAction().ok());
    EXPECT_TRUE(s.flags().isEmpty());
    EXPECT_TRUE(project->memos(MemoTarget::Document, s.documentId()).isEmpty());
    EXPECT_EQ(s.utterances().first().codes, QList<Id>{rights});
    ASSERT_TRUE(s.undoLastAction().ok());
    EXPECT_TRUE(s.utterances().first().codes.isEmpty());
    EXPECT_EQ(count(*project, "SELECT count(*) FROM quote"), 0);
    ASSERT_TRUE(s.undoLastAction().ok());
    EXPECT_TRUE(s.utterances().isEmpty());
    EXPECT_FALSE(s.undoLastAction().ok());

    // Something done in the workbench since: refused, nothing undone.
    ASSERT_TRUE(s.commit(QStringLiteral("Ravi"), QStringLiteral("again"), 0).ok());
    ASSERT_TRUE(project->addCase(QStringLiteral("Someone else")).ok());
    auto refused = s.undoLastAction();
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("Edit → Undo"))) << refused.message().toStdString();
    EXPECT_EQ(s.utterances().size(), 1);
    EXPECT_TRUE(project->findCase(QStringLiteral("Someone else")));
    EXPECT_TRUE(checkIntegrity(*project).ok());
}

TEST(LiveActions, UncodingTakesTheCodeAndTheEmptyQuoteOff)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("uncode.crosscut")), QStringLiteral("intersectional"));
    const Id rights = *project->resolveCodePath(QStringLiteral("Nature of advocacy/Rights"));
    const Id health = *project->resolveCodePath(QStringLiteral("Nature of advocacy/Health"));
    auto session = live::LiveSession::start(*project, {QStringLiteral("Day 1"), {}, {}, {}}, roster(), {});
    ASSERT_TRUE(session.ok());
    live::LiveSession &s = **session;
    auto u = s.commit(QStringLiteral("Aigul"), QStringLiteral("Rights and health"), 0, {rights, health});
    ASSERT_TRUE(u.ok());
    ASSERT_TRUE(s.uncodeUtterance(u->turnId, rights).ok());
    EXPECT_EQ(s.utterances().first().codes, QList<Id>{health});
    EXPECT_EQ(count(*project, "SELECT count(*) FROM quote"), 1);
    ASSERT_TRUE(s.uncodeUtterance(u->turnId, health).ok());
    EXPECT_TRUE(s.utterances().first().codes.isEmpty());
    EXPECT_EQ(count(*project, "SELECT count(*) FROM quote"), 0);  // no empty quote left counting
    // Not coded so: a message, no operation.
    const qint64 ops = count(*project, "SELECT count(*) FROM operation");
    auto again = s.uncodeUtterance(u->turnId, health);
    EXPECT_FALSE(again.ok());
    EXPECT_FALSE(again.message().isEmpty());
    EXPECT_EQ(count(*project, "SELECT count(*) FROM operation"), ops);
    // Undo brings the coding and its quote back.
    ASSERT_TRUE(s.undoLastAction().ok());
    EXPECT_EQ(s.utterances().first().codes, QList<Id>{health});
}

TEST(LiveActions, ParticipantJoinsOnTheNextFreeKeyAndBadNamesAreRefused)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("join.crosscut")));
    auto session = live::LiveSession::start(*project, {QStringLiteral("Day 1"), {}, {}, {}}, roster(), {});
    ASSERT_TRUE(session.ok());
    live::LiveSession &s = **session;
    EXPECT_EQ(s.findSpeaker(QStringLiteral("0"))->pseudonym, QStringLiteral("Facilitator"));
    EXPECT_EQ(s.findSpeaker(QStringLiteral("2"))->pseudonym, QStringLiteral("Ravi"));
    auto joined = s.addParticipant(QStringLiteral("  Зарина "));
    ASSERT_TRUE(joined.ok()) << joined.message().toStdString();
    EXPECT_EQ(joined->pseudonym, QStringLiteral("Зарина"));
    EXPECT_EQ(joined->key, QStringLiteral("3"));
    ASSERT_TRUE(joined->caseId);
    EXPECT_TRUE(project->findCase(QStringLiteral("Зарина")));
    const qint64 ops = count(*project, "SELECT count(*) FROM operation");
    EXPECT_FALSE(s.addParticipant(QStringLiteral("ravi")).ok());
    EXPECT_FALSE(s.addParticipant(QStringLiteral("   ")).ok());
    EXPECT_EQ(count(*project, "SELECT count(*) FROM operation"), ops);
    ASSERT_TRUE(s.commit(QStringLiteral("3"), QStringLiteral("I just came"), 0).ok());
    EXPECT_EQ(s.utterances().last().speaker, QStringLiteral("Зарина"));
    // Stored: a reopened session has them on the same key.
    auto again = live::LiveSession::resume(*project, s.documentId());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ((*again)->findSpeaker(QStringLiteral("3"))->pseudonym, QStringLiteral("Зарина"));
}

TEST(LiveActions, FlagsAreMemosAndSitAtTheirTimeInEveryExportAfterAResume)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("flags.crosscut")));
    FakeClock clock;
    auto session = live::LiveSession::start(*project, {QStringLiteral("Day 1"), {}, {}, {}}, roster(), {}, clock.clock());
    ASSERT_TRUE(session.ok());
    live::LiveSession &s = **session;
    ASSERT_TRUE(s.markCaptureOpen(true).ok());
    clock.advance(5'000);
    ASSERT_TRUE(s.commit(QStringLiteral("Aigul"), QStringLiteral("first"), 1'000).ok());
    clock.advance(5'000);
    ASSERT_TRUE(s.flag(QStringLiteral("funding?"), 7'000).ok());  // noted at 7 s, Enter at 10 s
    ASSERT_TRUE(s.commit(QStringLiteral("Ravi"), QStringLiteral("second"), 8'000).ok());
    ASSERT_TRUE(s.markCaptureOpen(false).ok());
    clock.advance(3'600'000);
    ASSERT_TRUE(s.markCaptureOpen(true).ok());
    clock.advance(2'000);
    ASSERT_TRUE(s.flag(QStringLiteral("after the break")).ok());
    clock.advance(1'000);
    ASSERT_TRUE(s.commit(QStringLiteral("Aigul"), QStringLiteral("third"), 12'500).ok());

    const QList<Memo> memos = project->memos(MemoTarget::Document, s.documentId());
    ASSERT_EQ(memos.size(), 2);
    EXPECT_TRUE(memos[0].title.contains(QStringLiteral("00:00:07"))) << memos[0].title.toStdString();
    EXPECT_EQ(memos[0].text, QStringLiteral("funding?"));

    auto txt = live::exportSession(*project, s.documentId(), live::ExportFormat::Txt);
    ASSERT_TRUE(txt.ok());
    const QStringList lines = txt->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6) << txt->toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("[00:00:01.000] Aigul: first"));
    EXPECT_EQ(lines[1], QStringLiteral("[00:00:07.000] ⚑ funding?"));
    EXPECT_EQ(lines[2], QStringLiteral("[00:00:08.000] Ravi: second"));
    EXPECT_TRUE(lines[3].startsWith(QStringLiteral("[00:00:10.000] ⏸ capture window closed for 01:00:00")))
        << lines[3].toStdString();
    EXPECT_EQ(lines[4], QStringLiteral("[00:00:12.000] ⚑ after the break"));
    EXPECT_EQ(lines[5], QStringLiteral("[00:00:12.500] Aigul: third"));

    auto srt = live::exportSession(*project, s.documentId(), live::ExportFormat::Srt);
    ASSERT_TRUE(srt.ok());
    EXPECT_TRUE(srt->contains(QStringLiteral("2\n00:00:07,000 --> 00:00:08,000\n⚑ funding?\n\n3\n00:00:08,000")))
        << srt->toStdString();
    EXPECT_TRUE(srt->contains(QStringLiteral("4\n00:00:12,000 --> 00:00:13,000\n⚑ after the break\n\n5\n")));
    auto vtt = live::exportSession(*project, s.documentId(), live::ExportFormat::Vtt);
    ASSERT_TRUE(vtt.ok());
    const qsizetype flag1 = vtt->indexOf(QStringLiteral("⚑ funding?"));
    const qsizetype gap = vtt->indexOf(QStringLiteral("NOTE 00:00:10.000"));
    const qsizetype flag2 = vtt->indexOf(QStringLiteral("⚑ after the break"));
    EXPECT_TRUE(flag1 > vtt->indexOf(QStringLiteral("first")) && flag1 < vtt->indexOf(QStringLiteral("second")));
    EXPECT_TRUE(gap > vtt->indexOf(QStringLiteral("second")) && gap < flag2 && flag2 < vtt->indexOf(QStringLiteral("third")));
    auto csvText = live::exportSession(*project, s.documentId(), live::ExportFormat::Csv);
    ASSERT_TRUE(csvText.ok());
    auto rows = csv::parse(csvText->toUtf8());
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 7);
    QStringList kinds;
    for (qsizetype r = 1; r < rows->size(); ++r)
        kinds << rows->at(r).fields.at(5);
    EXPECT_EQ(kinds, (QStringList{QStringLiteral("utterance"), QStringLiteral("flag"), QStringLiteral("utterance"),
                                  QStringLiteral("gap"), QStringLiteral("flag"), QStringLiteral("utterance")}));
    EXPECT_EQ(rows->at(2).fields.at(3), QStringLiteral("funding?"));
}
