// A live session's text grows by one document_chunk row per commit (schema
// version 4): the commit's cost and its undo record must not grow with the
// session, and every reader must see the same text as before — whole,
// sliced, edited, undone, after an upgrade from version 3, and checked.
#include "legacylive.h"
#include "live/livesession.h"
#include "live/utteranceedit.h"
#include "project/integrity.h"
#include "search/textsearch.h"
#include "storage/schema.h"
#include "support/testsupport.h"
#include "text/codepoints.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

const QString kSentence = QStringLiteral("Мы работаем вместе 🤝 and the alliance helps us reach people who use drugs, "
                                         "नमस्ते, زینب says peer navigators matter.");

std::unique_ptr<live::LiveSession> startSession(Project &project)
{
    auto s = live::LiveSession::start(project, {QStringLiteral("FGD Osh"), {}, {}, {}},
                                      {{QStringLiteral("Айгуль"), {}, {}, {}}, {QStringLiteral("Ravi"), {}, {}, {}}}, {});
    return s ? std::move(*s) : nullptr;
}

QString speakerOf(int i) { return i % 2 ? QStringLiteral("Ravi") : QStringLiteral("Айгуль"); }

QString lineOf(int i) { return speakerOf(i) + QStringLiteral(": ") + kSentence + QStringLiteral(" #%1\n").arg(i); }

qint64 scalar(Project &project, const QString &sqlText)
{
    auto v = project.database().scalar(sqlText);
    return v ? v->toLongLong() : -1;
}

void expectIntact(Project &project)
{
    const IntegrityReport report = checkIntegrity(project);
    EXPECT_TRUE(report.ok()) << report.problems.join(QLatin1Char('\n')).toStdString();
}

}  // namespace

TEST(LiveText, EachCommitAppendsOneChunkAndItsUndoRecordDoesNotGrow)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("live.crosscut")), QStringLiteral("intersectional"));
    const Id code = *project->resolveCodePath(QStringLiteral("Leadership/Key population-led"));
    auto session = startSession(*project);
    ASSERT_TRUE(session);
    const Id doc = session->documentId();
    QString expected;
    QList<qint64> changesetBytes;
    for (int i = 0; i < 400; ++i) {
        auto u = session->commit(speakerOf(i), kSentence + QStringLiteral(" #%1").arg(i), 0, {code});
        ASSERT_TRUE(u.ok()) << u.message().toStdString();
        EXPECT_EQ(u->turnStart, codePointCount(expected));
        expected += lineOf(i);
        changesetBytes.append(scalar(*project, QStringLiteral(
            "SELECT sum(coalesce(length(c.old), 0) + coalesce(length(c.new), 0)) FROM operation o "
            "JOIN operation_change c ON c.seq BETWEEN o.first_change AND o.last_change "
            "WHERE o.id = (SELECT max(id) FROM operation)")));
    }
    EXPECT_EQ(project->documentText(doc), expected);
    EXPECT_EQ(project->document(doc)->length, codePointCount(expected));
    EXPECT_EQ(scalar(*project, QStringLiteral("SELECT count(*) FROM document_chunk WHERE document_id = %1").arg(doc)), 400);
    EXPECT_EQ(scalar(*project, QStringLiteral("SELECT length(text) FROM document WHERE id = %1").arg(doc)), 0);
    // The 400th commit's undo record is the size of the 10th's (the text
    // was 60,000 code points longer): not a copy of the session's text.
    EXPECT_LT(changesetBytes.last(), 1500);
    EXPECT_LE(changesetBytes.last(), changesetBytes[9] + 16);
    expectIntact(*project);

    // Undo takes exactly the last line away; redo puts it back.
    ASSERT_TRUE(project->undo().ok());
    EXPECT_EQ(project->documentText(doc), expected.left(expected.size() - lineOf(399).size()));
    EXPECT_EQ(project->document(doc)->length, codePointCount(expected) - codePointCount(lineOf(399)));
    expectIntact(*project);
    ASSERT_TRUE(project->redo().ok());
    EXPECT_EQ(project->documentText(doc), expected);
    expectIntact(*project);

    // Quote texts come from the chunks.
    const QList<Quote> quotes = project->quotes(doc);
    ASSERT_EQ(quotes.size(), 400);
    EXPECT_EQ(project->quoteText(quotes.last()), kSentence + QStringLiteral(" #399"));
}

