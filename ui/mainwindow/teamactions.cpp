#include "mainwindow/teamactions.h"

#include "codebook/codebookmodel.h"
#include "codebook/codebookpanel.h"
#include "coders/coderfilter.h"
#include "coders/codersmenu.h"
#include "copies/handoutdialog.h"
#include "copies/mergedialog.h"
#include "document/documentview.h"
#include "mainwindow/mainwindow.h"
#include "privacy/passworddialog.h"
#include "project/project.h"
#include "retrieval/retrievalpanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

#include <algorithm>

namespace crosscut::ui {

TeamActions::TeamActions(MainWindow *window) : QObject(window), m_window(window)
{
    connect(m_window, &MainWindow::projectOpened, this, &TeamActions::projectOpened);
    connect(m_window, &MainWindow::projectClosing, this, &TeamActions::projectClosing);
    connect(m_window, &MainWindow::coderChanged, this, [this] {
        if (m_filter)
            m_filter->currentCoderChanged();
    });
}

void TeamActions::addToFile(QMenu *file, QList<QAction *> &projectActions)
{
    m_merge = file->addAction(tr("&Merge project…"));
    m_merge->setObjectName(QStringLiteral("mergeProject"));
    m_merge->setStatusTip(tr("Merges coder copies or other projects into this one, as one undoable step"));
    connect(m_merge, &QAction::triggered, this, &TeamActions::chooseAndMerge);
    m_handout = file->addAction(tr("&Hand out a coder copy…"));
    m_handout->setObjectName(QStringLiteral("handoutCopy"));
    m_handout->setStatusTip(tr("Writes a copy of this project for one coder, to merge back later"));
    connect(m_handout, &QAction::triggered, this, &TeamActions::chooseAndHandout);
    projectActions << m_merge << m_handout;
}

void TeamActions::addToView(QMenu *view, QList<QAction *> &projectActions)
{
    m_codersMenu = new CodersMenu(m_window);
    view->addSeparator();
    view->addMenu(m_codersMenu);
    projectActions << m_codersMenu->menuAction();
}

void TeamActions::projectOpened()
{
    Project *project = m_window->project();
    delete m_filter;
    m_filter = new CoderFilter(project, this);
    m_window->documentView()->setCoderFilter(m_filter);
    m_window->codebook()->model()->setCoderFilter(m_filter);
    if (QTabWidget *tabs = m_window->bottomTabs())
        for (RetrievalPanel *retrieval : tabs->findChildren<RetrievalPanel *>())
            retrieval->setCoderFilter(m_filter);
    m_codersMenu->setFilter(m_filter);
}

void TeamActions::projectClosing()
{
    m_codersMenu->setFilter(nullptr);
    delete m_filter;
}

void TeamActions::fail(const QString &message)
{
    m_lastError = message;
    m_window->statusBar()->showMessage(message, 8000);
    if (m_window->isInteractive())
        QMessageBox::warning(m_window, tr("Crosscut"), message);
}

std::optional<ProjectKey> TeamActions::askKey(const QString &path, const QString &problem)
{
    PasswordDialog dialog(PasswordDialog::Mode::Open, path, m_window);
    if (!problem.isEmpty())
        dialog.setProblem(problem);
    while (dialog.exec() == QDialog::Accepted) {
        Result<ProjectKey> key = dialog.currentKey();
        if (key)
            return *key;
        dialog.setProblem(key.message());
    }
    return std::nullopt;
}

std::optional<team::MergeReport> TeamActions::merge(const QStringList &paths, const team::MergeOptions &options)
{
    Project *project = m_window->project();
    if (!project || paths.isEmpty())
        return std::nullopt;
    m_lastError.clear();
    QList<team::MergeSource> sources;
    for (const QString &path : paths)
        sources.append({path, {}});
    // The copy is only read by the merge (never opened as a project here:
    // that would upgrade an older copy in place), so a password is checked
    // by merging; a wrong one is asked again, nothing merged meanwhile.
    auto ask = [this](team::MergeSource &source, const QString &problem) {
        std::optional<ProjectKey> key = askKey(source.path, problem);
        if (key)
            source.key = *key;
        else
            m_lastError = tr("Nothing was merged: no password for %1.").arg(QDir::toNativeSeparators(source.path));
        return key.has_value();
    };
    for (team::MergeSource &source : sources)
        if (QFileInfo(source.path).isFile() && !isPlainSqliteFile(source.path) && !ask(source, {}))
            return std::nullopt;
    for (;;) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Result<team::MergeReport> report = team::mergeProjects(*project, sources, options);
        QApplication::restoreOverrideCursor();
        if (report) {
            m_window->statusBar()->showMessage(report->changedNothing()
                                                   ? tr("Merged: nothing new.")
                                                   : tr("Merged %n project(s).", nullptr, int(paths.size())),
                                               8000);
            return *report;
        }
        auto wrong = std::find_if(sources.begin(), sources.end(), [&report](const team::MergeSource &s) {
            return !s.key.isEmpty() && report.message().contains(s.path);
        });
        if (report.error().kind != ErrorKind::Encrypted || wrong == sources.end()) {
            fail(tr("The merge was refused: %1").arg(report.message()));
            return std::nullopt;
        }
        if (!ask(*wrong, wrong->key.isKeyFile() ? tr("This key file does not open %1. Try another.")
                                                        .arg(QFileInfo(wrong->path).fileName())
                                                  : tr("Wrong password. Try again.")))
            return std::nullopt;
    }
}

void TeamActions::chooseAndMerge()
{
    if (!m_window->project())
        return;
    m_lastError.clear();
    MergeDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList files = dialog.files();
    const std::optional<team::MergeReport> report = merge(files, dialog.options());
    if (!report)
        return;
    MergeReportDialog shown(*report, files, m_window);
    shown.exec();
}

bool TeamActions::handout(const team::HandoutOptions &options)
{
    Project *project = m_window->project();
    if (!project)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<team::HandoutReport> report = team::handout(*project, options);
    QApplication::restoreOverrideCursor();
    if (!report) {
        fail(tr("No copy was written: %1").arg(report.message()));
        return false;
    }
    m_lastError.clear();
    const QString message =
        tr("Wrote the copy for %1 to %2: %n document(s)", nullptr, report->documents)
            .arg(options.coder, QDir::toNativeSeparators(options.outPath))
        + QStringLiteral(", ") + tr("%n coding(s)", nullptr, report->codings)
        + (options.blind ? tr(" (blind)") : QString()) + (options.outKey.isEmpty() ? QString() : tr(", encrypted"));
    m_window->statusBar()->showMessage(message, 10000);
    if (m_window->isInteractive())
        QMessageBox::information(m_window, tr("Hand out a coder copy"), message + u'.');
    return true;
}

void TeamActions::chooseAndHandout()
{
    Project *project = m_window->project();
    if (!project)
        return;
    HandoutDialog dialog(*project, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!handout(dialog.options()))
        dialog.removeNewKeyFile();
}

}  // namespace crosscut::ui
