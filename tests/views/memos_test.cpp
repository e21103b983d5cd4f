#include "viewsfixture.h"

#include "memos/memodialog.h"
#include "memos/memolistmodel.h"
#include "memos/memospanel.h"
#include "project/project.h"
#include "retrieval/retrievalmodel.h"
#include "retrieval/retrievalpanel.h"
#include "ui/modaldriver.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;
using crosscut::ui::MemoListModel;
using crosscut::ui::MemosPanel;

namespace {

QStringList column(MemosPanel &panel, int col)
{
    QStringList out;
    for (int r = 0; r < panel.model()->rowCount(); ++r)
        out << panel.model()->index(r, col).data().toString();
    return out;
}

QStringList titles(MemosPanel &panel) { return column(panel, MemoListModel::TitleColumn); }

}  // namespace

TEST(MemosPanel, CreatesAndEditsAMemoOnACode)
{
    ViewsProject p;
    MemosPanel panel(p.project.get());
    panel.resize(1100, 500);
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
    ASSERT_EQ(panel.model()->rowCount(), 1);
    ASSERT_EQ(panel.selectedMemo(), memos.first().id);
    EXPECT_EQ(column(panel, MemoListModel::AttachedColumn), QStringList{QStringLiteral("Leadership/Key population-led")});
    EXPECT_TRUE(panel.aboutLabel()->text().contains(QStringLiteral("Leadership/Key population-led")));

    panel.textEdit()->selectAll();
    QTest::keyClicks(panel.textEdit(), QStringLiteral("Revised"));
    QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
    EXPECT_EQ(p.scalar(QStringLiteral("SELECT text FROM memo WHERE id = ?"), {memos.first().id}).toString(),
              QStringLiteral("Revised"));
    EXPECT_EQ(panel.textEdit()->toPlainText(), QStringLiteral("Revised"));

    QTest::mouseClick(panel.deleteButton(), Qt::LeftButton);
    EXPECT_EQ(p.scalar(QStringLiteral("SELECT count(*) FROM memo")).toInt(), 0);
    EXPECT_EQ(panel.model()->rowCount(), 0);
}

TEST(MemosPanel, ListsMemosByKindAndFollowsUndo)
{
    ViewsProject p;
    ASSERT_TRUE(p.project->addMemo(MemoTarget::Project, std::nullopt, QStringLiteral("Plan"), QStringLiteral("x")).ok());
    ASSERT_TRUE(p.project->addMemo(MemoTarget::Document, p.docA, QStringLiteral("Context"), QStringLiteral("y")).ok());
    MemosPanel panel(p.project.get());
    EXPECT_EQ(panel.model()->rowCount(), 2);
    panel.filterBox()->setCurrentIndex(panel.filterBox()->findData(static_cast<int>(analysis::MemoKind::Document)));
    ASSERT_EQ(panel.model()->rowCount(), 1);
    EXPECT_EQ(column(panel, MemoListModel::AttachedColumn), QStringList{QStringLiteral("interview-a")});
    EXPECT_EQ(column(panel, MemoListModel::KindColumn), QStringList{QStringLiteral("Document")});
    ASSERT_TRUE(p.project->undo().ok());
    EXPECT_EQ(panel.model()->rowCount(), 0);
    ASSERT_TRUE(p.project->redo().ok());
    EXPECT_EQ(panel.model()->rowCount(), 1);
    // A renamed document is shown by its new name (the memo read again).
    ASSERT_TRUE(p.project->renameDocument(p.docA, QStringLiteral("Интервью A")).ok());
    EXPECT_EQ(column(panel, MemoListModel::AttachedColumn), QStringList{QStringLiteral("Интервью A")});
}

