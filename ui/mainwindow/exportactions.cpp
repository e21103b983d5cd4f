#include "mainwindow/exportactions.h"

#include "export/atomicfile.h"
#include "mainwindow/mainwindow.h"
#include "privacy/plainexportwarning.h"
#include "render/projectexport.h"
#include "render/reportwriter.h"
#include "report/reportdialog.h"
#include "report/reportsettings.h"
#include "widgets/redactsavedialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace crosscut::ui {

ExportActions::ExportActions(MainWindow *window) : QObject(window), m_window(window) {}

void ExportActions::addTo(QMenu *menu, QList<QAction *> &projectActions)
{
    QMenu *exportMenu = menu->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    auto add = [&](const char *name, const QString &text, const QString &filter, const QString &suffix,
                   bool (ExportActions::*action)(const QString &)) {
        QAction *a = exportMenu->addAction(text);
        a->setObjectName(QLatin1String(name));
        // The caption is the action's text without the mnemonic and ellipsis.
        const QString caption = QString(text).remove(u'&').remove(QStringLiteral("…"));
        // A codebook holds no names: nothing to redact.
        const bool canRedact = action != &ExportActions::exportCodebook;
        connect(a, &QAction::triggered, this, [this, caption, filter, suffix, action, canRedact] {
            chooseAndExport(caption, filter, suffix, action, canRedact);
        });
        projectActions << a;
    };
    // The report has its own dialog with every choice (report/reportdialog.h).
    QAction *report = exportMenu->addAction(tr("Evaluation &report…"));
    report->setObjectName(QStringLiteral("exportReport"));
    connect(report, &QAction::triggered, this, &ExportActions::chooseAndExportReport);
    projectActions << report;
    add("exportRefiProject", tr("REFI-QDA &project (.qdpx)…"), tr("REFI-QDA projects (*.qdpx)"), QStringLiteral("qdpx"),
        &ExportActions::exportRefiProject);
    add("exportCodebook", tr("&Codebook (.qdc)…"), tr("REFI-QDA codebooks (*.qdc)"), QStringLiteral("qdc"),
        &ExportActions::exportCodebook);
    add("exportCodingsCsv", tr("Co&dings (CSV)…"), tr("CSV files (*.csv)"), QStringLiteral("csv"),
        &ExportActions::exportCodingsCsv);
}

bool ExportActions::exportReport(const QString &path)
{
    render::ReportOptions options;
    options.redact = m_redact;
    return exportReport(path, options);
}

bool ExportActions::exportReport(const QString &path, const render::ReportOptions &options)
{
    auto format = exporting::formatFromSuffix(path, render::reportFormats());
    if (!format) {
        m_lastError = format.message();
        if (m_window->isInteractive())
            QMessageBox::warning(messageParent(), tr("Export"), m_lastError);
        return false;
    }
    return write(path, *format, options);
}

namespace {
render::ReportOptions withRedaction(bool redact)
{
    render::ReportOptions options;
    options.redact = redact;
    return options;
}
}  // namespace

bool ExportActions::exportRefiProject(const QString &path) { return write(path, QStringLiteral("qdpx"), withRedaction(m_redact)); }

bool ExportActions::exportCodebook(const QString &path) { return write(path, QStringLiteral("qdc"), withRedaction(m_redact)); }

bool ExportActions::exportCodingsCsv(const QString &path) { return write(path, QStringLiteral("csv"), withRedaction(m_redact)); }

QWidget *ExportActions::messageParent() const
{
    QWidget *modal = QApplication::activeModalWidget();
    return modal ? modal : m_window;
}

bool ExportActions::write(const QString &path, const QString &format, const render::ReportOptions &options)
{
    Project *project = m_window->project();
    Status written = makeError(ErrorKind::Invalid, tr("Open a project first."));
    if (m_window->isInteractive() && !confirmPlainExport(messageParent(), project, tr("Export"), path))
        return false;
    if (project) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        written = render::exportProjectFile(*project, path, format, options);
        QApplication::restoreOverrideCursor();
    }
    if (!written) {
        m_lastError = tr("Cannot export %1: %2").arg(QDir::toNativeSeparators(path), written.message());
        if (m_window->isInteractive())
            QMessageBox::warning(messageParent(), tr("Export"), m_lastError);
        return false;
    }
    m_lastError.clear();
    m_window->statusBar()->showMessage((options.redact && format != QLatin1String("qdc") ? tr("Exported %1 (redacted)") : tr("Exported %1"))
                                           .arg(QDir::toNativeSeparators(path)),
                                       8000);
    return true;
}

void ExportActions::chooseAndExportReport()
{
    Project *project = m_window->project();
    if (!project)
        return;
    ReportChoices choices;
    if (auto remembered = ReportSettings::load(project->path()))
        choices = *remembered;
    // A folder that has gone since (a moved project, an unplugged drive):
    // back to the default beside the project.
    if (!choices.path.isEmpty() && !QFileInfo(choices.path).absoluteDir().exists())
        choices.path.clear();
    // Redaction chosen in another export's dialog carries over: a user who
    // asked for redacted exports does not get a plain report by default.
    choices.options.redact = choices.options.redact || m_redact;
    ReportDialog dialog(*project, m_window);
    dialog.setChoices(choices.options, choices.path);
    dialog.setWriter([this, project](const QString &path, const render::ReportOptions &options) {
        if (!exportReport(path, options))
            return false;
        m_redact = options.redact;
        ReportSettings::save(project->path(), {options, path}, project->isEncrypted());
        return true;
    });
    dialog.exec();
}

void ExportActions::chooseAndExport(const QString &caption, const QString &filter, const QString &suffix,
                                    bool (ExportActions::*action)(const QString &), bool canRedact)
{
    Project *project = m_window->project();
    if (!project)
        return;
    const QFileInfo projectFile(project->path());
    const QString suggested = projectFile.dir().filePath(projectFile.completeBaseName() + u'.' + suffix);
    bool redact = m_redact && canRedact;
    QString path = getRedactableSaveFileName(m_window, caption, suggested, filter, canRedact ? &redact : nullptr);
    if (canRedact)
        m_redact = redact;
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    (this->*action)(path);
}

}  // namespace crosscut::ui
