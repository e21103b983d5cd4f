#include "survey/surveyactions.h"

#include "mainwindow/mainwindow.h"
#include "survey/surveygridpanel.h"
#include "survey/surveyimportdialog.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>

namespace crosscut::ui {

SurveyActions::SurveyActions(MainWindow *window) : QObject(window), m_window(window)
{
    connect(window, &MainWindow::projectOpened, this, &SurveyActions::addGrid);
}

void SurveyActions::addTo(QMenu *menu, QList<QAction *> &projectActions)
{
    m_import = menu->addAction(tr("Import &survey…"));
    m_import->setObjectName(QStringLiteral("importSurvey"));
    m_import->setStatusTip(tr("Respondents as cases, closed answers as case attributes, open answers as documents to code "
                              "(CSV or XLSX)"));
    connect(m_import, &QAction::triggered, this, &SurveyActions::chooseAndImport);
    projectActions << m_import;
}

void SurveyActions::addGrid()
{
    QTabWidget *tabs = m_window->bottomTabs();
    if (!tabs || !m_window->project())
        return;
    m_grid = new SurveyGridPanel(m_window->project(), tabs);
    tabs->addTab(m_grid, tr("Survey"));
    connect(m_grid, &SurveyGridPanel::openSpanRequested, m_window, &MainWindow::openQuoteSpan);
}

SurveyGridPanel *SurveyActions::grid() const { return m_grid.data(); }

void SurveyActions::showGrid()
{
    if (!m_grid)
        return;
    if (QTabWidget *tabs = m_window->bottomTabs())
        tabs->setCurrentWidget(m_grid);
    if (auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("analysisDock")))
        dock->show();
}

bool SurveyActions::importSurvey(const QString &path)
{
    if (!m_window->project())
        return false;
    SurveyImportDialog dialog(m_window->project(), m_window);
    dialog.loadFile(path);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const survey::SurveyImportReport &r = dialog.report();
    m_window->statusBar()->showMessage(tr("Imported %n respondent(s): %1 case attribute(s), %2 answer(s) to code", nullptr,
                                          r.respondents)
                                           .arg(r.attributes)
                                           .arg(r.answers),
                                       8000);
    showGrid();
    return true;
}

void SurveyActions::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import survey"), QDir::homePath(),
                                                      tr("Surveys (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        importSurvey(path);
}

}  // namespace crosscut::ui
