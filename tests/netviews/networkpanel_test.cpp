// The Network tab offscreen, driven with QTest: choose an attribute and a
// wave, click a case where it is drawn, read its details, double-click its
// quote; the hint without ties; a new tie redraws.
#include "netviewsfixture.h"

#include "network/networkcanvas.h"
#include "network/networkpanel.h"
#include "network/ties.h"
#include "project/project.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace crosscut {
namespace {

using ui::NetworkPanel;

void choose(QComboBox *box, const QString &text)
{
    const int at = box->findText(text);
    ASSERT_GE(at, 0) << text.toStdString();
    box->setCurrentIndex(at);
}

struct Shown {
    explicit Shown(Project *project) : panel(project)
    {
        panel.resize(1400, 800);
        panel.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&panel));
    }
    NetworkPanel panel;
};

TEST(NetworkPanel, ClickingACaseShowsItsNameAttributesAndQuotes)
{
    test::NetViewsProject p;
    Shown shown(p.project.get());
    NetworkPanel &panel = shown.panel;
    ASSERT_FALSE(panel.showsHint());
    EXPECT_EQ(panel.attributeBox()->currentText(), QStringLiteral("Population served"));
    // Two waves: it opens on the comparison.
    EXPECT_EQ(panel.waveBox()->currentText(), QStringLiteral("Compare waves"));
    ASSERT_EQ(panel.canvas()->scene()->panels.size(), 2);

    choose(panel.attributeBox(), QStringLiteral("Organisation type"));
    choose(panel.waveBox(), QStringLiteral("baseline"));
    ASSERT_EQ(panel.canvas()->scene()->panels.size(), 1);
    EXPECT_EQ(panel.canvas()->scene()->groups,
              (QStringList{QStringLiteral("Alliance member"), QStringLiteral("Global"), QStringLiteral("Local")}));
    QCoreApplication::processEvents();

    const Id kyiv = p.cases.value(QStringLiteral("Kyiv Pride"));
    const auto at = panel.canvas()->nodeCentre(kyiv);
    ASSERT_TRUE(at.has_value());
    QTest::mouseClick(panel.canvas(), Qt::LeftButton, Qt::NoModifier, at->toPoint());
    ASSERT_EQ(panel.selectedCase(), kyiv);
    EXPECT_EQ(panel.caseNameLabel()->text(), QStringLiteral("Kyiv Pride"));
    EXPECT_TRUE(panel.caseFactsLabel()->text().contains(QStringLiteral("baseline: 1 tie"))) << panel.caseFactsLabel()->text().toStdString();
    QStringList values;
    for (int r = 0; r < panel.attributeTable()->rowCount(); ++r)
        values.append(panel.attributeTable()->item(r, 0)->text() + QLatin1Char('=') + panel.attributeTable()->item(r, 1)->text());
    EXPECT_EQ(values, (QStringList{QStringLiteral("Organisation type=Local"), QStringLiteral("Population served=LGBT")}));
    ASSERT_EQ(panel.quoteList()->count(), 1);
    QListWidgetItem *item = panel.quoteList()->item(0);
    EXPECT_TRUE(item->text().contains(QStringLiteral("Joint advocacy works."))) << item->text().toStdString();

    QSignalSpy spy(&panel, &NetworkPanel::openQuoteRequested);
    const QRect rect = panel.quoteList()->visualItemRect(item);
    ASSERT_TRUE(rect.isValid());
    // QTest sends the double-click event alone: the first click comes before it.
    QTest::mouseClick(panel.quoteList()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTest::mouseDClick(panel.quoteList()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<Id>(), p.interview);
    EXPECT_EQ(spy.at(0).at(1).value<qint64>(), p.quoteStart);  // code points, not UTF-16 (the emoji is two units)
    EXPECT_EQ(spy.at(0).at(2).value<qint64>(), p.quoteEnd);

    // Clicking empty paper keeps the selection; clicking another case moves it.
    const Id osh = p.cases.value(QStringLiteral("Osh Recovery"));
    QTest::mouseClick(panel.canvas(), Qt::LeftButton, Qt::NoModifier, panel.canvas()->nodeCentre(osh)->toPoint());
    EXPECT_EQ(panel.caseNameLabel()->text(), QStringLiteral("Osh Recovery"));
    EXPECT_EQ(panel.quoteList()->count(), 1);  // "no coded quote yet"
    EXPECT_EQ(panel.quoteList()->item(0)->data(Qt::UserRole).toLongLong(), 0);
}

TEST(NetworkPanel, MeasureChartsHoldEveryWave)
{
    test::NetViewsProject p;
    Shown shown(p.project.get());
    const auto charts = shown.panel.charts();
    ASSERT_EQ(charts.size(), 3);
    EXPECT_EQ(charts.at(0)->table().columnLabels(), (QStringList{QStringLiteral("baseline"), QStringLiteral("endline")}));
    EXPECT_TRUE(charts.at(0)->table().title.startsWith(QStringLiteral("Average number of ties")));
    EXPECT_TRUE(charts.at(2)->table().title.startsWith(QStringLiteral("E-I index")));
    const QString png = p.dir.path(QStringLiteral("m.png"));
    ASSERT_TRUE(shown.panel.exportCharts(png).ok());
    EXPECT_FALSE(QImage(p.dir.path(QStringLiteral("m-mean_ties.png"))).isNull());
    EXPECT_FALSE(QImage(p.dir.path(QStringLiteral("m-ei_index.png"))).isNull());
    const QString svg = p.dir.path(QStringLiteral("drawing.svg"));
    ASSERT_TRUE(shown.panel.exportDrawing(svg).ok());
    EXPECT_TRUE(test::readAll(svg).contains("<svg"));
    EXPECT_FALSE(shown.panel.exportDrawing(p.dir.path(QStringLiteral("drawing.gif"))).ok());
    EXPECT_FALSE(QFileInfo::exists(p.dir.path(QStringLiteral("drawing.gif"))));
}

TEST(NetworkPanel, WithoutTiesItSaysHowToGetThem)
{
    test::NetViewsProject p(false);
    Shown shown(p.project.get());
    ASSERT_TRUE(shown.panel.showsHint());
    EXPECT_TRUE(shown.panel.hintLabel()->text().contains(QStringLiteral("No collaboration ties yet")));
    EXPECT_TRUE(shown.panel.hintLabel()->text().contains(QStringLiteral("Import survey")));

    // Ties added by an operation: the panel draws them, without being told.
    const auto added = network::addTies(*p.project,
                                        {network::TieInput{QStringLiteral("Kyiv Pride"), QStringLiteral("Osh Recovery"), QString(), QString(), 0}},
                                        QStringLiteral("test"));
    ASSERT_TRUE(added.ok()) << added.message().toStdString();
    EXPECT_FALSE(shown.panel.showsHint());
    ASSERT_TRUE(shown.panel.canvas()->scene().has_value());
    EXPECT_EQ(shown.panel.canvas()->scene()->panels.at(0).edges.size(), 1);
    ASSERT_TRUE(p.project->undo().ok());
    EXPECT_TRUE(shown.panel.showsHint());
}

TEST(NetworkPanel, FollowsANewTieAndAChangedAttribute)
{
    test::NetViewsProject p;
    Shown shown(p.project.get());
    choose(shown.panel.waveBox(), QStringLiteral("endline"));
    const qsizetype before = shown.panel.canvas()->scene()->panels.at(0).edges.size();
    ASSERT_TRUE(network::addTies(*p.project,
                                 {network::TieInput{QStringLiteral("Jakarta Outreach"), QStringLiteral("Osh Recovery"), QStringLiteral("endline"),
                                                    QString(), 0}},
                                 QStringLiteral("test"))
                    .ok());
    EXPECT_EQ(shown.panel.waveBox()->currentText(), QStringLiteral("endline"));  // the choice survives the redraw
    EXPECT_EQ(shown.panel.canvas()->scene()->panels.at(0).edges.size(), before + 1);
    ASSERT_TRUE(p.project->setAttribute(AttributeScope::Case, p.cases.value(QStringLiteral("Jakarta Outreach")),
                                        QStringLiteral("Population served"), QStringLiteral("SW"))
                    .ok());
    EXPECT_FALSE(shown.panel.canvas()->scene()->hasUngrouped);
}

}  // namespace
}  // namespace crosscut
