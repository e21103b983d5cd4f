#include "mainwindow/interopactions.h"

#include "export/atomicfile.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace crosscut::ui {

namespace {

// A codebook opened as a project: a new empty project with the codebook
// merged in, as `init` followed by `codebook-import` would make it.
Result<interop::ImportSummary> projectFromCodebook(const QString &qdcPath, const QString &projectPath)
{
    if (!QFileInfo::exists(qdcPath))
        return makeError(ErrorKind::NotFound, QStringLiteral("%1 does not exist").arg(qdcPath));
    Result<interop::ImportSummary> summary = makeError(ErrorKind::Invalid, QString());
    {
        auto project = Project::create(projectPath);
        if (!project)
            return project.error();
        summary = interop::importCodebook(**project, qdcPath);
    }
    if (!summary) {
        // Leave no half-made project behind.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(projectPath + suffix);
    }
    return summary;
}

}  // namespace

InteropActions::InteropActions(MainWindow *window) : QObject(window), m_window(window) {}

void InteropActions::addTo(QMenu *menu, QList<QAction *> &projectActions)
{
    QAction *project = menu->addAction(tr("Import REFI-QDA &project (.qdpx/.qdc)…"));
    project->setObjectName(QStringLiteral("importRefiProject"));
    connect(project, &QAction::triggered, this, &InteropActions::chooseAndImportProject);
    QAction *codebook = menu->addAction(tr("Import code&book (.qdc)…"));
    codebook->setObjectName(QStringLiteral("importCodebook"));
    connect(codebook, &QAction::triggered, this, &InteropActions::chooseAndImportCodebook);
    projectActions << codebook;
}

bool InteropActions::importProject(const QString &source, const QString &destination)
{
    const QString title = tr("Import REFI-QDA project");
    const QString target = QDir::toNativeSeparators(destination);
    if (QFileInfo::exists(destination)) {
        fail(title, tr("%1 exists already; choose a new file name for the imported project.").arg(target));
        return false;
    }
    if (Status check = exporting::checkWritableTarget(destination); !check) {
        fail(title, tr("Cannot create %1: %2").arg(target, check.message()));
        return false;
    }
    const bool codebook = QFileInfo(source).suffix().compare(QLatin1String("qdc"), Qt::CaseInsensitive) == 0;
    interop::ImportOptions options;
    if (!codebook && m_window->isInteractive()) {
        // Texts missing from the archive: ask before importing the rest.
        const auto missing = interop::missingSources(source);
        if (missing && !missing->isEmpty()) {
            if (!confirmWithoutMissing(source, *missing)) {
                m_lastMessage = tr("Import cancelled: %n source(s) have no text in the archive.", nullptr,
                                   int(missing->size()));
                return false;
            }
            options.skipMissingSources = true;
        }
    }
    Result<interop::ImportSummary> summary = makeError(ErrorKind::Invalid, QString());
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        if (codebook)
            summary = projectFromCodebook(source, destination);
        else
            summary = interop::importProject(source, destination, options);
        QApplication::restoreOverrideCursor();
    }
    if (!summary) {
        fail(title, tr("Cannot import %1: %2").arg(QDir::toNativeSeparators(source), summary.message()));
        return false;
    }
    if (!m_window->openProject(destination)) {
        m_lastMessage = m_window->lastError();
        return false;
    }
    inform(title, tr("Created %1 from %2.").arg(target, QDir::toNativeSeparators(source)) + u'\n' + summary->toText());
    return true;
}

bool InteropActions::importCodebook(const QString &qdcPath)
{
    const QString title = tr("Import codebook");
    Project *project = m_window->project();
    if (!project) {
        fail(title, tr("Open a project first."));
        return false;
    }
    auto summary = interop::importCodebook(*project, qdcPath);
    if (!summary) {
        fail(title, tr("Cannot import %1: %2").arg(QDir::toNativeSeparators(qdcPath), summary.message()));
        return false;
    }
    QString text = summary->toText();
    if (!summary->conflicts.isEmpty())
        text += u'\n' + tr("Existing codes were kept; the differences are listed above.");
    inform(title, text);
    return true;
}

void InteropActions::chooseAndImportProject()
{
    const QString source =
        QFileDialog::getOpenFileName(m_window, tr("Import REFI-QDA project"), QDir::homePath(),
                                     tr("REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)"));
    if (source.isEmpty())
        return;
    const QFileInfo info(source);
    const QString suggested = info.dir().filePath(info.completeBaseName() + QStringLiteral(".crosscut"));
    QString destination = QFileDialog::getSaveFileName(m_window, tr("New project from %1").arg(info.fileName()), suggested,
                                                       tr("Crosscut projects (*.crosscut)"));
    if (destination.isEmpty())
        return;
    if (QFileInfo(destination).suffix().isEmpty())
        destination += QStringLiteral(".crosscut");
    importProject(source, destination);
}

void InteropActions::chooseAndImportCodebook()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import codebook"), QDir::homePath(),
                                                      tr("REFI-QDA codebooks (*.qdc);;All files (*)"));
    if (!path.isEmpty())
        importCodebook(path);
}

bool InteropActions::confirmWithoutMissing(const QString &source, const QStringList &missing)
{
    QMessageBox box(QMessageBox::Warning, tr("Import REFI-QDA project"),
                    tr("%n source(s) in %1 have no text that Crosscut can read, so they cannot be imported.", nullptr,
                       int(missing.size()))
                        .arg(QFileInfo(source).fileName()),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("missingSourcesQuestion"));
    box.setInformativeText(tr("Import everything else (codes, the other sources and their quotes, cases, memos) "
                              "without them?"));
    box.setDetailedText(missing.join(u'\n'));
    QPushButton *rest = box.addButton(tr("Import what is there"), QMessageBox::AcceptRole);
    rest->setObjectName(QStringLiteral("importWhatIsThere"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == rest;
}

void InteropActions::inform(const QString &title, const QString &text)
{
    m_lastMessage = text;
    if (m_window->isInteractive())
        QMessageBox::information(m_window, title, text);
}

void InteropActions::fail(const QString &title, const QString &text)
{
    m_lastMessage = text;
    if (m_window->isInteractive())
        QMessageBox::warning(m_window, title, text);
}

}  // namespace crosscut::ui
