// crosscut-cli handout and merge, run as the real binary on real files.
#include "storage/sqlite.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

const QStringList kCoders = {QStringLiteral("ann"), QStringLiteral("ben"), QStringLiteral("cem")};

CliResult cli(const QStringList &args)
{
    auto r = runCli(args);
    EXPECT_NE(r.exitCode, -1) << "crosscut-cli did not finish: " << args.join(QLatin1Char(' ')).toStdString();
    return r;
}

void ok(const QStringList &args)
{
    auto r = cli(args);
    ASSERT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString();
}

// The coder's Leadership × documents matrix, as {document: [counts]} with
// the documents that have any.
QJsonObject matrix(const QString &project, const QString &coder)
{
    auto r = cli({QStringLiteral("matrix"), project, QStringLiteral("--rows"), QStringLiteral("dimension:Leadership"),
                  QStringLiteral("--cols"), QStringLiteral("documents"), QStringLiteral("--coder"), coder,
                  QStringLiteral("--format"), QStringLiteral("json")});
    QJsonObject out;
    if (r.exitCode != 0)
        return out;  // no such coder (yet)
    const QJsonObject m = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray cols = m.value(QStringLiteral("cols")).toArray();
    const QJsonArray cells = m.value(QStringLiteral("cells")).toArray();
    EXPECT_EQ(m.value(QStringLiteral("rows")).toArray().size(), 2);
    for (int c = 0; c < cols.size(); ++c) {
        QJsonArray column;
        double sum = 0;
        for (const QJsonValue &row : cells) {
            column.append(row.toArray().at(c));
            sum += row.toArray().at(c).toDouble();
        }
        if (sum > 0)
            out.insert(cols.at(c).toString(), column);
    }
    return out;
}

struct Corpus {
    TempDir dir;
    QString master = dir.path(QStringLiteral("master.crosscut"));
    QStringList copies;

    void make()
    {
        ok({QStringLiteral("init"), master, QStringLiteral("--template"), QStringLiteral("intersectional")});
        QStringList import = {QStringLiteral("import"), master};
        QByteArray csv = "document,attribute,value\n";
        for (int i = 1; i <= 6; ++i) {
            const QString name = QStringLiteral("doc%1").arg(i);
            import.append(dir.writeFile(name + QStringLiteral(".txt"),
                                        QStringLiteral("Interview %1: Ми працюємо 😀 together on leadership and on "
                                                       "collaboration across populations, part %1.\n")
                                            .arg(i)
                                            .toUtf8()));
            csv += QStringLiteral("%1,country,%2\n").arg(name, i % 2 ? QStringLiteral("Kenya") : QStringLiteral("Nepal")).toUtf8();
        }
        ok(import);
        ok({QStringLiteral("attributes"), master, QStringLiteral("--from"), dir.writeFile(QStringLiteral("a.csv"), csv)});
    }

    // doc1–doc2 to ann, doc3–doc4 to ben, doc5–doc6 and doc1 to cem; each codes their copy.
    void handOutAndCode()
    {
        make();
        const QStringList docs = {QStringLiteral("doc1,doc2"), QStringLiteral("doc3,doc4"), QStringLiteral("doc5,doc6,doc1")};
        for (int i = 0; i < 3; ++i) {
            copies.append(dir.path(kCoders[i] + QStringLiteral(".crosscut")));
            ok({QStringLiteral("handout"), master, QStringLiteral("--coder"), kCoders[i], QStringLiteral("--out"),
                copies[i], QStringLiteral("--documents"), docs[i]});
            QByteArray rows = "document,start,end,code,coder\n";
            for (const QString &doc : docs[i].split(QLatin1Char(','))) {
                rows += QStringLiteral("%1,0,%2,Leadership/Key population-led,%3\n").arg(doc).arg(9 + i).arg(kCoders[i]).toUtf8();
                rows += QStringLiteral("%1,12,30,Leadership/Provider-led,%2\n").arg(doc, kCoders[i]).toUtf8();
            }
            ok({QStringLiteral("code"), copies[i], QStringLiteral("--from"),
                dir.writeFile(kCoders[i] + QStringLiteral(".csv"), rows)});
        }
    }

    int operations() const
    {
        auto r = runCli({QStringLiteral("history"), master, QStringLiteral("--limit"), QStringLiteral("1000")});
        return int(r.out.count(QLatin1Char('\n')));
    }
};

QByteArray masterFiles(const QString &path)
{
    return readAll(path) + "|wal:" + readAll(path + QStringLiteral("-wal"));
}

}  // namespace

