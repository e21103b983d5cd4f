// The Code relations tab driven offscreen on the analysis fixture: clicking
// a cell asks for the quotes coded with both (see relations_test.cpp for the
// hand-worked sets), the Jaccard toggle and the threshold change what shows.
#include "../analysis/analysisfixture.h"

#include "relations/codenetworkview.h"
#include "relations/relationsmodel.h"
#include "relations/relationspanel.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace crosscut::test {
namespace {

using crosscut::ui::RelationsModel;
using crosscut::ui::RelationsPanel;

int rowOf(const RelationsModel *model, const QString &path)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->headerData(r, Qt::Vertical, Qt::DisplayRole).toString() == path)
            return r;
    ADD_FAILURE() << "no row " << path.toStdString();
    return -1;
}

TEST(RelationsPanel, ClickingACellShowsTheQuotesCodedWithBoth)
{
    AnalysisFixture f;
    RelationsPanel panel(f.project.get());
    panel.resize(1200, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    const int k = rowOf(panel.model(), QStringLiteral("Leadership/Key population-led"));
    const int h = rowOf(panel.model(), QStringLiteral("Collaboration/Horizontal"));
    ASSERT_GE(k, 0);
    ASSERT_GE(h, 0);
    // Codes without quotes are left out of the table.
    for (int r = 0; r < panel.model()->rowCount(); ++r)
        EXPECT_NE(panel.model()->headerData(r, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("Origin/Private sector"));
    const QModelIndex cell = panel.model()->index(k, h);
    EXPECT_EQ(cell.data().toString(), QStringLiteral("2"));

    QSignalSpy spy(&panel, &RelationsPanel::showQuotesRequested);
    panel.view()->scrollTo(cell);
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, panel.view()->visualRect(cell).center());
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy[0][0].value<QList<Id>>(), f.quotes({"Q1", "Q2"}));
    EXPECT_TRUE(spy[0][1].toString().contains(QStringLiteral("Horizontal")));

    panel.measureBox()->setCurrentIndex(panel.measureBox()->findText(QStringLiteral("Jaccard")));
    EXPECT_EQ(cell.data().toString(), QStringLiteral("0.33"));
}

TEST(RelationsPanel, ThresholdThinsTheNetworkAndChangesAreFollowed)
{
    AnalysisFixture f;
    RelationsPanel panel(f.project.get());
    panel.resize(1200, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    // The threshold chosen for the user draws at most two links per code
    // (the fixture's 19 co-occurring pairs over 8 codes need 2).
    const auto &chosen = panel.networkView()->network();
    EXPECT_EQ(panel.thresholdBox()->value(), 2);
    EXPECT_LE(chosen.graph.edges.size(), 2 * chosen.graph.names.size());
    panel.thresholdBox()->setValue(1);
    const qsizetype all = panel.networkView()->network().graph.edges.size();
    ASSERT_GT(all, 0);
    panel.thresholdBox()->setValue(2);
    const qsizetype strong = panel.networkView()->network().graph.edges.size();
    EXPECT_LT(strong, all);
    for (const qint64 n : panel.networkView()->network().counts)
        EXPECT_GE(n, 2);

    // A new coding of Vertical on Q1's span: Key population-led × Vertical appears.
    const int rowsBefore = panel.model()->rowCount();
    auto vertical = f.project->resolveCodePath(QStringLiteral("Collaboration/Vertical"));
    ASSERT_TRUE(vertical.ok());
    auto alpha = f.project->documents().first().id;
    ASSERT_TRUE(f.project->applyCode(alpha, 0, 20, *vertical).ok());
    EXPECT_EQ(panel.model()->rowCount(), rowsBefore);
    const int k = rowOf(panel.model(), QStringLiteral("Leadership/Key population-led"));
    const int v = rowOf(panel.model(), QStringLiteral("Collaboration/Vertical"));
    EXPECT_NE(panel.model()->index(k, v).data().toString(), QStringLiteral("0"));
}

}  // namespace
}  // namespace crosscut::test