TEST(LiveText, SlicesAcrossChunkBoundariesMatchTheWholeText)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("slice.crosscut")));
    auto session = startSession(*project);
    ASSERT_TRUE(session);
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(session->commit(speakerOf(i), i % 2 ? QStringLiteral("🤝🏽 ok") : QStringLiteral("да"), 0).ok());
    const QString whole = project->documentText(session->documentId());
    const qint64 n = codePointCount(whole);
    for (qint64 start = 0; start <= n; ++start)
        for (qint64 end = start; end <= n + 2; ++end)
            ASSERT_EQ(project->documentSlice(session->documentId(), start, end), codePointSlice(whole, start, end))
                << start << "–" << end;
}

TEST(LiveText, EditingMergingAndSplittingRewriteOnlyTheTouchedChunks)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("edit.crosscut")), QStringLiteral("intersectional"));
    const Id code = *project->resolveCodePath(QStringLiteral("Nature of advocacy/Rights"));
    auto session = startSession(*project);
    ASSERT_TRUE(session);
    const Id doc = session->documentId();
    for (int i = 0; i < 30; ++i)
        ASSERT_TRUE(session->commit(speakerOf(i), QStringLiteral("line %1 🤝").arg(i), 0, {code}).ok());
    const QString before = project->documentText(doc);
    QList<live::Utterance> utterances = session->utterances();
    ASSERT_EQ(utterances.size(), 30);

    ASSERT_TRUE(live::editUtterance(*project, utterances[10].turnId, QStringLiteral("rewritten: नमस्ते")).ok());
    const QString edited = project->documentText(doc);
    EXPECT_TRUE(edited.contains(QStringLiteral("Айгуль: rewritten: नमस्ते\nRavi: line 11 🤝\n")));
    EXPECT_EQ(codePointCount(edited), project->document(doc)->length);
    // The other 29 lines were not rewritten: still 30 chunks, 29 untouched.
    EXPECT_EQ(scalar(*project, QStringLiteral("SELECT count(*) FROM document_chunk WHERE document_id = %1").arg(doc)), 30);
    expectIntact(*project);
    // Every later utterance's quote still holds its words.
    utterances = session->utterances();
    for (const Quote &q : project->quotes(doc))
        EXPECT_TRUE(project->quoteText(q).startsWith(QStringLiteral("line")) || project->quoteText(q).startsWith(QStringLiteral("rewritten")))
            << project->quoteText(q).toStdString();

    ASSERT_TRUE(live::mergeWithNext(*project, utterances[3].turnId).ok());
    ASSERT_TRUE(live::splitUtterance(*project, utterances[20].turnId, 5).ok());
    expectIntact(*project);
    EXPECT_EQ(session->utterances().size(), 30);
    EXPECT_EQ(codePointCount(project->documentText(doc)), project->document(doc)->length);

    // Commits after the edits append where the text now ends.
    auto u = session->commit(QStringLiteral("Ravi"), QStringLiteral("after the edits"), 0, {code});
    ASSERT_TRUE(u.ok());
    EXPECT_EQ(project->documentSlice(doc, u->textStart, u->textEnd), QStringLiteral("after the edits"));
    expectIntact(*project);

    // Undoing all four brings back the exact text.
    for (int i = 0; i < 4; ++i)
        ASSERT_TRUE(project->undo().ok());
    EXPECT_EQ(project->documentText(doc), before);
    expectIntact(*project);
}

