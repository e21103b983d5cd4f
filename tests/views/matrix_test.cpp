#include "viewsfixture.h"

#include "analysis/matrix.h"
#include "export/tableformats.h"
#include "matrix/matrixmodel.h"
#include "matrix/matrixpanel.h"
#include "project/project.h"
#include "util/csv.h"

#include <QComboBox>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;
using namespace crosscut::analysis;
using crosscut::ui::MatrixPanel;

namespace {
MatrixRequest leadershipByPopulation()
{
    MatrixRequest request;
    request.rows = AxisSpec::parse(QStringLiteral("dimension:Leadership")).value();
    request.columns = AxisSpec::parse(QStringLiteral("dimension:Population served")).value();
    return request;
}
}  // namespace

TEST(MatrixPanel, CellClickEmitsTheEnginesDrillDown)
{
    ViewsProject p;
    MatrixPanel panel(p.project.get());
    panel.resize(1200, 700);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.setRequest(leadershipByPopulation());
    ASSERT_TRUE(panel.errorText().isEmpty() || panel.model()->rowCount() > 0) << panel.errorText().toStdString();

    const Result<MatrixResult> engine = computeMatrix(*p.project, leadershipByPopulation());
    ASSERT_TRUE(engine.ok()) << engine.message().toStdString();
    ASSERT_EQ(panel.model()->rowCount(), engine->rows.size());
    ASSERT_EQ(panel.model()->columnCount(), engine->columns.size());

    QList<QList<Id>> emitted;
    QStringList titles;
    QObject::connect(&panel, &MatrixPanel::showQuotesRequested, &panel, [&](const QList<Id> &ids, const QString &title) {
        emitted.append(ids);
        titles.append(title);
    });
    int nonEmpty = 0;
    for (int r = 0; r < engine->rows.size(); ++r) {
        for (int c = 0; c < engine->columns.size(); ++c) {
            clickCell(panel.view(), panel.model()->index(r, c));
            ASSERT_FALSE(emitted.isEmpty());
            EXPECT_EQ(emitted.last(), engine->quoteIds[r][c]) << r << "," << c;
            nonEmpty += emitted.last().isEmpty() ? 0 : 1;
        }
    }
    EXPECT_EQ(emitted.size(), engine->rows.size() * engine->columns.size());
    EXPECT_GE(nonEmpty, 2);
    // Key population-led × Sex workers holds q2; × People who use drugs holds q4.
    const int kp = static_cast<int>(engine->rowLabels().indexOf(QStringLiteral("Key population-led")));
    const int sw = static_cast<int>(engine->columnLabels().indexOf(QStringLiteral("Sex workers")));
    ASSERT_GE(kp, 0);
    ASSERT_GE(sw, 0);
    clickCell(panel.view(), panel.model()->index(kp, sw));
    EXPECT_EQ(emitted.last(), QList<Id>{p.q2});
    EXPECT_EQ(titles.last(), QStringLiteral("Key population-led × Sex workers"));
}

TEST(MatrixPanel, CoderFilterAndNormalisationFollowTheEngine)
{
    ViewsProject p;
    MatrixPanel panel(p.project.get());
    panel.setRequest(leadershipByPopulation());
    panel.coderBox()->setCurrentIndex(panel.coderBox()->findData(QStringLiteral("bogdan")));
    panel.normalizationBox()->setCurrentIndex(panel.normalizationBox()->findData(static_cast<int>(Normalization::Row)));
    MatrixRequest expected = leadershipByPopulation();
    expected.filter.coders = {QStringLiteral("bogdan")};
    expected.normalization = Normalization::Row;
    const Result<MatrixResult> engine = computeMatrix(*p.project, expected);
    ASSERT_TRUE(engine.ok());
    EXPECT_EQ(panel.result().counts, engine->counts);
    EXPECT_EQ(panel.result().values, engine->values);
    EXPECT_EQ(panel.result().grandTotal, 1);
}

