// Every bad input gets a clear message, a non-zero exit below 128, and
// leaves the project exactly as it was.
#include "storage/schema.h"
#include "support/testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

struct Fixture {
    TempDir dir;
    QString path = dir.path(QStringLiteral("p.crosscut"));
    Fixture()
    {
        auto p = createProject(path, QStringLiteral("intersectional"));
        auto doc = p->addDocument({QStringLiteral("interview-1"), DocumentKind::Interview,
                                   QString::fromUtf8("Respondent: Мы 😀 работаем вместе.\n"), {}, {}, true});
        EXPECT_TRUE(doc.ok());
        EXPECT_TRUE(p->applyCode(*doc, 0, 10, *p->resolveCodePath(QStringLiteral("Leadership/Provider-led"))).ok());
    }
    QByteArray bytes() const { return readAll(path); }
};

void expectRefused(const CliResult &r, const QString &needle)
{
    EXPECT_GT(r.exitCode, 0);
    EXPECT_LT(r.exitCode, 128);
    EXPECT_TRUE(r.err.contains(needle)) << "stderr: " << r.err.toStdString() << "\nexpected: " << needle.toStdString();
}

}  // namespace

TEST(CliBadInput, CsvRowsAbortWithLineNumberAndWriteNothing)
{
    struct Case {
        const char *row;
        const char *message;
    };
    // The document is 34 code points long.
    const QList<Case> cases = {
        {"nosuchdoc,0,5,Leadership/Provider-led,ana", "line 3: no document named \"nosuchdoc\""},
        {"interview-1,0,5,Leadership/Nobody-led,ana", "line 3: no code \"Leadership/Nobody-led\""},
        {"interview-1,zero,5,Leadership/Provider-led,ana", "line 3: start \"zero\" is not a whole number"},
        {"interview-1,0,5.5,Leadership/Provider-led,ana", "line 3: end \"5.5\" is not a whole number"},
        {"interview-1,-1,5,Leadership/Provider-led,ana", "line 3: span -1–5 is not a valid quote"},
        {"interview-1,30,35,Leadership/Provider-led,ana", "line 3: span 30–35 is not a valid quote"},
        {"interview-1,7,7,Leadership/Provider-led,ana", "line 3: span 7–7 is not a valid quote"},
        {"interview-1,9,3,Leadership/Provider-led,ana", "line 3: span 9–3 is not a valid quote"},
        {"interview-1,0", "line 3: expected at least 4 fields"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.row);
        Fixture f;
        const QByteArray before = f.bytes();
        const QString csvPath = f.dir.writeFile(QStringLiteral("bad.csv"),
                                                QByteArray("document,start,end,code,coder\n"
                                                           "interview-1,12,15,Origin/Civil society,ana\n")
                                                    + c.row + "\ninterview-1,16,20,Origin/Civil society,ana\n");
        expectRefused(runCli({QStringLiteral("code"), f.path, QStringLiteral("--from"), csvPath}), QString::fromUtf8(c.message));
        EXPECT_EQ(f.bytes(), before);
        EXPECT_FALSE(QFile::exists(f.path + QStringLiteral("-wal")));
    }
}

TEST(CliBadInput, MalformedCsvFiles)
{
    Fixture f;
    const QByteArray before = f.bytes();
    expectRefused(runCli({QStringLiteral("code"), f.path, QStringLiteral("--from"), f.dir.path(QStringLiteral("none.csv"))}),
                  QStringLiteral("no such file"));
    const QString noHeader = f.dir.writeFile(QStringLiteral("h.csv"), "doc,begin,finish,tag\ninterview-1,0,5,x\n");
    expectRefused(runCli({QStringLiteral("code"), f.path, QStringLiteral("--from"), noHeader}),
                  QStringLiteral("line 1: the header must name the columns"));
    const QString unclosed = f.dir.writeFile(QStringLiteral("u.csv"), "document,start,end,code\n\"interview-1,0,5,x\n");
    expectRefused(runCli({QStringLiteral("code"), f.path, QStringLiteral("--from"), unclosed}),
                  QStringLiteral("line 2: a quoted field is never closed"));
    const QString latin1 = f.dir.writeFile(QStringLiteral("l.csv"), "document,start,end,code\ninterview-\xe9,0,5,x\n");
    expectRefused(runCli({QStringLiteral("code"), f.path, QStringLiteral("--from"), latin1}), QStringLiteral("not valid UTF-8"));
    EXPECT_EQ(f.bytes(), before);
}

