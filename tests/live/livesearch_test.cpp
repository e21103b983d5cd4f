// Schema version 3 keeps live sessions out of document_fts so that a commit
// does not re-tokenize the whole session: search must still find words said
// in a live session, at document code-point offsets, and undo of a commit
// must take them away again. Also upgrading a version-2 file (whose
// document_fts still indexed live sessions) to version 3.
#include "live/livesession.h"
#include "project/integrity.h"
#include "search/textsearch.h"
#include "storage/schema.h"
#include "storage/sqlite.h"
#include "legacylive.h"
#include "support/testsupport.h"
#include "text/codepoints.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

int ftsMatches(Project &project, const QString &query)
{
    auto n = project.database().scalar(
        QStringLiteral("SELECT count(*) FROM document_fts WHERE document_fts MATCH '%1'").arg(query));
    return n ? n->toInt() : -1;
}

std::unique_ptr<live::LiveSession> startSession(Project &project)
{
    auto session = live::LiveSession::start(project, {QStringLiteral("FGD Osh"), {}, {}, {}},
                                            {{QStringLiteral("Айгуль"), {}, {}, {}}, {QStringLiteral("Ravi"), {}, {}, {}}}, {});
    return session ? std::move(*session) : nullptr;
}

}  // namespace

TEST(LiveSearch, WordsSaidLiveAreFoundAtCodePointOffsetsAndUndoRemovesThem)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("s.crosscut")));
    ASSERT_TRUE(project);
    NewDocument interview;
    interview.name = QStringLiteral("Interview Bishkek");
    interview.text = QStringLiteral("Аутрич работники говорят о доверии.\n");
    ASSERT_TRUE(project->addDocument(interview).ok());
    auto session = startSession(*project);
    ASSERT_TRUE(session);
    auto first = session->commit(QStringLiteral("Айгуль"), QStringLiteral("Мы 🤝 доверие строим годами"), 0);
    ASSERT_TRUE(first.ok()) << first.message().toStdString();
    auto second = session->commit(QStringLiteral("Ravi"), QStringLiteral("Outreach 🙂 needs trust"), 0);
    ASSERT_TRUE(second.ok());

    // Only the interview is in the full-text index; the live session is not.
    EXPECT_EQ(ftsMatches(*project, QStringLiteral("Outreach")), 0);
    EXPECT_EQ(ftsMatches(*project, QStringLiteral("доверии")), 1);

    auto hits = search::search(*project, QStringLiteral("outreach"));
    ASSERT_TRUE(hits.ok()) << hits.message().toStdString();
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->at(0).documentId, session->documentId());
    EXPECT_EQ(hits->at(0).start, second->textStart);
    EXPECT_EQ(hits->at(0).end, second->textStart + 8);
    const QString text = project->documentText(session->documentId());
    EXPECT_EQ(codePointSlice(text, hits->at(0).start, hits->at(0).end), QStringLiteral("Outreach"));

    // "trust" lies after an emoji (two UTF-16 units, one code point).
    auto trust = search::search(*project, QStringLiteral("trust"));
    ASSERT_TRUE(trust.ok());
    ASSERT_EQ(trust->size(), 1);
    EXPECT_EQ(trust->at(0).start, second->textStart + codePointCount(QStringLiteral("Outreach 🙂 needs ")));

    EXPECT_TRUE(checkIntegrity(*project).ok()) << checkIntegrity(*project).problems.join(QLatin1Char('\n')).toStdString();

    ASSERT_TRUE(project->undo().ok());
    auto gone = search::search(*project, QStringLiteral("outreach"));
    ASSERT_TRUE(gone.ok());
    EXPECT_TRUE(gone->isEmpty());
    ASSERT_TRUE(project->redo().ok());
    auto back = search::search(*project, QStringLiteral("outreach"));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->size(), 1);
    EXPECT_TRUE(checkIntegrity(*project).ok());

    // Malformed queries are still refused.
    EXPECT_FALSE(search::search(*project, QStringLiteral("\"unbalanced")).ok());
}

