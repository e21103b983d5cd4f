// Hostile import files (issue 12), each built here and imported through the
// real crosscut-cli under a memory cap: a regression fails with an error or a
// crash instead of swapping the machine. A refused file changes nothing.
#include "import/documentreader.h"
#include "import/importlimits.h"
#include "import/markdowntext.h"
#include "import/subtitles.h"
#include "import/textdecoding.h"
#include "importtestfiles.h"
#include "storage/sqlite.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <sqlcipher/sqlite3.h>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
// Room for crosscut-cli's libraries and a normal import; far below what the
// defects took (8.4 GB for one text:s, 9.4 GB for a 1 GiB zip bomb).
constexpr qint64 kCliMemory = 1024 * kMiB;

const QByteArray kOdtHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                            "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>";
const QByteArray kOdtTail = "</office:text></office:body></office:document-content>";
const QByteArray kDocxHead = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                             "<w:body><w:p><w:r><w:t>";
const QByteArray kDocxTail = "</w:t></w:r></w:p></w:body></w:document>";

struct Fixture {
    TempDir dir;
    QString project = dir.path(QStringLiteral("p.crosscut"));
    Fixture() { EXPECT_EQ(runCli({QStringLiteral("init"), project}).exitCode, 0); }
    CliResult import(const QString &file) const
    {
        return runCliLimited({QStringLiteral("import"), project, file}, {kCliMemory, -1, 60000});
    }
    QByteArray bytes() const { return readAll(project); }
};

// A zip whose `entry` is head + `fill` repeated `count` times + tail, deflated
// as it is written (the test never holds the inflated entry in memory).
bool writeBomb(const QString &path, const QString &entry, const QByteArray &head, char fill, qint64 count,
               const QByteArray &tail, const QList<std::pair<QString, QByteArray>> &others = {})
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, content] : others) {
        QuaZipFile out(&zip);
        if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || out.write(content) != content.size())
            return false;
        out.close();
    }
    QuaZipFile out(&zip);
    if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(entry)))
        return false;
    const QByteArray chunk(4 * kMiB, fill);
    bool ok = out.write(head) == head.size();
    for (qint64 left = count; ok && left > 0; left -= chunk.size())
        ok = out.write(chunk.constData(), std::min<qint64>(left, chunk.size())) == std::min<qint64>(left, chunk.size());
    ok = ok && out.write(tail) == tail.size();
    out.close();
    zip.close();
    return ok && zip.getZipError() == 0;
}

QString onlyDocumentText(const QString &projectPath)
{
    auto project = openProject(projectPath);
    if (!project || project->documents().size() != 1)
        return QStringLiteral("(not exactly one document)");
    return project->documentText(project->documents().first().id);
}

}  // namespace

// Defect 1: <text:s text:c="2147483647"/> took 8.4 GB and 51 s.
TEST(HostileFiles, OdtSpaceRunsAreCapped)
{
    Fixture f;
    const QString odt = f.dir.path(QStringLiteral("spaces.odt"));
    ASSERT_TRUE(writeZip(odt, {{QStringLiteral("content.xml"),
                                kOdtHead + "<text:p>Hello<text:s text:c=\"2147483647\"/>x</text:p><text:p>"
                                    + QByteArray("a<text:s text:c=\"100000000\"/>").repeated(40) + "</text:p>" + kOdtTail}}));
    QElapsedTimer clock;
    clock.start();
    const CliResult r = f.import(odt);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_LT(clock.elapsed(), 20000);
    const QString text = onlyDocumentText(f.project);
    const QString run(import::kMaxSpaceRun, u' ');
    EXPECT_EQ(text, QStringLiteral("Hello") + run + QStringLiteral("x\n") + QString(QStringLiteral("a") + run).repeated(40));
}

