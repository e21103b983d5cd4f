#include "mainwindow/exportactions.h"

#include "export/atomicfile.h"
#include "mainwindow/mainwindow.h"
#include "privacy/plainexportwarning.h"
#include "render/projectexport.h"
#include "render/reportwriter.h"
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
    add("exportReport", tr("Evaluation &report (PDF, ODT, HTML, XLSX)…"),
        tr("PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html *.htm);;Excel workbook (*.xlsx)"),
        QStringLiteral("pdf"), &ExportActions::exportReport);
    add("exportRefiProject", tr("REFI-QDA &project (.qdpx)…"), tr("REFI-QDA projects (*.qdpx)"), QStringLiteral("qdpx"),
        &ExportActions::exportRefiProject);
    add("exportCodebook", tr("&Codebook (.qdc)…"), tr("REFI-QDA codebooks (*.qdc)"), QStringLiteral("qdc"),
        &ExportActions::exportCodebook);
    add("exportCodingsCsv", tr("Co&dings (CSV)…"), tr("CSV files (*.csv)"), QStringLiteral("csv"),
        &ExportActions::exportCodingsCsv);
}

bool ExportActions::exportReport(const QString &path)
{
    auto format = exporting::formatFromSuffix(path, render::reportFormats());
    if (!format) {
        m_lastError = format.message();
        if (m_window->isInteractive())
            QMessageBox::warning(m_window, tr("Export"), m_lastError);
        return false;
    }
    return write(path, *format);
}

bool ExportActions::exportRefiProject(const QString &path) { return write(path, QStringLiteral("qdpx")); }

bool ExportActions::exportCodebook(const QString &path) { return write(path, QStringLiteral("qdc")); }

bool ExportActions::exportCodingsCsv(const QString &path) { return write(path, QStringLiteral("csv")); }

bool ExportActions::write(const QString &path, const QString &format)
{
    Project *project = m_window->project();
    Status written = makeError(ErrorKind::Invalid, tr("Open a project first."));
    if (m_window->isInteractive() && !confirmPlainExport(m_window, project, tr("Export"), path))
        return false;
    if (project) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        render::ReportOptions options;
        options.redact = m_redact;
        written = render::exportProjectFile(*project, path, format, options);
        QApplication::restoreOverrideCursor();
    }
    if (!written) {
        m_lastError = tr("Cannot export %1: %2").arg(QDir::toNativeSeparators(path), written.message());
        if (m_window->isInteractive())
            QMessageBox::warning(m_window, tr("Export"), m_lastError);
        return false;
    }
    m_lastError.clear();
    m_window->statusBar()->showMessage((m_redact && format != QLatin1String("qdc") ? tr("Exported %1 (redacted)") : tr("Exported %1"))
                                           .arg(QDir::toNativeSeparators(path)),
                                       8000);
    return true;
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