TEST(CliTeam, ThreeCoderCopiesMergeBackOnceAndUndoAsOne)
{
    Corpus c;
    c.handOutAndCode();
    QList<QJsonObject> expected, before;
    for (int i = 0; i < 3; ++i) {
        expected.append(matrix(c.copies[i], kCoders[i]));
        EXPECT_FALSE(expected.last().isEmpty());
        before.append(matrix(c.master, kCoders[i]));
    }
    QStringList merge = {QStringLiteral("merge"), c.master};
    merge += c.copies;
    auto r = cli(merge);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("added 13 quotes"))) << r.out.toStdString();  // doc1's 12–30 is shared
    EXPECT_TRUE(r.out.contains(QStringLiteral("added 14 codings"))) << r.out.toStdString();
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(matrix(c.master, kCoders[i]), expected[i]) << kCoders[i].toStdString();

    const int operations = c.operations();
    auto history = cli({QStringLiteral("history"), c.master});
    EXPECT_TRUE(history.out.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("Merge"))) << history.out.toStdString();
    auto dumpTables = [&] {
        auto db = sql::Database::open(c.master, sql::Database::Mode::ReadOnly);
        EXPECT_TRUE(db.ok());
        QString out;
        for (const char *table : {"quote", "coding", "code", "document", "memo", "case_", "document_attribute", "coder"}) {
            auto s = db->prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
            EXPECT_TRUE(s.ok());
            while (s && s->next())
                for (int col = 0; col < 10; ++col)
                    out += s->value(col).toString() + QLatin1Char('|');
        }
        return out;
    };
    const QString tables = dumpTables();
    auto again = cli(merge);
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.startsWith(QStringLiteral("nothing new"))) << again.out.toStdString();
    EXPECT_EQ(dumpTables(), tables);
    EXPECT_EQ(c.operations(), operations);

    ok({QStringLiteral("undo"), c.master});
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(matrix(c.master, kCoders[i]), before[i]);
}

TEST(CliTeam, ConflictingDocumentIsRefusedByteIdenticalOrKeptBoth)
{
    Corpus c;
    c.make();
    const QString other = c.dir.path(QStringLiteral("other.crosscut"));
    ok({QStringLiteral("init"), other});
    ASSERT_TRUE(QDir().mkpath(c.dir.path(QStringLiteral("sub"))));
    ok({QStringLiteral("import"), other,
        c.dir.writeFile(QStringLiteral("sub/doc2.txt"), QByteArray("Not the master's doc2 at all."))});
    const QByteArray before = masterFiles(c.master);
    auto refused = cli({QStringLiteral("merge"), c.master, other});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("\"doc2\""))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(other)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(c.master)) << refused.err.toStdString();
    EXPECT_EQ(masterFiles(c.master), before);

    auto kept = cli({QStringLiteral("merge"), c.master, other, QStringLiteral("--keep-both")});
    ASSERT_EQ(kept.exitCode, 0) << kept.err.toStdString();
    EXPECT_TRUE(kept.out.contains(QStringLiteral("renamed: doc2 (other.crosscut) → doc2 (2)"))) << kept.out.toStdString();
    auto db = sql::Database::open(c.master, sql::Database::Mode::ReadOnly);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT text FROM document WHERE name = 'doc2 (2)'"))->toString(),
              QStringLiteral("Not the master's doc2 at all."));
}

TEST(CliTeam, BlindHandoutHoldsNoOtherCodersRows)
{
    Corpus c;
    c.handOutAndCode();
    QStringList merge = {QStringLiteral("merge"), c.master};
    ok(merge + c.copies);
    const QString blind = c.dir.path(QStringLiteral("ben-blind.crosscut"));
    ok({QStringLiteral("handout"), c.master, QStringLiteral("--coder"), QStringLiteral("ben"), QStringLiteral("--out"),
        blind, QStringLiteral("--blind")});
    auto db = sql::Database::open(blind, sql::Database::Mode::ReadOnly);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT count(*) FROM coding"))->toInt(), 4);
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT count(*) FROM coding WHERE coder_id NOT IN "
                                        "(SELECT id FROM coder WHERE name = 'ben')"))
                  ->toInt(),
              0);
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT count(*) FROM coder WHERE name <> 'ben'"))->toInt(), 0);
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT count(*) FROM quote WHERE id NOT IN (SELECT quote_id FROM coding)"))->toInt(), 0);
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT count(*) FROM document"))->toInt(), 6);
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT value FROM project_info WHERE key = 'blind_coder'"))->toString(),
              QStringLiteral("ben"));
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT count(*) FROM operation"))->toInt(), 0);
    db->close();
    // Merged into, the blind copy stays blind.
    ok({QStringLiteral("merge"), blind, c.copies[0]});
    auto after = sql::Database::open(blind, sql::Database::Mode::ReadOnly);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->scalar(QStringLiteral("SELECT value FROM project_info WHERE key = 'blind_coder'"))->toString(),
              QStringLiteral("ben"));
}

