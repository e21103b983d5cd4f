// The live-session core: start, commit, code, flag, pause/resume, drafts and
// resuming after the project is reopened — on a real project file.
#include "live/livesession.h"
#include "project/integrity.h"
#include "support/testsupport.h"
#include "text/codepoints.h"

#include "fakeclock.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

const QByteArray kRoster = "pseudonym,key,Population served,Organisation type\n"
                           "Айгуль,1,Sex workers,Local\n"
                           "Ravi,2,People who use drugs,Alliance member\n"
                           "زینب,3,People living with HIV,\n"
                           "Sam,,LGBT people,Global\n";

}  // namespace

TEST(LiveSession, CommitsUtterancesWithTimesCodesAndCases)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("live.crosscut"));
    auto project = createProject(path, QStringLiteral("intersectional"));
    auto roster = live::parseRosterCsv(kRoster, QStringLiteral("roster.csv"));
    ASSERT_TRUE(roster.ok()) << roster.message().toStdString();
    ASSERT_EQ(roster->size(), 4);
    EXPECT_EQ(roster->at(3).key, QStringLiteral("4"));  // filled in
    const Id kpLed = *project->resolveCodePath(QStringLiteral("Leadership/Key population-led"));
    const Id rights = *project->resolveCodePath(QStringLiteral("Nature of advocacy/Rights"));

    FakeClock clock;
    auto started = live::LiveSession::start(*project,
                                            {QStringLiteral("FGD Bishkek"), QStringLiteral("2026-11-23"),
                                             QStringLiteral("Bishkek"), QStringLiteral("Facilitator A")},
                                            *roster, {{QStringLiteral("F1"), kpLed}, {QStringLiteral("F2"), rights}},
                                            clock.clock());
    ASSERT_TRUE(started.ok()) << started.message().toStdString();
    live::LiveSession &session = **started;
    EXPECT_EQ(session.codeForKey(QStringLiteral("f2")), rights);

    clock.advance(4000);
    auto u1 = session.commit(QStringLiteral("1"), QStringLiteral("Мы сами 🤝 ведём программу"), 1500, {kpLed, rights, kpLed});
    ASSERT_TRUE(u1.ok()) << u1.message().toStdString();
    EXPECT_EQ(u1->speaker, QStringLiteral("Айгуль"));
    EXPECT_EQ(u1->startMs, 1500);
    EXPECT_EQ(u1->endMs, 4000);
    clock.advance(3000);
    auto u2 = session.commit(QStringLiteral("زینب"), QStringLiteral("ہم ساتھ ہیں\nsecond line"), 4200);
    ASSERT_TRUE(u2.ok());
    EXPECT_EQ(u2->text, QStringLiteral("ہم ساتھ ہیں second line"));

    auto doc = project->document(session.documentId());
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->kind, DocumentKind::LiveSession);
    const QString text = project->documentText(doc->id);
    EXPECT_EQ(text, QStringLiteral("Айгуль: Мы сами 🤝 ведём программу\nزینب: ہم ساتھ ہیں second line\n"));
    EXPECT_EQ(doc->length, codePointCount(text));
    EXPECT_EQ(codePointSlice(text, u1->textStart, u1->textEnd), QStringLiteral("Мы сами 🤝 ведём программу"));

    const QList<SpeakerTurn> turns = project->speakerTurns(doc->id);
    ASSERT_EQ(turns.size(), 2);
    EXPECT_EQ(turns[0].timeStartMs.value_or(-1), 1500);
    EXPECT_EQ(turns[1].timeEndMs.value_or(-1), 7000);
    auto aigul = project->findCase(QStringLiteral("Айгуль"));
    ASSERT_TRUE(aigul);
    EXPECT_EQ(turns[0].caseId.value_or(0), aigul->id);
    EXPECT_EQ(project->attributeValues(AttributeScope::Case, aigul->id).value(QStringLiteral("Population served")),
              QStringLiteral("Sex workers"));

    const QList<Quote> quotes = project->quotes(doc->id);
    ASSERT_EQ(quotes.size(), 1);
    EXPECT_EQ(project->quoteText(quotes[0]), QStringLiteral("Мы сами 🤝 ведём программу"));
    EXPECT_EQ(project->codings(quotes[0].id).size(), 2);

    // Shift+key: code the last committed utterance.
    ASSERT_TRUE(session.codeUtterance(u2->turnId, rights).ok());
    const QList<live::Utterance> all = session.utterances();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].codes, (QList<Id>{kpLed, rights}));
    EXPECT_EQ(all[1].codes, QList<Id>{rights});
    EXPECT_EQ(all[1].speaker, QStringLiteral("زینب"));

    // One operation per utterance: undo removes the last coding, then the utterance.
    ASSERT_TRUE(project->undo().ok());
    ASSERT_TRUE(project->undo().ok());
    EXPECT_EQ(project->documentText(doc->id), QStringLiteral("Айгуль: Мы сами 🤝 ведём программу\n"));
    EXPECT_EQ(project->speakerTurns(doc->id).size(), 1);
    ASSERT_TRUE(project->redo().ok());
    EXPECT_EQ(project->speakerTurns(doc->id).size(), 2);
    EXPECT_TRUE(checkIntegrity(*project).ok()) << checkIntegrity(*project).problems.join(QLatin1Char('\n')).toStdString();
}

