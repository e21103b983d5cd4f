#include "project/integrity.h"
#include "project/project.h"
#include "storage/schema.h"
#include "storage/sqlite.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

TEST(Project, CreateThenReopenKeepsData)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.crosscut"));
    Id docId = 0;
    {
        auto p = createProject(path);
        ASSERT_TRUE(p);
        auto doc = p->addDocument({QStringLiteral("one"), DocumentKind::Interview, QStringLiteral("Hello 😀 world\r\nline two"), {}, {}, true});
        ASSERT_TRUE(doc.ok()) << doc.message().toStdString();
        docId = *doc;
        auto code = p->addCode(std::nullopt, CodeSpec{QStringLiteral("Theme")});
        ASSERT_TRUE(code.ok());
        ASSERT_TRUE(p->applyCode(docId, 6, 7, *code).ok());
    }
    auto p = openProject(path);
    ASSERT_TRUE(p);
    auto doc = p->document(docId);
    ASSERT_TRUE(doc);
    // CRLF became LF before storing; the emoji is one code point.
    EXPECT_EQ(p->documentText(docId), QString::fromUtf8("Hello 😀 world\nline two"));
    EXPECT_EQ(doc->length, 22);
    const auto quotes = p->quotes(docId);
    ASSERT_EQ(quotes.size(), 1);
    EXPECT_EQ(p->quoteText(quotes.first()), QString::fromUtf8("😀"));
    EXPECT_TRUE(checkIntegrity(*p).ok());
}

TEST(Project, RefusesMissingFile)
{
    TempDir dir;
    auto r = Project::open(dir.path(QStringLiteral("missing.crosscut")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::NotFound);
    EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("missing.crosscut"))));
}

TEST(Project, RefusesNonSqliteFileUnchanged)
{
    TempDir dir;
    const QByteArray content = "document,start,end\nnot a database\n";
    const QString path = dir.writeFile(QStringLiteral("notes.crosscut"), content);
    auto r = Project::open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::NotAProject);
    EXPECT_TRUE(r.message().contains(QStringLiteral("not a Crosscut project")));
    EXPECT_EQ(readAll(path), content);
}

TEST(Project, RefusesForeignSqliteFileUnchanged)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("other.sqlite"));
    {
        auto db = sql::Database::open(path, sql::Database::Mode::CreateNew);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->execScript(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);")).ok());
    }
    const QByteArray before = readAll(path);
    auto r = Project::open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::NotAProject);
    EXPECT_EQ(readAll(path), before);
}

TEST(Project, RefusesNewerVersionUnchanged)
{
    if (!testKey().isEmpty())
        GTEST_SKIP() << "edits the file's raw SQLite pages, which an encrypted project does not expose";
    TempDir dir;
    const QString path = dir.path(QStringLiteral("future.crosscut"));
    { createProject(path); }
    {
        auto db = sql::Database::open(path, sql::Database::Mode::OpenExisting);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->execScript(QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA user_version = %1")
                                       .arg(schema::currentVersion() + 1)).ok());
    }
    const QByteArray before = readAll(path);
    auto r = Project::open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::TooNew);
    EXPECT_TRUE(r.message().contains(QStringLiteral("newer Crosscut")));
    EXPECT_EQ(readAll(path), before);
}

TEST(Project, RefusesSecondWriter)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("shared.crosscut"));
    auto first = createProject(path);
    ASSERT_TRUE(first);
    auto second = Project::open(path, testKey());
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().kind, ErrorKind::Locked);
    EXPECT_TRUE(second.message().contains(QStringLiteral("locked")));
    first.reset();
    auto third = Project::open(path, testKey());
    EXPECT_TRUE(third.ok()) << third.message().toStdString();
}

TEST(Project, RefusesCorruptFile)
{
    if (!testKey().isEmpty())
        GTEST_SKIP() << "edits the file's raw SQLite pages, which an encrypted project does not expose";
    TempDir dir;
    const QString path = dir.path(QStringLiteral("broken.crosscut"));
    {
        auto p = createProject(path, QStringLiteral("intersectional"));
        ASSERT_TRUE(p);
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    // Keep the 100-byte header, scribble over the schema page.
    for (qsizetype i = 100; i < std::min<qsizetype>(bytes.size(), 4096); ++i)
        bytes[i] = static_cast<char>(0xA5);
    f.seek(0);
    f.write(bytes);
    f.close();
    const QByteArray before = readAll(path);
    auto r = Project::open(path);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().kind == ErrorKind::Corrupt || r.error().kind == ErrorKind::NotAProject) << r.message().toStdString();
    EXPECT_EQ(readAll(path), before);
}