TEST(CliTeam, HandoutRefusesAnExistingFileAndMergeAMissingOne)
{
    Corpus c;
    c.make();
    const QString out = c.dir.writeFile(QStringLiteral("taken.crosscut"), QByteArray("mine"));
    auto r = cli({QStringLiteral("handout"), c.master, QStringLiteral("--coder"), QStringLiteral("ann"),
                  QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("already exists"))) << r.err.toStdString();
    EXPECT_EQ(readAll(out), QByteArray("mine"));
    auto missing = cli({QStringLiteral("merge"), c.master, c.dir.path(QStringLiteral("nowhere.crosscut"))});
    EXPECT_EQ(missing.exitCode, 3) << missing.err.toStdString();
    auto noDoc = cli({QStringLiteral("handout"), c.master, QStringLiteral("--coder"), QStringLiteral("ann"),
                      QStringLiteral("--out"), c.dir.path(QStringLiteral("x.crosscut")), QStringLiteral("--documents"),
                      QStringLiteral("doc9")});
    EXPECT_EQ(noDoc.exitCode, 3);
    EXPECT_FALSE(QFileInfo::exists(c.dir.path(QStringLiteral("x.crosscut"))));
    auto usage = cli({QStringLiteral("handout"), c.master, QStringLiteral("--out"), c.dir.path(QStringLiteral("y.crosscut"))});
    EXPECT_EQ(usage.exitCode, 2);
    // --encrypt without a password: nothing is written.
    auto noPassword = cli({QStringLiteral("handout"), c.master, QStringLiteral("--coder"), QStringLiteral("ann"),
                           QStringLiteral("--out"), c.dir.path(QStringLiteral("z.crosscut")), QStringLiteral("--encrypt")});
    EXPECT_EQ(noPassword.exitCode, 10) << noPassword.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(c.dir.path(QStringLiteral("z.crosscut"))));
    // Not a project, or no copy at all: refused, the master unchanged.
    const QByteArray before = masterFiles(c.master);
    auto notAProject = cli({QStringLiteral("merge"), c.master, out});
    EXPECT_EQ(notAProject.exitCode, 4) << notAProject.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("merge"), c.master}).exitCode, 2);
    EXPECT_EQ(masterFiles(c.master), before);
    EXPECT_TRUE(QDir(c.dir.path(QString())).entryList({QStringLiteral(".*handout*")}, QDir::Files | QDir::Hidden).isEmpty());
}

TEST(CliTeam, EncryptedCopyMergesWithItsPasswordOnly)
{
    if (!qEnvironmentVariable("CROSSCUT_TEST_PASSWORD").isEmpty())
        GTEST_SKIP() << "the master's password would open the copy";
    Corpus c;
    c.make();
    const QString copy = c.dir.path(QStringLiteral("secret.crosscut"));
    qputenv("CROSSCUT_COPY_PASSWORD", "copy secret");
    ok({QStringLiteral("handout"), c.master, QStringLiteral("--coder"), QStringLiteral("ann"), QStringLiteral("--out"),
        copy, QStringLiteral("--encrypt")});
    qunsetenv("CROSSCUT_COPY_PASSWORD");
    EXPECT_FALSE(readAll(copy).startsWith("SQLite format 3"));
    qputenv("CROSSCUT_PASSWORD", "copy secret");
    ok({QStringLiteral("code"), copy, QStringLiteral("--doc"), QStringLiteral("doc3"), QStringLiteral("--start"),
        QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("9"), QStringLiteral("--code"),
        QStringLiteral("Leadership/Provider-led"), QStringLiteral("--coder"), QStringLiteral("ann")});
    qunsetenv("CROSSCUT_PASSWORD");

    const QByteArray before = masterFiles(c.master);
    auto without = cli({QStringLiteral("merge"), c.master, copy});
    EXPECT_EQ(without.exitCode, 10) << without.err.toStdString();
    qputenv("CROSSCUT_COPY_PASSWORD", "wrong");
    auto wrong = cli({QStringLiteral("merge"), c.master, copy});
    EXPECT_EQ(wrong.exitCode, 10) << wrong.err.toStdString();
    EXPECT_EQ(masterFiles(c.master), before);
    qputenv("CROSSCUT_COPY_PASSWORD", "copy secret");
    auto with = cli({QStringLiteral("merge"), c.master, copy});
    qunsetenv("CROSSCUT_COPY_PASSWORD");
    ASSERT_EQ(with.exitCode, 0) << with.err.toStdString();
    EXPECT_TRUE(with.out.contains(QStringLiteral("added 1 codings"))) << with.out.toStdString();
    EXPECT_EQ(matrix(c.master, QStringLiteral("ann")).value(QStringLiteral("doc3")).toArray().size(), 2);
}