// crosscut-cli search opens a project for reading only (no operation log, no
// lock): its temporary index of live sessions is built all the same, and the
// words said live are found at the offsets a writable open gives.
TEST(LiveSearch, AProjectOpenedForReadingFindsWordsSaidLive)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("r.crosscut"));
    qint64 said = 0;
    Id sessionDoc = 0;
    {
        auto project = createProject(path);
        ASSERT_TRUE(project);
        auto session = startSession(*project);
        ASSERT_TRUE(session);
        auto line = session->commit(QStringLiteral("Ravi"), QStringLiteral("Мы 🤝 outreach строим"), 0);
        ASSERT_TRUE(line.ok()) << line.message().toStdString();
        said = line->textStart + codePointCount(QStringLiteral("Мы 🤝 "));
        sessionDoc = session->documentId();
    }
    auto reading = Project::openForReading(path, testKey());
    ASSERT_TRUE(reading.ok()) << reading.message().toStdString();
    auto hits = search::search(**reading, QStringLiteral("outreach"));
    ASSERT_TRUE(hits.ok()) << hits.message().toStdString();
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->at(0).documentId, sessionDoc);
    EXPECT_EQ(hits->at(0).start, said);
    EXPECT_EQ(hits->at(0).end, said + 8);
    EXPECT_TRUE(search::search(**reading, QStringLiteral("nowhere"))->isEmpty());
}

TEST(LiveSearch, OperatorsMeanTheSameInLiveSessionsAsInInterviews)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("ops.crosscut")));
    ASSERT_TRUE(project);
    NewDocument interview;
    interview.name = QStringLiteral("Interview Pokhara");
    interview.text = QStringLiteral("peer navigators support people who use drugs\n");
    const Id interviewId = *project->addDocument(interview);
    auto session = startSession(*project);
    ASSERT_TRUE(session);
    const Id liveId = session->documentId();
    ASSERT_TRUE(session->commit(QStringLiteral("Ravi"), QStringLiteral("peer support groups meet weekly"), 0).ok());
    ASSERT_TRUE(session->commit(QStringLiteral("Айгуль"), QStringLiteral("навигаторы помогают людям"), 0).ok());

    auto documentsOf = [&](const QString &query) {
        QSet<Id> ids;
        auto hits = search::search(*project, query);
        EXPECT_TRUE(hits.ok()) << query.toStdString() << ": " << hits.message().toStdString();
        if (hits)
            for (const search::SearchHit &h : *hits)
                ids.insert(h.documentId);
        return ids;
    };
    // Both documents say "peer" and "support"; only the interview says "navigators".
    EXPECT_EQ(documentsOf(QStringLiteral("peer AND support")), (QSet<Id>{interviewId, liveId}));
    EXPECT_EQ(documentsOf(QStringLiteral("peer NOT navigators")), QSet<Id>{liveId});
    EXPECT_EQ(documentsOf(QStringLiteral("peer NOT groups")), QSet<Id>{interviewId});
    EXPECT_EQ(documentsOf(QStringLiteral("NEAR(peer groups, 1)")), QSet<Id>{liveId});
    EXPECT_EQ(documentsOf(QStringLiteral("NEAR(peer weekly, 1)")), QSet<Id>{});
    EXPECT_EQ(documentsOf(QStringLiteral("\"support groups\"")), QSet<Id>{liveId});
    EXPECT_EQ(documentsOf(QStringLiteral("навигатор*")), QSet<Id>{liveId});
    EXPECT_FALSE(search::search(*project, QStringLiteral("peer NOT")).ok());
    // Searching wrote nothing to the project.
    EXPECT_FALSE(project->database().scalar(QStringLiteral("SELECT count(*) FROM operation WHERE label LIKE '%search%'"))->toInt());
    EXPECT_TRUE(checkIntegrity(*project).ok());
}

