// The Portrait tab driven offscreen: a click on a segment asks for the
// document span it covers, hover text names the code and quotes the text,
// "All documents" draws every document, and the tab follows Project::changed.
#include "portraitfixture.h"

#include "portraits/portraitpanel.h"
#include "portraits/portraitview.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace crosscut::test {
namespace {

using crosscut::ui::PortraitPanel;

const render::PortraitHit *hitOf(const QList<render::PortraitHit> &hits, Id document, Id quote, qint64 start)
{
    for (const auto &h : hits)
        if (h.documentId == document && h.quoteId == quote && h.start == start)
            return &h;
    return nullptr;
}

struct ShownPanel {
    PortraitPanel panel;
    explicit ShownPanel(Project *project) : panel(project)
    {
        panel.resize(1000, 600);
        panel.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&panel));
    }
};

TEST(PortraitPanel, ClickingASegmentOpensItsSpan)
{
    PortraitFixture f;
    ShownPanel shown(f.project.get());
    PortraitPanel &panel = shown.panel;
    panel.setDocument(f.one);
    QSignalSpy open(&panel, &PortraitPanel::openQuoteRequested);
    // q2's B segment [10,30) in lane 2: where the renderer put it.
    const render::PortraitHit *hit = hitOf(panel.view()->hits(), f.one, f.q2, 10);
    ASSERT_NE(hit, nullptr);
    QTest::mouseClick(panel.view(), Qt::LeftButton, {}, hit->rect.center().toPoint());
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open[0][0].value<Id>(), f.one);
    EXPECT_EQ(open[0][1].value<qint64>(), 10);
    EXPECT_EQ(open[0][2].value<qint64>(), 30);

    // A codeline span: A's merged [25,50).
    const render::PortraitHit *span = hitOf(panel.view()->hits(), f.one, 0, 25);
    ASSERT_NE(span, nullptr);
    QTest::mouseClick(panel.view(), Qt::LeftButton, {}, span->rect.center().toPoint());
    ASSERT_EQ(open.size(), 2);
    EXPECT_EQ(open[1][1].value<qint64>(), 25);
    EXPECT_EQ(open[1][2].value<qint64>(), 50);
    // Blank canvas: nothing.
    QTest::mouseClick(panel.view(), Qt::LeftButton, {}, QPoint(3, 3));
    EXPECT_EQ(open.size(), 2);
}

TEST(PortraitPanel, HoverNamesTheCodeAndQuotesTheText)
{
    PortraitFixture f;
    ShownPanel shown(f.project.get());
    shown.panel.setDocument(f.one);
    const render::PortraitHit *hit = hitOf(shown.panel.view()->hits(), f.one, f.q2, 10);
    ASSERT_NE(hit, nullptr);
    const QString tip = shown.panel.tooltipFor(*hit);
    EXPECT_TRUE(tip.contains(QStringLiteral("<b>B</b>"))) << tip.toStdString();
    const QString text = f.project->documentText(f.one);
    // Code points 10–30 of a text that starts with a two-unit emoji.
    EXPECT_TRUE(tip.contains(text.mid(11, 20))) << tip.toStdString();
}

TEST(PortraitPanel, AllDocumentsOpensTheDocumentClicked)
{
    PortraitFixture f;
    ShownPanel shown(f.project.get());
    PortraitPanel &panel = shown.panel;
    panel.setMode(PortraitPanel::Mode::AllDocuments);
    QSignalSpy open(&panel, &PortraitPanel::openQuoteRequested);
    const render::PortraitHit *hit = hitOf(panel.view()->hits(), f.two, f.q5, 5);
    ASSERT_NE(hit, nullptr);
    // Every document has its strip: one's segments are there too.
    EXPECT_NE(hitOf(panel.view()->hits(), f.one, f.q1, 0), nullptr);
    QTest::mouseClick(panel.view(), Qt::LeftButton, {}, hit->rect.center().toPoint());
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open[0][0].value<Id>(), f.two);
    EXPECT_EQ(open[0][1].value<qint64>(), 5);
    EXPECT_EQ(open[0][2].value<qint64>(), 15);
}

TEST(PortraitPanel, FollowsProjectChanges)
{
    PortraitFixture f;
    ShownPanel shown(f.project.get());
    PortraitPanel &panel = shown.panel;
    panel.setDocument(f.two);
    ASSERT_EQ(panel.result().document(f.two)->segments.size(), 1);
    ASSERT_TRUE(f.project->applyCode(f.two, 20, 28, f.b).ok());
    EXPECT_EQ(panel.result().document(f.two)->segments.size(), 2);
    EXPECT_NE(hitOf(panel.view()->hits(), f.two, panel.result().document(f.two)->segments[1].quoteId, 20), nullptr);
    ASSERT_TRUE(f.project->undo().ok());
    EXPECT_EQ(panel.result().document(f.two)->segments.size(), 1);
}

}  // namespace
}  // namespace crosscut::test