TEST(MatrixPanel, RecomputesWhenCodingsChange)
{
    ViewsProject p;
    MatrixPanel panel(p.project.get());
    panel.setRequest(leadershipByPopulation());
    const qint64 before = panel.result().grandTotal;
    ASSERT_TRUE(p.project->applyCodeToQuote(p.q3, p.sexWorkers).ok());
    EXPECT_EQ(panel.result().grandTotal, before + 1);
}

TEST(MatrixPanel, ExportsCsvAndXlsx)
{
    ViewsProject p;
    MatrixPanel panel(p.project.get());
    panel.setRequest(leadershipByPopulation());
    const QString csvPath = p.dir.path(QStringLiteral("matrix.csv"));
    ASSERT_TRUE(panel.exportTo(csvPath).ok());
    const auto rows = csv::readFile(csvPath);
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->size(), panel.result().rows.size() + 1);
    const QString xlsxPath = p.dir.path(QStringLiteral("matrix.xlsx"));
    ASSERT_TRUE(panel.exportTo(xlsxPath).ok());
    EXPECT_TRUE(readAll(xlsxPath).startsWith("PK"));
}

TEST(MatrixPanel, OpensOnTheDimensionsCodedTogetherAndShowsADashForAShareOfNothing)
{
    ViewsProject p;
    MatrixPanel panel(p.project.get());
    panel.resize(1000, 500);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    // q2 and q4 carry Leadership and Population served; nothing else pairs.
    EXPECT_EQ(panel.request().rows.dimension, QStringLiteral("Leadership"));
    EXPECT_EQ(panel.request().columns.dimension, QStringLiteral("Population served"));

    MatrixRequest rowPercent = leadershipByPopulation();
    rowPercent.normalization = Normalization::Row;
    panel.setRequest(rowPercent);
    const Result<MatrixResult> engine = computeMatrix(*p.project, rowPercent);
    ASSERT_TRUE(engine.ok());
    const int provider = static_cast<int>(engine->rowLabels().indexOf(QStringLiteral("Provider-led")));
    const int kp = static_cast<int>(engine->rowLabels().indexOf(QStringLiteral("Key population-led")));
    ASSERT_GE(provider, 0);
    ASSERT_GE(kp, 0);
    for (int c = 0; c < panel.model()->columnCount(); ++c) {
        // The provider-led quote names no population: no row total.
        EXPECT_EQ(panel.model()->index(provider, c).data().toString(), QStringLiteral("—"));
        EXPECT_NE(panel.model()->index(kp, c).data().toString(), QStringLiteral("—"));
    }
    EXPECT_TRUE(engine->isUndefined(provider, 0));
    EXPECT_FALSE(engine->isUndefined(kp, 0));
}

TEST(MatrixPanel, ExportsLeaveAShareOfNothingEmptyNotZero)
{
    ViewsProject p;
    MatrixRequest rowPercent = leadershipByPopulation();
    rowPercent.normalization = Normalization::Row;
    const Result<MatrixResult> engine = computeMatrix(*p.project, rowPercent);
    ASSERT_TRUE(engine.ok());
    const Table table = engine->toTable(true);
    const QStringList csvLines = QString::fromUtf8(exporting::tableToCsv(table)).split(u'\n', Qt::SkipEmptyParts);
    QString providerLine, kpLine;
    for (const QString &line : csvLines) {
        if (line.startsWith(QStringLiteral("Provider-led")))
            providerLine = line;
        if (line.startsWith(QStringLiteral("Key population-led")))
            kpLine = line;
    }
    EXPECT_EQ(providerLine.trimmed(), QStringLiteral("Provider-led,,,,"));
    EXPECT_FALSE(kpLine.contains(QStringLiteral(",,"))) << kpLine.toStdString();
    const QString md = exporting::tableToMarkdown(table);
    EXPECT_TRUE(md.contains(QStringLiteral("| Provider-led | — | — | — | — |"))) << md.toStdString();
}