// Defect 2: a 1 MB .docx inflating to 1 GiB took 9.4 GB; 5 GiB aborted.
TEST(HostileFiles, ZipBombsAreRefusedWithoutInflatingThem)
{
    Fixture f;
    const QByteArray before = f.bytes();
    const QString docx = f.dir.path(QStringLiteral("bomb.docx"));
    ASSERT_TRUE(writeBomb(docx, QStringLiteral("word/document.xml"), kDocxHead, 'a', 600 * kMiB, kDocxTail));
    ASSERT_LT(QFileInfo(docx).size(), 2 * kMiB);
    CliResult r = f.import(docx);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("bomb.docx: word/document.xml")) && r.err.contains(QStringLiteral("zip bomb")))
        << r.err.toStdString();
    EXPECT_EQ(f.bytes(), before);

    // Below the absolute cap, the ratio stops it: 64 MiB from a few KB.
    const QString odt = f.dir.path(QStringLiteral("bomb.odt"));
    ASSERT_TRUE(writeBomb(odt, QStringLiteral("content.xml"), kOdtHead + "<text:p>", 'b', 64 * kMiB,
                          "</text:p>" + kOdtTail));
    r = f.import(odt);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("times its compressed size"))) << r.err.toStdString();
    EXPECT_EQ(f.bytes(), before);
}

// Defect 3: more text than a document may hold said "NOT NULL constraint
// failed"; 4 GiB would have wrapped the int size and been stored truncated.
TEST(HostileFiles, OversizedDocumentIsRefusedByName)
{
    Fixture f;
    const QByteArray before = f.bytes();
    const QString big = f.dir.path(QStringLiteral("huge.txt"));
    {
        QFile out(big);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        const QByteArray line = QByteArray("Interviewer: ") + QByteArray(1011, 'x') + '\n';
        for (qint64 written = 0; written <= NewDocument::kMaxTextBytes; written += line.size())
            ASSERT_EQ(out.write(line), line.size());
    }
    CliResult r = runCliLimited({QStringLiteral("import"), f.project, big}, {1536 * kMiB, -1, 120000});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("huge.txt holds 64 MiB of text, more than the 64 MiB Crosscut stores")))
        << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("NOT NULL")));
    EXPECT_EQ(f.bytes(), before);

    // Text that expands inside a DOCX/ODT is stopped while it is read.
    const QString odt = f.dir.path(QStringLiteral("spaces.odt"));
    ASSERT_TRUE(writeZip(odt, {{QStringLiteral("content.xml"),
                                kOdtHead + "<text:p>" + QByteArray("<text:s text:c=\"1000\"/>").repeated(70000)
                                    + "</text:p>" + kOdtTail}}));
    r = f.import(odt);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("spaces.odt holds more than 64 MiB of text"))) << r.err.toStdString();
    EXPECT_EQ(f.bytes(), before);
}

// Defect 3, the cause: every bind is checked. A value SQLite refuses is the
// statement's error, not a NULL that trips a constraint.
TEST(HostileFiles, RefusedBindIsTheStatementsError)
{
    auto db = sql::Database::open({}, sql::Database::Mode::Memory);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->execScript(QStringLiteral("CREATE TABLE t(x TEXT NOT NULL)")).ok());
    sqlite3_limit(db->handle(), SQLITE_LIMIT_LENGTH, 1000);
    auto stmt = db->prepare(QStringLiteral("INSERT INTO t(x) VALUES (?)"));
    ASSERT_TRUE(stmt.ok());
    stmt->bind(1, QString(2000, u'x'));
    const Status s = stmt->exec();
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.message().contains(QStringLiteral("too large to store (2000 bytes"))) << s.message().toStdString();
    EXPECT_FALSE(s.message().contains(QStringLiteral("NOT NULL")));
    // The failed bind does not stick to the next use of the statement.
    stmt->bind(1, QStringLiteral("fine"));
    EXPECT_TRUE(stmt->exec().ok());
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT count(*) FROM t"))->toInt(), 1);
}