TEST(LiveSession, BadInputIsRefusedAndChangesNothing)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("bad.crosscut")), QStringLiteral("intersectional"));
    auto roster = live::parseRosterCsv(kRoster, QStringLiteral("roster.csv"));
    ASSERT_TRUE(roster.ok());
    auto session = live::LiveSession::start(*project, {QStringLiteral("S"), {}, {}, {}}, *roster, {});
    ASSERT_TRUE(session.ok());
    const int ops = project->history(1000).size();
    EXPECT_FALSE((*session)->commit(QStringLiteral("Nobody"), QStringLiteral("hello"), 0).ok());
    EXPECT_FALSE((*session)->commit(QStringLiteral("Ravi"), QStringLiteral("  \n "), 0).ok());
    EXPECT_FALSE((*session)->commit(QStringLiteral("Ravi"), QStringLiteral("hello"), 0, {999999}).ok());
    EXPECT_EQ(project->history(1000).size(), ops);
    EXPECT_EQ(project->documentText((*session)->documentId()), QString());
    EXPECT_EQ(project->quotes().size(), 0);
    // A second session with the same title, an empty roster, duplicate keys.
    EXPECT_FALSE(live::LiveSession::start(*project, {QStringLiteral("S"), {}, {}, {}}, *roster, {}).ok());
    EXPECT_FALSE(live::LiveSession::start(*project, {QStringLiteral("T"), {}, {}, {}}, {}, {}).ok());
    EXPECT_FALSE(live::parseRosterCsv("pseudonym,key\nA,1\nB,1\n", QStringLiteral("r.csv")).ok());
    EXPECT_FALSE(live::parseRosterCsv("name,key\nA,1\n", QStringLiteral("r.csv")).ok());
    auto tooMany = live::parseRosterCsv("pseudonym,key\nA,1,x\n", QStringLiteral("r.csv"));
    ASSERT_FALSE(tooMany.ok());
    EXPECT_TRUE(tooMany.message().contains(QStringLiteral("line 2"))) << tooMany.message().toStdString();
    EXPECT_EQ(project->history(1000).size(), ops);
}

