// crosscut-cli pseudonymise: the names replaced, the key written only where
// asked, and every bad names file refused with the project untouched.
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
        NewDocument d{QStringLiteral("interview-1"), DocumentKind::Interview,
                      QStringLiteral("Anna: Мы 😀 с Айгуль работаем. Ann too.\n"), {}, {}, true};
        d.turns = {{0, 39, QStringLiteral("Anna"), {}, {}}};
        auto doc = p->addDocument(d);
        EXPECT_TRUE(doc.ok());
        EXPECT_TRUE(p->applyCode(*doc, 6, 29, *p->resolveCodePath(QStringLiteral("Leadership/Provider-led"))).ok());
        EXPECT_TRUE(p->applyCode(*doc, 30, 33, *p->resolveCodePath(QStringLiteral("Leadership/Key population-led"))).ok());
    }
    QByteArray bytes() const { return readAll(path); }
    QString names(const QByteArray &csv) const { return dir.writeFile(QStringLiteral("names.csv"), csv); }
};

const QStringList kMatrix = {QStringLiteral("--rows"), QStringLiteral("dimension:Leadership"), QStringLiteral("--cols"),
                             QStringLiteral("cases"), QStringLiteral("--format"), QStringLiteral("json")};

}  // namespace

TEST(CliPseudonymise, ReplacesNamesWritesTheKeyAndErasesTheHistory)
{
    Fixture f;
    const QString names = f.names("name,pseudonym\nAnn,P-1\nAnna,P-2\nАйгуль,P-3\n");
    const QString key = f.dir.path(QStringLiteral("elsewhere-key.csv"));
    const CliResult matrixBefore = runCli(QStringList{QStringLiteral("matrix"), f.path} + kMatrix);
    ASSERT_EQ(matrixBefore.exitCode, 0) << matrixBefore.err.toStdString();

    const CliResult r = runCli({QStringLiteral("pseudonymise"), f.path, QStringLiteral("--names"), names,
                                QStringLiteral("--key-out"), key});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("pseudonymised 3 occurrences in 1 of 1 documents"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("  interview-1\t3\n"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("history erased"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("key written to ") + key)) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("keep it apart from the project"))) << r.err.toStdString();
    EXPECT_EQ(readAll(key), QByteArray("name,pseudonym\r\nAnn,P-1\r\nAnna,P-2\r\nАйгуль,P-3\r\n"));

    const CliResult quotes = runCli({QStringLiteral("quotes"), f.path, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(quotes.exitCode, 0);
    EXPECT_TRUE(quotes.out.contains(QStringLiteral("Мы 😀 с P-3 работаем"))) << quotes.out.toStdString();
    EXPECT_TRUE(quotes.out.contains(QStringLiteral("P-1"))) << quotes.out.toStdString();
    EXPECT_FALSE(quotes.out.contains(QStringLiteral("Ann"))) << quotes.out.toStdString();
    // The case Anna is now P-2: labels change, counts do not.
    const CliResult matrixAfter = runCli(QStringList{QStringLiteral("matrix"), f.path} + kMatrix);
    ASSERT_EQ(matrixAfter.exitCode, 0);
    QString expected = matrixBefore.out;
    expected.replace(QStringLiteral("\"Anna\""), QStringLiteral("\"P-2\""));
    EXPECT_EQ(matrixAfter.out, expected);

    const CliResult undo = runCli({QStringLiteral("undo"), f.path});
    EXPECT_NE(undo.exitCode, 0);
    EXPECT_TRUE(undo.err.contains(QStringLiteral("nothing to undo"))) << undo.err.toStdString();
    const QByteArray raw = f.bytes();
    for (const char *name : {"Anna", "Ann", "Айгуль"})
        EXPECT_FALSE(raw.contains(QByteArray(name))) << name;
    EXPECT_FALSE(QFile::exists(f.path + QStringLiteral("-wal")));
}

TEST(CliPseudonymise, WithoutKeyOutSaysNoMappingIsKept)
{
    Fixture f;
    const CliResult r = runCli({QStringLiteral("pseudonymise"), f.path, QStringLiteral("--names"),
                                f.names("name,pseudonym\r\n\"Anna\",\"P, two\"\r\n")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("no key file written"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("pseudonymised 1 occurrences"))) << r.out.toStdString();
}

TEST(CliPseudonymise, BadNamesFilesAreRefusedAndChangeNothing)
{
    struct Case {
        const char *csv;
        const char *message;
    };
    const QList<Case> cases = {
        {"", "is empty"},
        {"name,alias\nAnna,P\n", "line 1: the header must be name,pseudonym"},
        {"name,pseudonym\n", "lists no names"},
        {"name,pseudonym\n,P\n", "line 2: the name is empty"},
        {"name,pseudonym\nAnna,\n", "line 2: the pseudonym for \"Anna\" is empty"},
        {"name,pseudonym\nAnna,P\nAnn,Q\nAnna,R\n", "line 4: \"Anna\" is listed twice (also on line 2)"},
        {"name,pseudonym\nAnna,Ann\nAnn,Q\n", "the pseudonym \"Ann\" is itself a real name in the list (line 3)"},
        {"name,pseudonym\nAnna,Dr Ann\nAnn,Q\n", "contains the real name \"Ann\""},
        {"name,pseudonym\nAnna,P,extra\n", "line 2: expected 2 fields"},
        {"name,pseudonym\n\"Anna,P\n", "names.csv"},
        {"name,pseudonym\n...,P\n", "has no letter or digit"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.csv);
        Fixture f;
        const QByteArray before = f.bytes();
        const QString key = f.dir.path(QStringLiteral("key.csv"));
        const CliResult r = runCli({QStringLiteral("pseudonymise"), f.path, QStringLiteral("--names"), f.names(c.csv),
                                    QStringLiteral("--key-out"), key});
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_TRUE(r.err.contains(QString::fromUtf8(c.message))) << r.err.toStdString();
        EXPECT_EQ(f.bytes(), before);
        EXPECT_FALSE(QFile::exists(f.path + QStringLiteral("-wal")));
        EXPECT_FALSE(QFile::exists(key));
    }

    Fixture f;
    const QByteArray before = f.bytes();
    const QString good = f.names("name,pseudonym\nAnna,P\n");
    CliResult r = runCli({QStringLiteral("pseudonymise"), f.path, QStringLiteral("--names"),
                          f.dir.path(QStringLiteral("missing.csv"))});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("missing.csv"))) << r.err.toStdString();
    r = runCli({QStringLiteral("pseudonymise"), f.path});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("needs --names"))) << r.err.toStdString();
    const QString existing = f.dir.writeFile(QStringLiteral("old-key.csv"), "name,pseudonym\nBob,Q\n");
    r = runCli({QStringLiteral("pseudonymise"), f.path, QStringLiteral("--names"), good, QStringLiteral("--key-out"), existing});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is never overwritten"))) << r.err.toStdString();
    EXPECT_EQ(readAll(existing), QByteArray("name,pseudonym\nBob,Q\n"));
    r = runCli({QStringLiteral("pseudonymise"), f.path, QStringLiteral("--names"), good, QStringLiteral("--key-out"),
                f.dir.path(QStringLiteral("no/such/folder/key.csv"))});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_EQ(f.bytes(), before);
}