// Defect 4: hours of 9999999999999999 overflowed into a negative time.
TEST(HostileFiles, CueTimeOverflowIsRefusedByLine)
{
    Fixture f;
    const QByteArray before = f.bytes();
    const QString srt = f.dir.writeFile(QStringLiteral("rec.srt"),
                                        "1\n00:00:01,000 --> 00:00:02,000\nP1: fine\n\n"
                                        "2\n9999999999999999:00:01,000 --> 9999999999999999:00:02,000\nP1: overflow\n");
    CliResult r = f.import(srt);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("rec.srt is not a valid SRT file: line 6"))) << r.err.toStdString();
    EXPECT_EQ(f.bytes(), before);

    const QString vtt = f.dir.writeFile(QStringLiteral("rec.vtt"), "WEBVTT\n\n99999999999999999999:00:01.000 --> "
                                                                   "99999999999999999999:00:02.000\n<v P1>x\n");
    r = f.import(vtt);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("rec.vtt is not a valid WebVTT file: line 3"))) << r.err.toStdString();
    EXPECT_EQ(f.bytes(), before);

    EXPECT_EQ(import::parseCueTime(u"9999:59:59.999"), qint64(9999) * 3600000 + 3599999);
    EXPECT_FALSE(import::parseCueTime(u"10000:00:00.000").has_value());
}

// Defect 5: 300 KB of " **b" took over a minute, 1 MB never finished.
TEST(HostileFiles, MarkdownTakesLinearTime)
{
    Fixture f;
    // (A line of nothing but "**" or "_" is a thematic break in CommonMark.)
    for (const QByteArray &unit : {QByteArray(" **b"), QByteArray("_a "), QByteArray("**a"), QByteArray("*a_"),
                                   QByteArray("[a]("), QByteArray("`a")}) {
        const QByteArray md = unit.repeated(1000000 / unit.size());
        const QString path = f.dir.writeFile(QStringLiteral("long.md"), md);
        QElapsedTimer clock;
        clock.start();
        auto doc = import::readDocument(path);
        EXPECT_LT(clock.elapsed(), 5000) << unit.constData();
        ASSERT_TRUE(doc.ok()) << doc.message().toStdString();
        if (unit.startsWith(' ') || unit.startsWith('_')) {  // openers that nothing closes: all of it is text
            EXPECT_EQ(doc->text, QString::fromLatin1(md).trimmed()) << unit.constData();
        }
    }
    // Through the CLI, with a deadline a hang would miss.
    const QString path = f.dir.writeFile(QStringLiteral("strong.md"), QByteArray(" **b").repeated(250000));
    const CliResult r = runCliLimited({QStringLiteral("import"), f.project, path}, {kCliMemory, -1, 30000});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

// Defect 8: 32 bytes of UTF-8 with one NUL became "䥮瑥牶…".
TEST(HostileFiles, ShortTextWithNulIsRefusedAsBinary)
{
    Fixture f;
    const QByteArray before = f.bytes();
    const QByteArray bytes("Interviewer: hello\0world\nP1: ok\n", 32);
    ASSERT_EQ(bytes.size(), 32);
    const QString path = f.dir.writeFile(QStringLiteral("nul.txt"), bytes);
    const CliResult r = f.import(path);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("nul.txt is a binary file (it holds NUL bytes)"))) << r.err.toStdString();
    EXPECT_EQ(f.bytes(), before);

    // Real BOM-less UTF-16 still decodes, short or in another script.
    for (const QString &text : {QStringLiteral("Hi"), QStringLiteral("P1: ok\n"), russianSample(),
                                QString::fromUtf8("Интервьюер: привет 👍\nP1: ok\n")}) {
        for (const char *charset : {"UTF-16LE", "UTF-16BE"}) {
            auto decoded = import::decodeText(encodeAs(text, charset), QStringLiteral("u.txt"));
            ASSERT_TRUE(decoded.ok()) << charset << ": " << decoded.message().toStdString();
            EXPECT_EQ(decoded->text, text);
        }
    }
    // Bytes with NULs on one side but no UTF-16 regularity are binary.
    QByteArray noise;
    for (int i = 0; i < 64; ++i)
        noise += char(0x41 + (i * 37) % 90) + QByteArray(1, i % 3 == 0 ? '\0' : char(0x21 + (i * 11) % 90));
    EXPECT_FALSE(import::decodeText(noise, QStringLiteral("n.txt")).ok());
}
