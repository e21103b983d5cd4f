// Opening a version-1 project (tests/fixtures/schema/v1.crosscut, written
// before live sessions existed) upgrades it in place (through version 2, live sessions, to the current version) with all
// its data intact.
#include "live/livesession.h"
#include "project/integrity.h"
#include "storage/schema.h"
#include "support/testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

TEST(SchemaUpgrade, Version1FixtureOpensAsCurrentVersionWithDataIntact)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v1.crosscut"));
    ASSERT_TRUE(QFile::copy(fixture(QStringLiteral("schema/v1.crosscut")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto raw = sql::Database::open(path, sql::Database::Mode::OpenExisting);
        ASSERT_TRUE(raw.ok());
        EXPECT_EQ(raw->scalar(QStringLiteral("PRAGMA user_version"))->toInt(), 1);
    }
    auto project = openProject(path);
    ASSERT_TRUE(project);
    EXPECT_GE(schema::currentVersion(), 6);
    EXPECT_EQ(project->database().scalar(QStringLiteral("PRAGMA user_version"))->toInt(), schema::currentVersion());
    for (const char *table : {"live_session", "live_roster", "live_flag", "live_code_key", "live_draft", "document_chunk",
                              "live_clock", "live_gap"})
        EXPECT_EQ(project->database()
                      .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(table)))
                      ->toInt(),
                  1)
            << table;

    // The fixture's data, as written by version 1.
    auto doc = project->findDocument(QStringLiteral("Interview Bishkek"));
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->length, 100);
    const QList<SpeakerTurn> turns = project->speakerTurns(doc->id);
    ASSERT_EQ(turns.size(), 2);
    EXPECT_EQ(turns[0].speaker, QStringLiteral("Айгуль"));
    EXPECT_EQ(turns[1].timeEndMs.value_or(0), 9000);
    const QList<Quote> quotes = project->quotes(doc->id);
    ASSERT_EQ(quotes.size(), 2);
    EXPECT_EQ(project->quoteText(quotes[0]), QStringLiteral("Мы работаем вместе 🤝 с"));
    EXPECT_EQ(project->codingCount(), 3);
    EXPECT_EQ(project->codes().size(), 45);
    auto ravi = project->findCase(QStringLiteral("Ravi"));
    ASSERT_TRUE(ravi);
    EXPECT_EQ(project->attributeValues(AttributeScope::Case, ravi->id).value(QStringLiteral("Country")),
              QStringLiteral("Nepal"));
    EXPECT_EQ(project->memos(MemoTarget::Quote).size(), 1);
    EXPECT_TRUE(checkIntegrity(*project).ok()) << checkIntegrity(*project).problems.join(QLatin1Char('\n')).toStdString();

    // Undo history written by version 1 still replays.
    EXPECT_TRUE(project->canUndo());
    EXPECT_TRUE(project->undo().ok());
    EXPECT_EQ(project->memos(MemoTarget::Quote).size(), 0);

    // And the upgraded file takes a live session.
    auto session = live::LiveSession::start(*project, {QStringLiteral("Upgraded FGD"), {}, {}, {}},
                                            {{QStringLiteral("Ravi"), {}, ravi->id, {}}}, {});
    ASSERT_TRUE(session.ok()) << session.message().toStdString();
    EXPECT_TRUE((*session)->commit(QStringLiteral("Ravi"), QStringLiteral("नमस्ते"), 0).ok());
    project.reset();
    auto reopened = openProject(path);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(live::LiveSession::sessions(*reopened).size(), 1);
}