TEST(Project, CreateRefusesExistingFile)
{
    TempDir dir;
    const QString path = dir.writeFile(QStringLiteral("x.crosscut"), "keep me");
    auto r = Project::create(path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(readAll(path), QByteArray("keep me"));
}

TEST(Project, QuoteBoundsAreValidated)
{
    TempDir dir;
    auto p = createProject(dir.path(QStringLiteral("b.crosscut")));
    auto doc = p->addDocument({QStringLiteral("d"), DocumentKind::Interview, QStringLiteral("12345"), {}, {}, true});
    auto code = p->addCode(std::nullopt, CodeSpec{QStringLiteral("C")});
    ASSERT_TRUE(doc && code);
    EXPECT_FALSE(p->applyCode(*doc, -1, 2, *code).ok());
    EXPECT_FALSE(p->applyCode(*doc, 2, 2, *code).ok());
    EXPECT_FALSE(p->applyCode(*doc, 3, 6, *code).ok());
    EXPECT_TRUE(p->applyCode(*doc, 0, 5, *code).ok());
    EXPECT_EQ(p->quotes().size(), 1);
    EXPECT_EQ(p->codingCount(), 1);
    // Re-applying the same code to the same span is a no-op.
    EXPECT_TRUE(p->applyCode(*doc, 0, 5, *code).ok());
    EXPECT_EQ(p->codingCount(), 1);
}

TEST(Project, ChangeNotificationsNameTheRows)
{
    TempDir dir;
    auto p = createProject(dir.path(QStringLiteral("n.crosscut")));
    QList<ChangeList> seen;
    QObject::connect(p.get(), &Project::changed, p.get(), [&](const ChangeList &c) { seen.append(c); });
    auto code = p->addCode(std::nullopt, CodeSpec{QStringLiteral("Notified")});
    ASSERT_TRUE(code);
    ASSERT_EQ(seen.size(), 1);
    ASSERT_EQ(seen[0].rows.size(), 1);
    EXPECT_EQ(seen[0].rows[0].table, QStringLiteral("code"));
    EXPECT_EQ(seen[0].rows[0].op, RowChange::Op::Insert);
    EXPECT_EQ(seen[0].rows[0].id, *code);
    ASSERT_TRUE(p->undo().ok());
    ASSERT_EQ(seen.size(), 2);
    EXPECT_EQ(seen[1].rows[0].op, RowChange::Op::Delete);
}

TEST(Project, ANullShortcutOrDescriptionClearsIt)
{
    TempDir dir;
    auto p = createProject(dir.path(QStringLiteral("c.crosscut")));
    const Id code = *p->addCode(std::nullopt, CodeSpec{QStringLiteral("Theme"), {}, QStringLiteral("why"), QStringLiteral("Ctrl+T")});
    ASSERT_TRUE(p->setCodeShortcut(code, QString()).ok());
    ASSERT_TRUE(p->setCodeDescription(code, QString()).ok());
    EXPECT_TRUE(p->code(code)->shortcut.isEmpty());
    EXPECT_TRUE(p->code(code)->description.isEmpty());
    ASSERT_TRUE(p->undo().ok());
    EXPECT_EQ(p->code(code)->description, QStringLiteral("why"));
}

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

}  // namespace

// search and kwic open a project for reading only: no lock, no operation
// log, nothing written, and nothing left beside the file when they close.
TEST(Project, OpenForReadingWritesNothingAndLeavesNoFilesBehind)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("read.crosscut"));
    Id docId = 0;
    {
        auto p = createProject(path);
        ASSERT_TRUE(p);
        auto doc = p->addDocument({QStringLiteral("one"), DocumentKind::Interview, QStringLiteral("Доверие 😀 trust"), {}, {}, true});
        ASSERT_TRUE(doc.ok()) << doc.message().toStdString();
        docId = *doc;
    }
    const QByteArray before = fileBytes(path);
    ASSERT_FALSE(before.isEmpty());
    ASSERT_EQ(folderEntries(dir.path(QString())), QStringList{QStringLiteral("read.crosscut")});
    {
        auto reading = Project::openForReading(path, testKey());
        ASSERT_TRUE(reading.ok()) << reading.message().toStdString();
        Project &p = **reading;
        EXPECT_TRUE(p.isReadOnly());
        EXPECT_EQ(p.documentText(docId), QStringLiteral("Доверие 😀 trust"));
        auto refused = p.addCode(std::nullopt, CodeSpec{QStringLiteral("Theme")});
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().kind, ErrorKind::ReadOnly);
        EXPECT_TRUE(refused.message().contains(QStringLiteral("reading only"))) << refused.message().toStdString();
        // Not even a caller of database() can change the file; the temp
        // schema (search's index of live sessions) stays writable.
        sql::Database &db = p.database();
        for (const char *write : {"INSERT INTO code(name) VALUES ('x')", "DELETE FROM document",
                                  "UPDATE document SET name = 'y'", "CREATE TABLE main.t(x)", "DROP TABLE coding",
                                  "PRAGMA user_version = 99", "PRAGMA journal_mode = DELETE", "PRAGMA wal_checkpoint"}) {
            const Status s = db.execScript(QLatin1String(write));
            EXPECT_FALSE(s.ok()) << write;
            EXPECT_TRUE(s.message().contains(QLatin1String("not authorized"))) << write << ": " << s.message().toStdString();
        }
        EXPECT_TRUE(db.execScript(QStringLiteral("CREATE TEMP TABLE t(x); INSERT INTO temp.t VALUES (1)")).ok());
        EXPECT_TRUE(db.execScript(QStringLiteral("PRAGMA mmap_size = 1048576")).ok());
        EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM document"))->toInt(), 1);
        // No exclusive lock: a second reader opens it meanwhile.
        auto second = Project::openForReading(path, testKey());
        EXPECT_TRUE(second.ok()) << second.message().toStdString();
    }
    EXPECT_EQ(folderEntries(dir.path(QString())), QStringList{QStringLiteral("read.crosscut")});
    EXPECT_EQ(fileBytes(path), before);
    auto writer = Project::open(path, testKey());
    ASSERT_TRUE(writer.ok()) << writer.message().toStdString();
    EXPECT_TRUE((*writer)->codes().isEmpty());
}

TEST(Project, OpenForReadingIsRefusedWhileAWriterHoldsTheProject)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("held.crosscut"));
    auto writer = createProject(path);
    ASSERT_TRUE(writer);
    auto reading = Project::openForReading(path, testKey());
    ASSERT_FALSE(reading.ok());
    EXPECT_EQ(reading.error().kind, ErrorKind::Locked);
    EXPECT_TRUE(reading.message().contains(QStringLiteral("locked"))) << reading.message().toStdString();
    // The writer goes on as before.
    EXPECT_TRUE(writer->addCode(std::nullopt, CodeSpec{QStringLiteral("Theme")}).ok());
}