TEST(CliBadInput, SingleCodeErrors)
{
    Fixture f;
    const QByteArray before = f.bytes();
    auto code = [&](const QString &doc, const QString &start, const QString &end, const QString &path) {
        return runCli({QStringLiteral("code"), f.path, QStringLiteral("--doc"), doc, QStringLiteral("--start"), start,
                       QStringLiteral("--end"), end, QStringLiteral("--code"), path});
    };
    expectRefused(code(QStringLiteral("missing"), QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("Leadership")),
                  QStringLiteral("no document named \"missing\""));
    expectRefused(code(QStringLiteral("interview-1"), QStringLiteral("0"), QStringLiteral("99"), QStringLiteral("Leadership")),
                  QStringLiteral("not a valid quote"));
    expectRefused(code(QStringLiteral("interview-1"), QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("#9999")),
                  QStringLiteral("no code with id #9999"));
    auto usage = runCli({QStringLiteral("code"), f.path, QStringLiteral("--doc"), QStringLiteral("interview-1")});
    EXPECT_EQ(usage.exitCode, 2);
    auto unknown = runCli({QStringLiteral("code"), f.path, QStringLiteral("--bogus"), QStringLiteral("1")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown option --bogus")));
    EXPECT_EQ(f.bytes(), before);
}

TEST(CliBadInput, OpeningRefusalsSayWhichProblemItIs)
{
    TempDir dir;
    // Not a project at all.
    const QString text = dir.writeFile(QStringLiteral("notes.txt"), "just some notes\n");
    auto r = runCli({QStringLiteral("codebook"), text});
    expectRefused(r, QStringLiteral("not a Crosscut project"));
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_EQ(readAll(text), QByteArray("just some notes\n"));

    // Missing.
    r = runCli({QStringLiteral("quotes"), dir.path(QStringLiteral("nope.crosscut"))});
    expectRefused(r, QStringLiteral("no such project file"));
    EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("nope.crosscut"))));

    // Locked by another writer (this test process holds it open).
    Fixture f;
    {
        auto holder = openProject(f.path);
        r = runCli({QStringLiteral("code"), f.path, QStringLiteral("--doc"), QStringLiteral("interview-1"), QStringLiteral("--start"),
                    QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("3"), QStringLiteral("--code"), QStringLiteral("Leadership")});
        expectRefused(r, QStringLiteral("locked"));
        EXPECT_EQ(r.exitCode, 6);
        EXPECT_EQ(holder->codingCount(), 1);
    }

    // Newer than this build.
    {
        auto db = sql::Database::open(f.path, sql::Database::Mode::OpenExisting);
        ASSERT_TRUE(db->execScript(QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA user_version = %1")
                                       .arg(schema::currentVersion() + 5)).ok());
    }
    const QByteArray newer = readAll(f.path);
    r = runCli({QStringLiteral("quotes"), f.path});
    expectRefused(r, QStringLiteral("newer Crosscut"));
    EXPECT_EQ(r.exitCode, 7);
    EXPECT_EQ(readAll(f.path), newer);

    // Corrupt: a valid header followed by garbage pages.
    QByteArray corrupt = newer;
    for (qsizetype i = 100; i < corrupt.size(); ++i)
        corrupt[i] = static_cast<char>(i * 7);
    const QString corruptPath = dir.writeFile(QStringLiteral("corrupt.crosscut"), corrupt);
    r = runCli({QStringLiteral("quotes"), corruptPath});
    EXPECT_GT(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("corrupt")) || r.err.contains(QStringLiteral("not a Crosscut project")))
        << r.err.toStdString();
    EXPECT_EQ(readAll(corruptPath), corrupt);
}

TEST(CliBadInput, ReadOnlyProjectIsRefused)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "running as root: file permissions do not stop root, so read-only cannot be simulated";
    Fixture f;
    QFile::setPermissions(f.path, QFile::ReadOwner);
    const QByteArray before = f.bytes();
    auto r = runCli({QStringLiteral("quotes"), f.path});
    expectRefused(r, QStringLiteral("read-only"));
    EXPECT_EQ(f.bytes(), before);
}

TEST(CliBadInput, UsageErrors)
{
    auto r = runCli({});
    EXPECT_EQ(r.exitCode, 2);
    r = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    TempDir dir;
    const QString existing = dir.writeFile(QStringLiteral("x.crosscut"), "keep");
    r = runCli({QStringLiteral("init"), existing});
    expectRefused(r, QStringLiteral("already exists"));
    EXPECT_EQ(readAll(existing), QByteArray("keep"));
    r = runCli({QStringLiteral("init"), dir.path(QStringLiteral("t.crosscut")), QStringLiteral("--template"), QStringLiteral("nope")});
    expectRefused(r, QStringLiteral("no codebook template \"nope\""));
    EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("t.crosscut"))));
}