TEST(CliPseudonymise, ANameClashIsRefusedAndChangesNothing)
{
    Fixture f;
    {
        auto p = openProject(f.path);
        ASSERT_TRUE(p->addCase(QStringLiteral("P")).ok());
    }
    const QByteArray before = f.bytes();
    const QString key = f.dir.path(QStringLiteral("key.csv"));
    // The case Anna would become a second case named P.
    const CliResult r = runCli({QStringLiteral("pseudonymise"), f.path, QStringLiteral("--names"),
                                f.names("name,pseudonym\nAnna,P\n"), QStringLiteral("--key-out"), key});
    EXPECT_GT(r.exitCode, 0);
    EXPECT_LT(r.exitCode, 128);
    EXPECT_TRUE(r.err.contains(QStringLiteral("cannot rename the case name \"Anna\" to \"P\""))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(key));  // the key it wrote first is gone again
    const CliResult history = runCli({QStringLiteral("history"), f.path});
    EXPECT_TRUE(history.out.contains(QStringLiteral("Add case"))) << history.out.toStdString();
    const CliResult quotes = runCli({QStringLiteral("quotes"), f.path, QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_TRUE(quotes.out.contains(QStringLiteral("Айгуль"))) << quotes.out.toStdString();
    EXPECT_EQ(f.bytes().size(), before.size());
}
