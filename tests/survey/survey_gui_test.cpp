// File → Import survey… and the Survey tab, on a real project in a real main
// window offscreen: the columns chosen in the dialog with the keyboard, a
// refused plan shown in words and changing nothing, then an open answer
// double-clicked in the grid and coded in the document view.
#include "surveyfiles.h"

#include "../ui/modaldriver.h"
#include "coding/codingcontroller.h"
#include "document/documentview.h"
#include "mainwindow/mainwindow.h"
#include "project/project.h"
#include "support/testsupport.h"
#include "survey/surveyactions.h"
#include "survey/surveygridmodel.h"
#include "survey/surveygridpanel.h"
#include "survey/surveyimportdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;
using crosscut::ui::SurveyImportDialog;

namespace {

const QString kQ7 = QStringLiteral("Q7 – What made collaboration hard? [baseline]");

// Picks the entry with `data` in a closed combo box by pressing Up/Down on it.
void chooseByKeys(QComboBox *box, int data)
{
    const int target = box->findData(data);
    ASSERT_GE(target, 0);
    box->setFocus();
    while (box->currentIndex() < target)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > target)
        QTest::keyClick(box, Qt::Key_Up);
    ASSERT_EQ(box->currentIndex(), target);
}

}  // namespace

TEST(SurveyGui, ImportThroughTheDialogThenCodeAnAnswerFromTheGrid)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("survey.crosscut"));
    createProject(path, QStringLiteral("intersectional"));
    const QString csv = dir.writeFile(QStringLiteral("partners.csv"), surveyCsv());
    ui::MainWindow window;
    window.setInteractive(false);
    ASSERT_TRUE(window.openProject(path)) << window.lastError().toStdString();
    window.resize(1400, 900);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *actions = window.findChild<ui::SurveyActions *>();
    ASSERT_NE(actions, nullptr);
    EXPECT_TRUE(actions->importAction()->isEnabled());

    bool seen = false;
    QString refusal;
    int casesWhenRefused = -1;
    driveNextDialog<SurveyImportDialog>(
        [&](SurveyImportDialog *dialog) {
            using crosscut::survey::ColumnRole;
            ASSERT_EQ(dialog->preview()->columnCount(), 6);
            ASSERT_EQ(dialog->preview()->rowCount(), 2 + 4);  // two rows of choices, four respondents
            // The suggestion: id identifies, Q7 is open, the types detected.
            EXPECT_EQ(dialog->roleBox(0)->currentData().toInt(), int(ColumnRole::Identifier));
            EXPECT_EQ(dialog->roleBox(4)->currentData().toInt(), int(ColumnRole::Open));
            EXPECT_EQ(dialog->typeBox(1)->currentData().toInt(), int(AttributeType::Category));
            EXPECT_EQ(dialog->typeBox(3)->currentData().toInt(), int(AttributeType::Number));
            EXPECT_TRUE(dialog->typeBox(1)->currentText().contains(QStringLiteral("detected")));
            // Country as identifier: Kenya answers twice, refused in words.
            chooseByKeys(dialog->roleBox(1), int(ColumnRole::Identifier));
            EXPECT_EQ(dialog->roleBox(0)->currentData().toInt(), int(ColumnRole::Closed));  // one identifier
            chooseByKeys(dialog->roleBox(5), int(ColumnRole::Skip));
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
            refusal = dialog->problem();
            casesWhenRefused = static_cast<int>(window.project()->cases().size());
            EXPECT_TRUE(dialog->isVisible());
            // Back to id; Staff as a category; a wave.
            chooseByKeys(dialog->roleBox(0), int(ColumnRole::Identifier));
            EXPECT_EQ(dialog->roleBox(1)->currentData().toInt(), int(ColumnRole::Closed));
            chooseByKeys(dialog->typeBox(3), int(AttributeType::Category));
            QTest::keyClicks(dialog->waveEdit(), QStringLiteral("baseline"));
            // resources/screenshots/render.sh: the dialog as the user leaves it.
            if (const QString shots = qEnvironmentVariable("CROSSCUT_SCREENSHOT_DIR"); !shots.isEmpty()) {
                EXPECT_TRUE(dialog->grab().save(shots + QStringLiteral("/survey-import.png")));
            }
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        },
        &seen);
    ASSERT_TRUE(actions->importSurvey(csv));
    ASSERT_TRUE(seen);
    EXPECT_TRUE(refusal.startsWith(QStringLiteral("Nothing was imported: partners.csv line 5: identifier \"Kenya\" is given twice")))
        << refusal.toStdString();
    EXPECT_EQ(casesWhenRefused, 0);

    Project &project = *window.project();
    EXPECT_EQ(project.cases().size(), 4);
    for (const Attribute &a : project.attributes(AttributeScope::Case)) {
        if (a.name == QStringLiteral("Staff [baseline]")) {
            EXPECT_EQ(a.type, AttributeType::Category);
        }
        EXPECT_NE(a.name, QStringLiteral("Partners [baseline]"));  // skipped
    }
    const auto doc = project.findDocument(kQ7);
    ASSERT_TRUE(doc.has_value());
    const QList<SpeakerTurn> turns = project.speakerTurns(doc->id);
    ASSERT_EQ(turns.size(), 3);

    // The Survey tab is shown, with the respondents and their answers.
    ui::SurveyGridPanel *grid = actions->grid();
    ASSERT_NE(grid, nullptr);
    EXPECT_EQ(window.bottomTabs()->currentWidget(), grid);
    ASSERT_EQ(grid->model()->rowCount(), 4);
    const int answers = grid->model()->answerColumn(doc->id);
    ASSERT_GT(answers, 0);
    // Filtering keeps the matching respondents.
    QTest::keyClicks(grid->filterEdit(), QStringLiteral("ukraine"));
    EXPECT_EQ(grid->proxy()->rowCount(), 1);
    grid->filterEdit()->clear();
    EXPECT_EQ(grid->proxy()->rowCount(), 4);
    QTableView *view = grid->view();
    const int source = grid->model()->rowOfCase(QStringLiteral("ORG-03"));
    const QModelIndex cell = grid->proxy()->mapFromSource(grid->model()->index(source, answers));
    ASSERT_TRUE(cell.isValid());
    view->scrollTo(cell);
    // A click, then the double-click (an item view takes a double-click on a cell not pressed first as a press).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(cell).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(cell).center());

    // The document view shows the answer selected: code it.
    ui::DocumentView *documentView = window.documentView();
    ASSERT_EQ(documentView->documentId(), doc->id);
    const ui::CodePointSpan selected = documentView->selectedSpan();
    EXPECT_EQ(selected.start, turns[1].start);
    EXPECT_EQ(selected.end, turns[1].end);
    auto code = project.resolveCodePath(QStringLiteral("Leadership/Key population-led"));
    ASSERT_TRUE(code.ok()) << code.message().toStdString();
    auto quote = window.coding()->applyCode(*code);
    ASSERT_TRUE(quote.ok()) << quote.message().toStdString();
    const auto q = project.quote(*quote);
    ASSERT_TRUE(q.has_value());
    EXPECT_EQ(q->documentId, doc->id);
    EXPECT_EQ(q->start, turns[1].start);
    EXPECT_EQ(q->end, turns[1].end);
    EXPECT_EQ(project.quoteText(*q), QStringLiteral("Трудно доверять 🤝 партнёрам"));
    if (const QString shots = qEnvironmentVariable("CROSSCUT_SCREENSHOT_DIR"); !shots.isEmpty()) {
        view->setCurrentIndex(cell);
        QTest::qWait(400);  // the status bar's counts follow on a timer
        EXPECT_TRUE(window.grab().save(shots + QStringLiteral("/survey-grid.png")));
    }

    // The grid follows the project: undoing the coding and the import empties it.
    ASSERT_TRUE(project.undo().ok());
    ASSERT_TRUE(project.undo().ok());
    EXPECT_EQ(grid->model()->rowCount(), 0);
}