TEST(MemosPanel, FiltersByAuthorDateAndSearch)
{
    ViewsProject p;
    p.project->setCurrentCoder(QStringLiteral("amina"));
    ASSERT_TRUE(p.project->addMemo(MemoTarget::Code, p.kpLed, QStringLiteral("Leaders"), QStringLiteral("Мы ЛИДЕРЫ")).ok());
    p.project->setCurrentCoder(QStringLiteral("bogdan"));
    ASSERT_TRUE(p.project->addMemo(MemoTarget::Quote, p.q4, QStringLiteral("Harm reduction"), QStringLiteral("peer run")).ok());
    MemosPanel panel(p.project.get());
    panel.resize(1100, 500);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    ASSERT_EQ(panel.model()->rowCount(), 2);

    // Search, typed: case-insensitive in the text and in the quote's text.
    panel.searchEdit()->setText(QStringLiteral("лидеры"));  // (QTest types ASCII only)
    EXPECT_EQ(titles(panel), QStringList{QStringLiteral("Leaders")});
    panel.searchEdit()->clear();
    QTest::keyClicks(panel.searchEdit(), QStringLiteral("THEMSELVES"));
    EXPECT_EQ(titles(panel), QStringList{QStringLiteral("Harm reduction")});
    panel.searchEdit()->clear();
    EXPECT_EQ(panel.model()->rowCount(), 2);

    // Author: the combo lists who wrote memos.
    const int bogdan = panel.authorBox()->findData(QStringLiteral("bogdan"));
    ASSERT_GE(bogdan, 0);
    panel.authorBox()->setCurrentIndex(bogdan);
    EXPECT_EQ(titles(panel), QStringList{QStringLiteral("Harm reduction")});
    panel.authorBox()->setCurrentIndex(0);

    // Dates of the last change: today keeps both, a range in the past none.
    QTest::mouseClick(panel.dateCheck(), Qt::LeftButton, Qt::NoModifier, QPoint(5, panel.dateCheck()->height() / 2));
    ASSERT_TRUE(panel.dateCheck()->isChecked());
    panel.sinceEdit()->setDate(QDate::currentDate().addDays(-1));
    panel.untilEdit()->setDate(QDate::currentDate().addDays(1));
    EXPECT_EQ(panel.model()->rowCount(), 2);
    panel.untilEdit()->setDate(QDate::currentDate().addDays(-1));
    EXPECT_EQ(panel.model()->rowCount(), 0);
    panel.dateCheck()->setChecked(false);
    EXPECT_EQ(panel.model()->rowCount(), 2);

    // Sorting by the title column, both ways.
    QHeaderView *header = panel.view()->horizontalHeader();
    panel.view()->sortByColumn(MemoListModel::TitleColumn, Qt::AscendingOrder);
    EXPECT_EQ(titles(panel), (QStringList{QStringLiteral("Harm reduction"), QStringLiteral("Leaders")}));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
                      QPoint(header->sectionViewportPosition(MemoListModel::TitleColumn) + 10, header->height() / 2));
    EXPECT_EQ(titles(panel), (QStringList{QStringLiteral("Leaders"), QStringLiteral("Harm reduction")}));
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
    ASSERT_EQ(panel.model()->rowCount(), 1);
    Q_EMIT panel.view()->activated(panel.model()->index(0, 0));
    EXPECT_EQ(opened, (QList<qint64>{p.docA, 24, 56}));
    EXPECT_TRUE(panel.aboutLabel()->text().contains(QStringLiteral("We lead outreach to sex workers.")));
}