TEST(LiveSearch, Version2FileUpgradesToVersion3WithLiveSessionsOutOfTheIndex)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v2.crosscut"));
    Id liveDocument = 0;
    {
        auto project = createProject(path);
        ASSERT_TRUE(project);
        NewDocument interview;
        interview.name = QStringLiteral("Interview Kathmandu");
        interview.text = QStringLiteral("नमस्ते outreach workers\n");
        ASSERT_TRUE(project->addDocument(interview).ok());
        auto session = startSession(*project);
        ASSERT_TRUE(session);
        liveDocument = session->documentId();
        // Written as versions 2 and 3 did: into document.text.
        ASSERT_TRUE(commitAsVersion3(*project, liveDocument, QStringLiteral("Ravi"), QStringLiteral("peer navigators 🤝 matter")).ok());
    }
    {
        // Put the file back into version 2's layout: no document_chunk (the
        // text is in document.text), document_fts indexing every document
        // through plain triggers.
        auto raw = sql::Database::open(path, sql::Database::Mode::OpenExisting);
        ASSERT_TRUE(raw.ok());
        ASSERT_TRUE(raw->execScript(QStringLiteral(
                        "DROP TABLE document_chunk; DROP TABLE live_capture; DROP TABLE live_clock; DROP TABLE live_gap;"
                        "DROP TRIGGER document_fts_insert; DROP TRIGGER document_fts_delete; DROP TRIGGER document_fts_update;"
                        "DROP TABLE document_fts; DROP VIEW document_fts_content;"
                        "CREATE VIRTUAL TABLE document_fts USING fts5(name, text, content='document', content_rowid='id',"
                        " tokenize='unicode61 remove_diacritics 2');"
                        "INSERT INTO document_fts(document_fts) VALUES ('rebuild');"
                        "CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN"
                        " INSERT INTO document_fts(rowid, name, text) VALUES (new.id, new.name, new.text); END;"
                        "CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN"
                        " INSERT INTO document_fts(document_fts, rowid, name, text) VALUES ('delete', old.id, old.name, old.text); END;"
                        "CREATE TRIGGER document_fts_update AFTER UPDATE OF name, text ON document BEGIN"
                        " INSERT INTO document_fts(document_fts, rowid, name, text) VALUES ('delete', old.id, old.name, old.text);"
                        " INSERT INTO document_fts(rowid, name, text) VALUES (new.id, new.name, new.text); END;"
                        "ALTER TABLE attribute DROP COLUMN identifying;"  // version 6
                        "PRAGMA user_version = 2;"))
                        .ok());
        EXPECT_EQ(raw->scalar(QStringLiteral("SELECT count(*) FROM document_fts WHERE document_fts MATCH 'navigators'"))->toInt(), 1);
    }
    auto project = openProject(path);
    ASSERT_TRUE(project);
    EXPECT_GE(schema::currentVersion(), 4);
    EXPECT_EQ(project->database().scalar(QStringLiteral("PRAGMA user_version"))->toInt(), schema::currentVersion());
    EXPECT_EQ(ftsMatches(*project, QStringLiteral("navigators")), 0);
    EXPECT_EQ(ftsMatches(*project, QStringLiteral("outreach")), 1);
    EXPECT_TRUE(checkIntegrity(*project).ok()) << checkIntegrity(*project).problems.join(QLatin1Char('\n')).toStdString();

    auto hits = search::search(*project, QStringLiteral("navigators"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->at(0).documentId, liveDocument);
    EXPECT_EQ(hits->at(0).start, codePointCount(QStringLiteral("Ravi: peer ")));

    // The session goes on after the upgrade, and its history still undoes.
    auto session = live::LiveSession::resume(*project, liveDocument);
    ASSERT_TRUE(session.ok());
    ASSERT_TRUE((*session)->commit(QStringLiteral("Айгуль"), QStringLiteral("और भी"), 0).ok());
    EXPECT_EQ((*session)->utterances().size(), 2);
    ASSERT_TRUE(project->undo().ok());
    ASSERT_TRUE(project->undo().ok());
    EXPECT_TRUE((*session)->utterances().isEmpty());
    EXPECT_TRUE(checkIntegrity(*project).ok());
}