TEST(SurveyGui, HeaderClickSortsAndAnUnreadableFileIsExplained)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("survey.crosscut"));
    createProject(path);
    ui::MainWindow window;
    window.setInteractive(false);
    ASSERT_TRUE(window.openProject(path)) << window.lastError().toStdString();
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *actions = window.findChild<ui::SurveyActions *>();
    ASSERT_NE(actions, nullptr);

    // A file that is no survey: the dialog says why and cannot import.
    bool seen = false;
    QString problem;
    bool canImport = true;
    driveNextDialog<SurveyImportDialog>(
        [&](SurveyImportDialog *dialog) {
            problem = dialog->problem();
            canImport = dialog->importButton()->isEnabled();
            dialog->reject();
        },
        &seen);
    EXPECT_FALSE(actions->importSurvey(dir.writeFile(QStringLiteral("notes.pdf"), "%PDF-1.4\n")));
    ASSERT_TRUE(seen);
    EXPECT_FALSE(canImport);
    EXPECT_EQ(problem, QStringLiteral("This file cannot be imported: notes.pdf is not a survey Crosscut reads: give a .csv or .xlsx file"));

    // Import by the core, then sort by clicking the Staff header.
    auto table = survey::readSurveyCsv(surveyCsv(), QStringLiteral("partners.csv"));
    ASSERT_TRUE(table.ok());
    QList<survey::ColumnPlan> plan;
    for (int c = 0; c < table->columnCount(); ++c)
        plan.append({c == 0 ? survey::ColumnRole::Identifier : survey::ColumnRole::Closed, survey::detectType(*table, c)});
    ASSERT_TRUE(survey::importSurvey(*window.project(), *table, {plan, {}}).ok());
    ui::SurveyGridPanel *grid = actions->grid();
    ASSERT_NE(grid, nullptr);
    actions->showGrid();
    ASSERT_EQ(grid->model()->rowCount(), 4);  // the grid followed Project::changed
    int staff = -1;
    for (int c = 0; c < grid->model()->columnCount(); ++c)
        if (grid->model()->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Staff"))
            staff = c;
    ASSERT_GT(staff, 0);
    QTableView *view = grid->view();
    QHeaderView *header = view->horizontalHeader();
    auto clickHeader = [&] {
        const int x = header->sectionViewportPosition(staff) + header->sectionSize(staff) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(x, header->height() / 2));
    };
    auto names = [&] {
        QStringList out;
        for (int r = 0; r < grid->proxy()->rowCount(); ++r)
            out.append(grid->proxy()->index(r, 0).data().toString());
        return out;
    };
    view->scrollTo(grid->proxy()->index(0, staff));
    clickHeader();
    // Numbers sort as numbers (4 < 12 < 30, not "12" < "30" < "4"), the unanswered after them.
    EXPECT_EQ(names(), (QStringList{QStringLiteral("ORG-02"), QStringLiteral("ORG-01"), QStringLiteral("ORG-03"), QStringLiteral("ORG-04")}));
    clickHeader();
    EXPECT_EQ(names(), (QStringList{QStringLiteral("ORG-04"), QStringLiteral("ORG-03"), QStringLiteral("ORG-01"), QStringLiteral("ORG-02")}));
}
