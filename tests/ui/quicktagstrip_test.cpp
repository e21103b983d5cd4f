// The quick-tagging strip shows every dimension's values without scrolling
// and without clipping, at a laptop's 1366×768 and at 1600 px: dimensions
// wrap to the width like words.
#include "uitestsupport.h"

#include "coding/quicktagstrip.h"
#include "document/documentview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QScrollArea>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

void expectEveryValueVisible(Workbench &wb, const QSize &windowSize)
{
    SCOPED_TRACE(QStringLiteral("%1×%2").arg(windowSize.width()).arg(windowSize.height()).toStdString());
    wb.window->resize(windowSize);
    QApplication::processEvents();
    ui::QuickTagStrip *strip = wb.window->quickTags();
    ASSERT_NE(strip, nullptr);
    ui::DocumentView *view = wb.window->documentView();
    // Nothing scrolls it away.
    for (QWidget *w = strip->parentWidget(); w; w = w->parentWidget())
        EXPECT_EQ(qobject_cast<QScrollArea *>(w), nullptr);
    const QRect stripRect(strip->mapTo(wb.window.get(), QPoint(0, 0)), strip->size());
    const QRect viewRect(view->mapTo(wb.window.get(), QPoint(0, 0)), view->size());
    EXPECT_LE(stripRect.bottom(), viewRect.top()) << "the strip overlaps the transcript";
    int values = 0;
    for (const Code &code : wb.project().codes()) {
        if (!code.parentId || !wb.project().code(*code.parentId)->isDimension)
            continue;
        ++values;
        QAbstractButton *button = strip->button(code.id);
        ASSERT_NE(button, nullptr) << code.name.toStdString();
        EXPECT_TRUE(button->isVisibleTo(wb.window.get())) << code.name.toStdString();
        const QRect r(button->mapTo(strip, QPoint(0, 0)), button->size());
        EXPECT_TRUE(strip->rect().contains(r)) << code.name.toStdString() << " is clipped";
        // The whole label fits.
        EXPECT_GE(button->width(), button->sizeHint().width()) << code.name.toStdString();
    }
    EXPECT_EQ(values, 24);  // the intersectional template: nine dimensions, 24 values
    // The transcript keeps most of the height.
    EXPECT_GT(view->height(), strip->height());
}

}  // namespace

TEST(QuickTagStrip, EveryDimensionVisibleWithoutScrollingAt1366And1600)
{
    Workbench wb(QStringLiteral("Interviewer: Who leads?\nAinura: We do.\n"));
    expectEveryValueVisible(wb, QSize(1366, 768));
    expectEveryValueVisible(wb, QSize(1600, 1000));
    expectEveryValueVisible(wb, QSize(1920, 1080));
}

TEST(QuickTagStrip, AClickTagsTheSelectionAlongItsDimension)
{
    Workbench wb(QStringLiteral("Interviewer: Who leads?\nAinura: We do.\n"));
    wb.window->resize(1366, 768);
    QApplication::processEvents();
    const Id sexWorkers = wb.code(QStringLiteral("Population served/Sex workers"));
    selectByKeys(*wb.window, 32, 6);  // "We do."
    QAbstractButton *button = wb.window->quickTags()->button(sexWorkers);
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    const QList<Quote> quotes = wb.project().quotes();
    ASSERT_EQ(quotes.size(), 1);
    EXPECT_EQ(quotes[0].start, 32);
    EXPECT_EQ(quotes[0].end, 38);
    ASSERT_EQ(wb.project().codings(quotes[0].id).size(), 1);
    EXPECT_EQ(wb.project().codings(quotes[0].id)[0].codeId, sexWorkers);
    EXPECT_TRUE(button->isChecked());
}
