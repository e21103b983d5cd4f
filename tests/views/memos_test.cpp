#include "viewsfixture.h"

#include "memos/memospanel.h"
#include "project/project.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;
using crosscut::ui::MemosPanel;

TEST(MemosPanel, CreatesAndEditsAMemoOnACode)
{
    ViewsProject p;
    MemosPanel panel(p.project.get());
    panel.resize(900, 500);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));

    panel.newKindBox()->setCurrentIndex(panel.newKindBox()->findData(static_cast<int>(MemoTarget::Code)));
    panel.newTargetBox()->setCurrentIndex(panel.newTargetBox()->findData(p.kpLed));
    QTest::keyClicks(panel.titleEdit(), QStringLiteral("Positional identities"));
    QTest::keyClicks(panel.textEdit(), QStringLiteral("Same organisation, different hats"));
    QTest::mouseClick(panel.newButton(), Qt::LeftButton);

    const QList<Memo> memos = p.project->memos(MemoTarget::Code, p.kpLed);
    ASSERT_EQ(memos.size(), 1);
    EXPECT_EQ(memos.first().title, QStringLiteral("Positional identities"));
    EXPECT_EQ(memos.first().text, QStringLiteral("Same organisation, different hats"));
    EXPECT_EQ(p.scalar(QStringLiteral("SELECT count(*) FROM memo WHERE target_kind = 'code' AND target_id = ?"), {p.kpLed}).toInt(), 1);
    ASSERT_EQ(panel.list()->count(), 1);
    ASSERT_EQ(panel.selectedMemo(), memos.first().id);

    panel.textEdit()->selectAll();
    QTest::keyClicks(panel.textEdit(), QStringLiteral("Revised"));
    QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
    EXPECT_EQ(p.scalar(QStringLiteral("SELECT text FROM memo WHERE id = ?"), {memos.first().id}).toString(),
              QStringLiteral("Revised"));

    QTest::mouseClick(panel.deleteButton(), Qt::LeftButton);
    EXPECT_EQ(p.scalar(QStringLiteral("SELECT count(*) FROM memo")).toInt(), 0);
    EXPECT_EQ(panel.list()->count(), 0);
}

TEST(MemosPanel, ListsMemosByTargetAndFollowsUndo)
{
    ViewsProject p;
    ASSERT_TRUE(p.project->addMemo(MemoTarget::Project, std::nullopt, QStringLiteral("Plan"), QStringLiteral("x")).ok());
    ASSERT_TRUE(p.project->addMemo(MemoTarget::Document, p.docA, QStringLiteral("Context"), QStringLiteral("y")).ok());
    MemosPanel panel(p.project.get());
    EXPECT_EQ(panel.list()->count(), 2);
    panel.filterBox()->setCurrentIndex(panel.filterBox()->findData(static_cast<int>(MemoTarget::Document)));
    ASSERT_EQ(panel.list()->count(), 1);
    EXPECT_TRUE(panel.list()->item(0)->text().contains(QStringLiteral("interview-a")));
    ASSERT_TRUE(p.project->undo().ok());
    EXPECT_EQ(panel.list()->count(), 0);
}

TEST(MemosPanel, MemoOnAQuoteOpensIt)
{
    ViewsProject p;
    MemosPanel panel(p.project.get());
    panel.setNewMemoTarget(MemoTarget::Quote, p.q2);
    QTest::mouseClick(panel.newButton(), Qt::LeftButton);
    ASSERT_EQ(p.project->memos(MemoTarget::Quote, p.q2).size(), 1);
    QList<qint64> opened;
    QObject::connect(&panel, &MemosPanel::openQuoteRequested, &panel, [&](Id doc, qint64 start, qint64 end) {
        opened = {doc, start, end};
    });
    Q_EMIT panel.list()->itemActivated(panel.list()->item(0));
    EXPECT_EQ(opened, (QList<qint64>{p.docA, 24, 56}));
}