TEST(CliTeam, NewCodesLandUnderTheirParentAndAttributeConflictsAreReported)
{
    Corpus c;
    c.make();
    const QString copy = c.dir.path(QStringLiteral("ann.crosscut"));
    ok({QStringLiteral("handout"), c.master, QStringLiteral("--coder"), QStringLiteral("ann"), QStringLiteral("--out"), copy});
    ok({QStringLiteral("codebook-import"), copy,
        c.dir.writeFile(QStringLiteral("extra.qdc"),
                        QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                   "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"test\"><Codes>"
                                   "<Code guid=\"aaaaaaaa-0000-4000-8000-000000000001\" name=\"Leadership\" isCodable=\"true\">"
                                   "<Code guid=\"aaaaaaaa-0000-4000-8000-000000000002\" name=\"Co-led\" isCodable=\"true\"/>"
                                   "</Code></Codes></CodeBook>\n"))});
    ok({QStringLiteral("attributes"), copy, QStringLiteral("--from"),
        c.dir.writeFile(QStringLiteral("b.csv"), QByteArray("document,attribute,value\ndoc1,country,Uganda\n"))});
    auto r = cli({QStringLiteral("merge"), c.master, copy});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("added 1 codes"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("conflict: document \"doc1\", attribute \"country\""))) << r.out.toStdString();
    auto cb = cli({QStringLiteral("codebook"), c.master, QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_TRUE(cb.out.contains(QStringLiteral("Leadership/Co-led"))) << cb.out.toStdString();
    auto values = cli({QStringLiteral("matrix"), c.master, QStringLiteral("--rows"), QStringLiteral("attribute:country"),
                       QStringLiteral("--cols"), QStringLiteral("documents"), QStringLiteral("--unit"),
                       QStringLiteral("documents"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_FALSE(values.out.contains(QStringLiteral("Uganda"))) << values.out.toStdString();
    auto theirs = cli({QStringLiteral("merge"), c.master, copy, QStringLiteral("--theirs")});
    ASSERT_EQ(theirs.exitCode, 0) << theirs.err.toStdString();
    EXPECT_TRUE(theirs.out.contains(QStringLiteral("took ann.crosscut's"))) << theirs.out.toStdString();
    auto db = sql::Database::open(c.master, sql::Database::Mode::ReadOnly);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT value FROM document_attribute JOIN document ON document.id = document_id "
                                        "WHERE document.name = 'doc1'"))
                  ->toString(),
              QStringLiteral("Uganda"));
}

TEST(CliTeam, ALiveSessionRunInACopyArrivesWithItsSession)
{
    Corpus c;
    c.make();
    const QString copy = c.dir.path(QStringLiteral("facilitator.crosscut"));
    ok({QStringLiteral("handout"), c.master, QStringLiteral("--coder"), QStringLiteral("fay"), QStringLiteral("--out"), copy,
        QStringLiteral("--documents"), QStringLiteral("doc1")});
    const QString roster = c.dir.writeFile(QStringLiteral("roster.csv"),
                                           QByteArray("pseudonym,key,Population served\nAsha,1,Sex workers\nRahim,2,People who use drugs\n"));
    auto live = runCli({QStringLiteral("live"), copy, QStringLiteral("--title"), QStringLiteral("FGD 1"),
                        QStringLiteral("--roster"), roster},
                       QByteArray("Asha\tWe work together.\tLeadership/Key population-led\nRahim\tNot always.\n#flag loud\n"));
    ASSERT_EQ(live.exitCode, 0) << live.err.toStdString();
    auto r = cli({QStringLiteral("merge"), c.master, copy});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("added 1 documents"))) << r.out.toStdString();
    const QString fromCopy = cli({QStringLiteral("live-export"), copy, QStringLiteral("--doc"), QStringLiteral("FGD 1"),
                                  QStringLiteral("--format"), QStringLiteral("csv")})
                                 .out;
    auto exported = cli({QStringLiteral("live-export"), c.master, QStringLiteral("--doc"), QStringLiteral("FGD 1"),
                         QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("Not always."))) << exported.out.toStdString();
    EXPECT_EQ(exported.out, fromCopy);
    auto again = cli({QStringLiteral("merge"), c.master, copy});
    EXPECT_TRUE(again.out.startsWith(QStringLiteral("nothing new"))) << again.out.toStdString();
}