TEST(LiveSession, ClockRosterAndDraftSurviveReopening)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("resume.crosscut"));
    FakeClock clock;
    Id document = 0;
    {
        auto project = createProject(path, QStringLiteral("intersectional"));
        auto roster = live::parseRosterCsv(kRoster, QStringLiteral("roster.csv"));
        auto session = live::LiveSession::start(*project, {QStringLiteral("Resume me"), {}, {}, {}}, *roster, {},
                                                clock.clock());
        ASSERT_TRUE(session.ok());
        document = (*session)->documentId();
        clock.advance(10'000);
        ASSERT_TRUE((*session)->pause().ok());
        EXPECT_EQ((*session)->elapsedMs(), 10'000);
        clock.advance(60'000);  // a break: the clock stands still
        EXPECT_EQ((*session)->elapsedMs(), 10'000);
        ASSERT_TRUE((*session)->resume().ok());
        clock.advance(5'000);
        EXPECT_EQ((*session)->elapsedMs(), 15'000);
        auto f = (*session)->flag(QStringLiteral("ask about funding"));
        ASSERT_TRUE(f.ok());
        EXPECT_EQ(f->timeMs, 15'000);
        ASSERT_TRUE((*session)->saveDraft({QStringLiteral("Sam"), QStringLiteral("half a senten"), 14'000, {7, 9}}).ok());
        // A draft is not an operation.
        EXPECT_EQ(project->undoLabel(), QObject::tr("Live: flag a moment"));
    }  // "crash": the project is closed with the session running
    clock.advance(2'000);
    auto project = openProject(path);
    ASSERT_TRUE(project);
    auto session = live::LiveSession::resume(*project, document, clock.clock());
    ASSERT_TRUE(session.ok()) << session.message().toStdString();
    EXPECT_EQ((*session)->elapsedMs(), 17'000);  // the room kept talking
    EXPECT_FALSE((*session)->isPaused());
    EXPECT_EQ((*session)->info().title, QStringLiteral("Resume me"));
    ASSERT_EQ((*session)->roster().size(), 4);
    EXPECT_EQ((*session)->roster()[2].pseudonym, QStringLiteral("زینب"));
    EXPECT_EQ((*session)->findSpeaker(QStringLiteral("4"))->pseudonym, QStringLiteral("Sam"));
    auto draft = (*session)->draft();
    ASSERT_TRUE(draft);
    EXPECT_EQ(draft->text, QStringLiteral("half a senten"));
    EXPECT_EQ(draft->speaker, QStringLiteral("Sam"));
    EXPECT_EQ(draft->startedMs.value_or(-1), 14'000);
    EXPECT_EQ(draft->codes, (QList<Id>{7, 9}));
    ASSERT_EQ((*session)->flags().size(), 1);
    EXPECT_EQ((*session)->flags()[0].note, QStringLiteral("ask about funding"));
    ASSERT_TRUE((*session)->commit(QStringLiteral("Sam"), QStringLiteral("half a sentence"), draft->startedMs.value()).ok());
    EXPECT_FALSE((*session)->draft());  // committing clears it

    // A draft with no codes on it (the usual case) is saved too.
    ASSERT_TRUE((*session)->saveDraft({QStringLiteral("Ravi"), QStringLiteral("no codes yet"), {}, {}}).ok());
    auto plain = (*session)->draft();
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->text, QStringLiteral("no codes yet"));
    EXPECT_TRUE(plain->codes.isEmpty());
    EXPECT_FALSE(plain->startedMs);
}

TEST(LiveSession, UndoingTheStartWorksWithADraftAndRedoBringsItBack)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("undo-start.crosscut")));
    auto session = live::LiveSession::start(*project, {QStringLiteral("Undo me"), {}, {}, {}},
                                            {{QStringLiteral("Ravi"), {}, {}, {}}}, {});
    ASSERT_TRUE(session.ok());
    const Id doc = (*session)->documentId();
    ASSERT_TRUE((*session)->saveDraft({QStringLiteral("Ravi"), QStringLiteral("hel"), {}, {}}).ok());
    ASSERT_TRUE((*session)->markCaptureOpen(true).ok());
    // The untracked draft and capture rows must not block the undo.
    const Status undone = project->undo();
    ASSERT_TRUE(undone.ok()) << undone.message().toStdString();
    EXPECT_FALSE(project->document(doc));
    EXPECT_TRUE(live::LiveSession::interruptedSessions(*project).isEmpty());
    EXPECT_TRUE(checkIntegrity(*project).ok()) << checkIntegrity(*project).problems.join(u'\n').toStdString();
    ASSERT_TRUE(project->redo().ok());
    auto again = live::LiveSession::resume(*project, doc);
    ASSERT_TRUE(again.ok());
    ASSERT_TRUE((*again)->draft());
    EXPECT_EQ((*again)->draft()->text, QStringLiteral("hel"));
}

TEST(LiveSession, DeletingALiveSessionIsUndoable)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("del.crosscut")), QStringLiteral("intersectional"));
    auto roster = live::parseRosterCsv(kRoster, QStringLiteral("roster.csv"));
    const Id code = *project->resolveCodePath(QStringLiteral("Perspective/Medical"));
    auto session = live::LiveSession::start(*project, {QStringLiteral("Gone"), {}, {}, {}}, *roster,
                                            {{QStringLiteral("F1"), code}});
    ASSERT_TRUE(session.ok());
    const Id doc = (*session)->documentId();
    ASSERT_TRUE((*session)->commit(QStringLiteral("Ravi"), QStringLiteral("text"), 0, {code}).ok());
    ASSERT_TRUE((*session)->flag().ok());
    auto count = [&](const char *table) {
        return project->database().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toInt();
    };
    ASSERT_TRUE(project->deleteDocument(doc).ok()) ;
    EXPECT_EQ(count("live_session") + count("live_roster") + count("live_flag") + count("live_code_key"), 0);
    const Status undone = project->undo();
    ASSERT_TRUE(undone.ok()) << undone.message().toStdString();
    EXPECT_EQ(count("live_session"), 1);
    EXPECT_EQ(count("live_roster"), 4);
    EXPECT_EQ(count("live_flag"), 1);
    EXPECT_EQ(count("live_code_key"), 1);
    const Status redone = project->redo();
    ASSERT_TRUE(redone.ok()) << redone.message().toStdString();
    EXPECT_EQ(count("live_session") + count("live_roster"), 0);
    EXPECT_TRUE(checkIntegrity(*project).ok());
}