TEST(LiveText, ASessionWrittenByVersion3KeepsItsTextGrowsByChunksAndItsHistoryUndoes)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v3.crosscut"));
    Id doc = 0;
    {
        auto project = createProject(path);
        auto session = startSession(*project);
        ASSERT_TRUE(session);
        doc = session->documentId();
        for (int i = 0; i < 3; ++i)
            ASSERT_TRUE(commitAsVersion3(*project, doc, speakerOf(i), QStringLiteral("old line %1").arg(i)).ok());
    }
    {
        // Version 3's layout: no document_chunk table.
        auto raw = sql::Database::open(path, sql::Database::Mode::OpenExisting);
        ASSERT_TRUE(raw.ok());
        ASSERT_TRUE(raw->execScript(QStringLiteral("DROP TABLE document_chunk; DROP TABLE live_capture; DROP TABLE live_clock; DROP TABLE live_gap; ALTER TABLE attribute DROP COLUMN identifying; PRAGMA user_version = 3;")).ok());
    }
    auto project = openProject(path);
    ASSERT_TRUE(project);
    EXPECT_GE(schema::currentVersion(), 4);
    EXPECT_EQ(scalar(*project, QStringLiteral("PRAGMA user_version")), schema::currentVersion());
    const QString old = QStringLiteral("Айгуль: old line 0\nRavi: old line 1\nАйгуль: old line 2\n");
    EXPECT_EQ(project->documentText(doc), old);
    expectIntact(*project);

    auto session = live::LiveSession::resume(*project, doc);
    ASSERT_TRUE(session.ok());
    auto u = (*session)->commit(QStringLiteral("Ravi"), QStringLiteral("new line"), 0);
    ASSERT_TRUE(u.ok());
    EXPECT_EQ(project->documentText(doc), old + QStringLiteral("Ravi: new line\n"));
    EXPECT_EQ(project->documentSlice(doc, u->textStart - 8, u->textEnd), QStringLiteral("2\nRavi: new line"));
    expectIntact(*project);
    auto hits = search::search(*project, QStringLiteral("new"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->at(0).start, u->textStart);

    // Editing an utterance that lies in document.text moves the whole text
    // into one chunk, so that later commits stay cheap.
    const QList<live::Utterance> utterances = (*session)->utterances();
    ASSERT_EQ(utterances.size(), 4);
    ASSERT_TRUE(live::editUtterance(*project, utterances[1].turnId, QStringLiteral("edited")).ok());
    EXPECT_EQ(project->documentText(doc),
              QStringLiteral("Айгуль: old line 0\nRavi: edited\nАйгуль: old line 2\nRavi: new line\n"));
    EXPECT_EQ(scalar(*project, QStringLiteral("SELECT length(text) FROM document WHERE id = %1").arg(doc)), 0);
    expectIntact(*project);

    // Undo goes back through the edit, the new commit and the three commits
    // written by version 3.
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(project->undo().ok()) << i;
    EXPECT_EQ(project->documentText(doc), QString());
    EXPECT_TRUE((*session)->utterances().isEmpty());
    expectIntact(*project);
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(project->redo().ok()) << i;
    EXPECT_EQ(project->documentText(doc),
              QStringLiteral("Айгуль: old line 0\nRavi: edited\nАйгуль: old line 2\nRavi: new line\n"));
    expectIntact(*project);
}

TEST(LiveText, CheckFindsAGapOrAMislabelledChunk)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("gap.crosscut")));
    auto session = startSession(*project);
    ASSERT_TRUE(session);
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(session->commit(speakerOf(i), QStringLiteral("line"), 0).ok());
    expectIntact(*project);
    ASSERT_TRUE(project->database().exec(QStringLiteral("UPDATE document_chunk SET start = start + 1 WHERE id = "
                                                        "(SELECT max(id) FROM document_chunk)")).ok());
    IntegrityReport report = checkIntegrity(*project);
    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("text chunk")))
        << report.problems.join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(project->database().exec(QStringLiteral("UPDATE document_chunk SET start = start - 1, length = length + 1 "
                                                        "WHERE id = (SELECT max(id) FROM document_chunk)")).ok());
    report = checkIntegrity(*project);
    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("expected")));
}