TEST(MemosPanel, HistoryShowsAnEarlierTextAndRestoresIt)
{
    ViewsProject p;
    const Result<Id> memo = p.project->addMemo(MemoTarget::Document, p.docB, QStringLiteral("Harm reduction"),
                                               QStringLiteral("First thoughts"));
    ASSERT_TRUE(memo.ok());
    MemosPanel panel(p.project.get());
    panel.resize(1100, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    ASSERT_TRUE(panel.selectMemo(*memo));
    panel.textEdit()->selectAll();
    QTest::keyClicks(panel.textEdit(), QStringLiteral("Second thoughts"));
    QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
    ASSERT_EQ(p.project->memos(MemoTarget::Document, p.docB).value(0).text, QStringLiteral("Second thoughts"));

    QTest::mouseClick(panel.historyButton(), Qt::LeftButton);
    ASSERT_TRUE(panel.historyList()->isVisible());
    ASSERT_EQ(panel.historyList()->count(), 2);
    EXPECT_TRUE(panel.historyList()->item(1)->text().contains(QStringLiteral("(current)")));
    panel.historyList()->setCurrentRow(0);
    EXPECT_TRUE(panel.historyPreview()->toPlainText().contains(QStringLiteral("First thoughts")));
    ASSERT_TRUE(panel.restoreButton()->isEnabled());
    QTest::mouseClick(panel.restoreButton(), Qt::LeftButton);
    EXPECT_EQ(p.project->memos(MemoTarget::Document, p.docB).value(0).text, QStringLiteral("First thoughts"));
    EXPECT_EQ(panel.textEdit()->toPlainText(), QStringLiteral("First thoughts"));
    EXPECT_EQ(panel.historyList()->count(), 3);  // the restore is a version too

    // The restore was an ordinary edit: undo brings the second text back.
    ASSERT_TRUE(p.project->undo().ok());
    EXPECT_EQ(p.project->memos(MemoTarget::Document, p.docB).value(0).text, QStringLiteral("Second thoughts"));
    EXPECT_EQ(panel.textEdit()->toPlainText(), QStringLiteral("Second thoughts"));
    EXPECT_TRUE(panel.historyList()->item(2)->text().contains(QStringLiteral("(undone)")));
}

TEST(MemosPanel, ExportsTheListedMemosAsHtml)
{
    ViewsProject p;
    ASSERT_TRUE(p.project->addMemo(MemoTarget::Quote, p.q1, QStringLiteral("Мы"), QStringLiteral("<b>not bold</b>")).ok());
    ASSERT_TRUE(p.project->addMemo(MemoTarget::Project, std::nullopt, QStringLiteral("Plan"), QStringLiteral("x")).ok());
    MemosPanel panel(p.project.get());
    panel.filterBox()->setCurrentIndex(panel.filterBox()->findData(static_cast<int>(analysis::MemoKind::Quote)));
    const QString out = p.dir.path(QStringLiteral("memos.html"));
    ASSERT_TRUE(panel.exportTo(out).ok());
    const QString html = QString::fromUtf8(readAll(out));
    EXPECT_TRUE(html.contains(QStringLiteral("<blockquote dir=\"auto\">Мы 🙂 лидеры сообщества.</blockquote>")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;b&gt;not bold&lt;/b&gt;")));
    EXPECT_FALSE(html.contains(QStringLiteral("Plan")));  // filtered out
    EXPECT_FALSE(panel.exportTo(p.dir.path(QStringLiteral("memos.pdf"))).ok());
}

TEST(MemosPanel, NewMemoFromTheQuotesContextMenu)
{
    ViewsProject p;
    ASSERT_TRUE(p.project->addMemo(MemoTarget::Quote, p.q2, QStringLiteral("Earlier"), QStringLiteral("already here")).ok());
    MemosPanel memos(p.project.get());
    ui::RetrievalPanel quotes(p.project.get());
    quotes.resize(1000, 500);
    quotes.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&quotes));
    quotes.showQuotes({p.q2}, QStringLiteral("one quote"));
    ASSERT_EQ(quotes.model()->loadedCount(), 1);
    const QRect cell = quotes.view()->visualRect(quotes.model()->index(0, 0));
    EXPECT_EQ(quotes.buildContextMenu(QPoint(cell.center().x(), cell.bottom() + 200)), nullptr);  // below the rows
    std::unique_ptr<QMenu> menu = quotes.buildContextMenu(cell.center());
    ASSERT_NE(menu, nullptr);
    auto *action = menu->findChild<QAction *>(QStringLiteral("quoteNewMemo"));
    ASSERT_NE(action, nullptr);
    bool seen = false;
    driveNextDialog<ui::MemoDialog>(
        [](ui::MemoDialog *dialog) {
            EXPECT_TRUE(dialog->textEdit()->toPlainText().isEmpty());  // a new memo, not the one already there
            QTest::keyClicks(dialog->textEdit(), QStringLiteral("Who is \"we\" here?"));
            dialog->accept();
        },
        &seen);
    action->trigger();
    EXPECT_TRUE(seen);
    const QList<Memo> onQuote = p.project->memos(MemoTarget::Quote, p.q2);
    ASSERT_EQ(onQuote.size(), 2);
    EXPECT_EQ(onQuote[1].text, QStringLiteral("Who is \"we\" here?"));
    EXPECT_EQ(onQuote[1].title, QStringLiteral("We lead outreach to sex workers."));
    // The memo manager lists it, attached to the quote.
    ASSERT_EQ(memos.model()->rowCount(), 2);
    EXPECT_TRUE(column(memos, MemoListModel::AttachedColumn).contains(QStringLiteral("interview-a [24–56]")));
    ASSERT_TRUE(p.project->undo().ok());
    EXPECT_EQ(memos.model()->rowCount(), 1);
}

// The README's screenshot (resources/screenshots/memos.png) when
// CROSSCUT_SCREENSHOT_DIR is set: the manager on memos of every kind.
TEST(MemosPanel, ManagerOnMemosOfEveryKind)
{
    ViewsProject p;
    Project &pr = *p.project;
    pr.setCurrentCoder(QStringLiteral("amina"));
    ASSERT_TRUE(pr.addMemo(MemoTarget::Project, std::nullopt, QStringLiteral("Analysis plan"),
                           QStringLiteral("Code leadership and population first; matrices after the second wave.")).ok());
    ASSERT_TRUE(pr.addMemo(MemoTarget::Document, p.docA, QStringLiteral("Setting of interview A"),
                           QStringLiteral("Drop-in centre, Bishkek; the director joined for ten minutes.")).ok());
    const Result<Id> onQuote = pr.addMemo(MemoTarget::Quote, p.q2, QStringLiteral("Who is \"we\"?"),
                                          QStringLiteral("She speaks for the network here, not for her organisation."));
    ASSERT_TRUE(onQuote.ok());
    pr.setCurrentCoder(QStringLiteral("bogdan"));
    ASSERT_TRUE(pr.addMemo(MemoTarget::Code, p.kpLed, QStringLiteral("Scope of Key population-led"),
                           QStringLiteral("Led by and for the community; includes peer-run clinics.")).ok());
    ASSERT_TRUE(pr.addMemo(MemoTarget::Quote, p.q4, QStringLiteral("Harm reduction as leadership"),
                           QStringLiteral("Compare with the Kyrgyz focus group.")).ok());
    ASSERT_TRUE(pr.addMemo(MemoTarget::Quote, p.q1, QStringLiteral("Мы — лидеры"),
                           QStringLiteral("Самоназвание: «лидеры сообщества».")).ok());
    const Result<Id> caseId = pr.addCase(QStringLiteral("زینب"), QStringLiteral("Peer educator, Lahore"));
    ASSERT_TRUE(caseId.ok());
    ASSERT_TRUE(pr.addMemo(MemoTarget::Case, *caseId, QStringLiteral("زینب"), QStringLiteral("ہم ساتھ ہیں — she speaks for the group.")).ok());
    pr.setCurrentCoder(QStringLiteral("amina"));
    ASSERT_TRUE(pr.updateMemo(*onQuote, QStringLiteral("Who is \"we\"?"),
                              QStringLiteral("She speaks for the network here, not for her organisation: "
                                             "the same person takes another position in interview B."))
                    .ok());

    MemosPanel panel(&pr);
    panel.resize(1400, 620);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    EXPECT_EQ(panel.model()->rowCount(), 7);
    ASSERT_TRUE(panel.selectMemo(*onQuote));
    QTest::mouseClick(panel.historyButton(), Qt::LeftButton);
    ASSERT_EQ(panel.historyList()->count(), 2);
    panel.historyList()->setCurrentRow(0);
    EXPECT_TRUE(panel.historyPreview()->toPlainText().contains(QStringLiteral("not for her organisation.")));
    QTest::qWait(50);
    if (const QByteArray dir = qgetenv("CROSSCUT_SCREENSHOT_DIR"); !dir.isEmpty()) {
        EXPECT_TRUE(panel.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/memos.png")));
    }
}
