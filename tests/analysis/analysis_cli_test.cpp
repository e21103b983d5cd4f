// The analysis commands of crosscut-cli, run as the real binary on the
// fixture project (analysisfixture.cpp).
#include "analysisfixture.h"
#include "util/csv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

// The fixture with its project closed, so that the CLI can open it.
struct ClosedFixture : AnalysisFixture {
    ClosedFixture() { project.reset(); }
};

QJsonObject json(const CliResult &r)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    return doc.object();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

}  // namespace

TEST(AnalysisCli, MatrixJsonIsTheDesignContract)
{
    ClosedFixture f;
    const CliResult r = runCli({QStringLiteral("matrix"), f.path, QStringLiteral("--rows"), QStringLiteral("dimension:Leadership"),
                                QStringLiteral("--cols"), QStringLiteral("dimension:Origin"), QStringLiteral("--format"),
                                QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(QStringLiteral("unit")).toString(), QStringLiteral("quotes"));
    EXPECT_EQ(strings(o.value(QStringLiteral("rows"))), (QStringList{QStringLiteral("Provider-led"), QStringLiteral("Key population-led")}));
    EXPECT_EQ(strings(o.value(QStringLiteral("cols"))),
              (QStringList{QStringLiteral("Public sector"), QStringLiteral("Civil society"), QStringLiteral("Private sector")}));
    const QJsonArray cells = o.value(QStringLiteral("cells")).toArray();
    ASSERT_EQ(cells.size(), 2);
    EXPECT_EQ(cells[0].toArray(), (QJsonArray{1, 1, 0}));
    EXPECT_EQ(cells[1].toArray(), (QJsonArray{0, 3, 0}));
}

TEST(AnalysisCli, MatrixNormalisedUnitAndFilters)
{
    ClosedFixture f;
    const CliResult r = runCli({QStringLiteral("matrix"), f.path, QStringLiteral("--rows"), QStringLiteral("attribute:Population"),
                                QStringLiteral("--cols"), QStringLiteral("dimension:Leadership"), QStringLiteral("--unit"),
                                QStringLiteral("cases"), QStringLiteral("--normalize"), QStringLiteral("row"),
                                QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(QStringLiteral("unit")).toString(), QStringLiteral("cases"));
    const QJsonArray cells = o.value(QStringLiteral("cells")).toArray();
    // cases: PWUD {1, 0}; Sex workers {1, 2} → row % {100, 0}, {33.3, 66.7}
    EXPECT_DOUBLE_EQ(cells[0].toArray()[0].toDouble(), 100.0);
    EXPECT_NEAR(cells[1].toArray()[1].toDouble(), 200.0 / 3.0, 1e-9);

    const CliResult ben = runCli({QStringLiteral("matrix"), f.path, QStringLiteral("--rows"), QStringLiteral("documents"),
                                  QStringLiteral("--cols"), QStringLiteral("cases"), QStringLiteral("--coder"), QStringLiteral("ben"),
                                  QStringLiteral("--where"), QStringLiteral("Country=Nepal"), QStringLiteral("--format"),
                                  QStringLiteral("json")});
    ASSERT_EQ(ben.exitCode, 0) << ben.err.toStdString();
    const QJsonArray benCells = json(ben).value(QStringLiteral("cells")).toArray();
    EXPECT_EQ(benCells[0].toArray(), (QJsonArray{0, 0, 0}));
    EXPECT_EQ(benCells[1].toArray(), (QJsonArray{0, 0, 1}));
}

TEST(AnalysisCli, MatrixCsvReadsBackAndMarkdownHasLabels)
{
    ClosedFixture f;
    const CliResult r = runCli({QStringLiteral("matrix"), f.path, QStringLiteral("--rows"), QStringLiteral("cases"),
                                QStringLiteral("--cols"), QStringLiteral("codes:Leadership,Collaboration")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto rows = csv::parse(r.out.toUtf8());
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 4);
    EXPECT_EQ(rows->at(0).fields, (QStringList{QStringLiteral("Cases"), QStringLiteral("Leadership"), QStringLiteral("Collaboration")}));
    EXPECT_EQ(rows->at(1).fields, (QStringList{QStringLiteral("Ana"), QStringLiteral("3"), QStringLiteral("1")}));
    EXPECT_EQ(rows->at(2).fields, (QStringList{QStringLiteral("Bo"), QStringLiteral("1"), QStringLiteral("1")}));
    EXPECT_EQ(rows->at(3).fields, (QStringList{QStringLiteral("Org X"), QStringLiteral("1"), QStringLiteral("1")}));

    TempDir out;
    const QString md = out.path(QStringLiteral("m.md"));
    const CliResult m = runCli({QStringLiteral("matrix"), f.path, QStringLiteral("--rows"), QStringLiteral("dimension:Leadership"),
                                QStringLiteral("--cols"), QStringLiteral("dimension:Origin"), QStringLiteral("--normalize"),
                                QStringLiteral("total"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--out"), md});
    ASSERT_EQ(m.exitCode, 0) << m.err.toStdString();
    EXPECT_TRUE(m.out.isEmpty());
    const QString text = QString::fromUtf8(readAll(md));
    EXPECT_TRUE(text.contains(QStringLiteral("| Leadership | Public sector | Civil society | Private sector |"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("| Key population-led | 0.00% | 60.00% | 0.00% |"))) << text.toStdString();
}

TEST(AnalysisCli, MatrixErrorsAreClearAndNonZero)
{
    ClosedFixture f;
    const QByteArray before = readAll(f.path);
    auto matrix = [&f](const QStringList &extra) {
        return runCli(QStringList{QStringLiteral("matrix"), f.path} + extra);
    };
    const CliResult dim = matrix({QStringLiteral("--rows"), QStringLiteral("dimension:Gender"), QStringLiteral("--cols"), QStringLiteral("cases")});
    EXPECT_EQ(dim.exitCode, 3);
    EXPECT_TRUE(dim.err.contains(QStringLiteral("Gender"))) << dim.err.toStdString();
    const CliResult spec = matrix({QStringLiteral("--rows"), QStringLiteral("dims:Leadership"), QStringLiteral("--cols"), QStringLiteral("cases")});
    EXPECT_EQ(spec.exitCode, 2);
    EXPECT_TRUE(spec.err.contains(QStringLiteral("dims:Leadership")));
    const CliResult attr = matrix({QStringLiteral("--rows"), QStringLiteral("attribute:Region"), QStringLiteral("--cols"), QStringLiteral("cases")});
    EXPECT_EQ(attr.exitCode, 3);
    EXPECT_TRUE(attr.err.contains(QStringLiteral("Region")));
    const CliResult code = matrix({QStringLiteral("--rows"), QStringLiteral("codes:Leadership,Nope"), QStringLiteral("--cols"), QStringLiteral("cases")});
    EXPECT_EQ(code.exitCode, 3);
    EXPECT_NE(matrix({QStringLiteral("--rows"), QStringLiteral("cases")}).exitCode, 0);
    EXPECT_EQ(matrix({QStringLiteral("--rows"), QStringLiteral("cases"), QStringLiteral("--cols"), QStringLiteral("cases"),
                      QStringLiteral("--unit"), QStringLiteral("words")}).exitCode, 2);
    EXPECT_EQ(matrix({QStringLiteral("--rows"), QStringLiteral("cases"), QStringLiteral("--cols"), QStringLiteral("cases"),
                      QStringLiteral("--coder"), QStringLiteral("nobody")}).exitCode, 3);
    TempDir out;
    const QString target = out.path(QStringLiteral("missing-dir/m.csv"));
    const CliResult io = matrix({QStringLiteral("--rows"), QStringLiteral("cases"), QStringLiteral("--cols"), QStringLiteral("cases"),
                                 QStringLiteral("--out"), target});
    EXPECT_NE(io.exitCode, 0);
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_EQ(readAll(f.path), before);
}

TEST(AnalysisCli, CooccurrenceAndProfiles)
{
    ClosedFixture f;
    const CliResult co = runCli({QStringLiteral("cooccurrence"), f.path, QStringLiteral("--codes"),
                                 QStringLiteral("Leadership/Key population-led,Origin/Civil society"), QStringLiteral("--format"),
                                 QStringLiteral("json")});
    ASSERT_EQ(co.exitCode, 0) << co.err.toStdString();
    const QJsonObject o = json(co);
    EXPECT_EQ(o.value(QStringLiteral("counts")).toArray()[0].toArray(), (QJsonArray{5, 4}));
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("coefficients")).toArray()[0].toArray()[1].toDouble(), 1.0);
    const CliResult byDoc = runCli({QStringLiteral("cooccurrence"), f.path, QStringLiteral("--codes"), QStringLiteral("Collaboration"),
                                    QStringLiteral("--by"), QStringLiteral("documents"), QStringLiteral("--presence")});
    ASSERT_EQ(byDoc.exitCode, 0) << byDoc.err.toStdString();
    EXPECT_TRUE(byDoc.out.contains(QStringLiteral("Collaboration,1,1,0"))) << byDoc.out.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("cooccurrence"), f.path, QStringLiteral("--codes"), QStringLiteral("Nope")}).exitCode, 3);

    const CliResult p = runCli({QStringLiteral("profiles"), f.path, QStringLiteral("--case"), QStringLiteral("Org X"),
                                QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(p.exitCode, 0) << p.err.toStdString();
    const QJsonArray shifts = json(p).value(QStringLiteral("hatShifts")).toArray();
    ASSERT_EQ(shifts.size(), 2);
    EXPECT_EQ(shifts[0].toObject().value(QStringLiteral("dimension")).toString(), QStringLiteral("Leadership"));
    const CliResult md = runCli({QStringLiteral("profiles"), f.path, QStringLiteral("--format"), QStringLiteral("md")});
    ASSERT_EQ(md.exitCode, 0) << md.err.toStdString();
    EXPECT_TRUE(md.out.contains(QStringLiteral("Org X — Origin: Public sector, Civil society"))) << md.out.toStdString();
    const CliResult avg = runCli({QStringLiteral("profiles"), f.path, QStringLiteral("--group"), QStringLiteral("Population"),
                                  QStringLiteral("--average"), QStringLiteral("Leadership/Key population-led")});
    ASSERT_EQ(avg.exitCode, 0) << avg.err.toStdString();
    EXPECT_TRUE(avg.out.contains(QStringLiteral("Sex workers,2.00,2.00,1.00"))) << avg.out.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("profiles"), f.path, QStringLiteral("--case"), QStringLiteral("Nobody")}).exitCode, 3);
}
