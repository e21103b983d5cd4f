#include "mainwindow/sessionactions.h"

#include "export/atomicfile.h"
#include "live/livecapturewindow.h"
#include "live/livesession.h"
#include "live/sessionexport.h"
#include "mainwindow/mainwindow.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace crosscut::ui {

namespace {
const QStringList kTranscriptFormats = {QStringLiteral("txt"), QStringLiteral("srt"), QStringLiteral("vtt"),
                                        QStringLiteral("csv")};
}  // namespace

SessionActions::SessionActions(MainWindow *window) : QObject(window), m_window(window) {}

void SessionActions::addTo(QMenu *menu, QList<QAction *> &projectActions)
{
    QAction *start = menu->addAction(tr("Start &live session…"));
    start->setObjectName(QStringLiteral("startLiveSession"));
    connect(start, &QAction::triggered, this, [this] {
        if (m_window->project())
            startLiveSession(m_window->project(), m_window);
    });
    projectActions << start;

    QMenu *resumeMenu = menu->addMenu(tr("&Resume live session"));
    resumeMenu->setObjectName(QStringLiteral("resumeLiveSession"));
    connect(resumeMenu, &QMenu::aboutToShow, this, [this, resumeMenu] { fillSessionList(resumeMenu, false); });
    projectActions << resumeMenu->menuAction();

    QMenu *exportMenu = menu->addMenu(tr("&Export session transcript"));
    exportMenu->setObjectName(QStringLiteral("exportSessionTranscript"));
    connect(exportMenu, &QMenu::aboutToShow, this, [this, exportMenu] { fillSessionList(exportMenu, true); });
    projectActions << exportMenu->menuAction();
}

void SessionActions::fillSessionList(QMenu *menu, bool exporting)
{
    menu->clear();
    Project *project = m_window->project();
    const QList<Document> sessions = project ? live::LiveSession::sessions(*project) : QList<Document>();
    if (sessions.isEmpty()) {
        menu->addAction(tr("(no live sessions in this project)"))->setEnabled(false);
        return;
    }
    for (const Document &d : sessions) {
        const Id id = d.id;
        connect(menu->addAction(d.name), &QAction::triggered, this, [this, id, exporting] {
            if (exporting)
                chooseAndExport(id);
            else
                resume(id);
        });
    }
}

LiveCaptureWindow *SessionActions::resume(Id document)
{
    Project *project = m_window->project();
    if (!project)
        return nullptr;
    return resumeLiveSession(project, document, m_window);
}

QList<LiveCaptureWindow *> SessionActions::resumeInterrupted()
{
    QList<LiveCaptureWindow *> windows;
    Project *project = m_window->project();
    if (!project)
        return windows;
    for (Id document : live::LiveSession::interruptedSessions(*project))
        if (LiveCaptureWindow *w = resume(document))
            windows.append(w);
    if (!windows.isEmpty())
        m_window->statusBar()->showMessage(
            tr("Resumed %n live session(s) that were interrupted; nothing committed was lost.", nullptr,
               static_cast<int>(windows.size())),
            15000);
    return windows;
}

void SessionActions::closeCaptureWindows()
{
    for (LiveCaptureWindow *w : m_window->findChildren<LiveCaptureWindow *>()) {
        w->close();  // saves the draft and marks the session closed
        delete w;
    }
}

bool SessionActions::exportTranscript(Id document, const QString &path)
{
    Project *project = m_window->project();
    Status written = makeError(ErrorKind::Invalid, tr("Open a project first."));
    if (project) {
        auto format = exporting::formatFromSuffix(path, kTranscriptFormats);
        if (!format) {
            written = format.error();
        } else {
            auto text = live::exportSession(*project, document, *live::exportFormatFromString(*format));
            written = text ? exporting::writeAtomically(path, text->toUtf8()) : Status(text.error());
        }
    }
    if (!written) {
        m_lastError = tr("Cannot export %1: %2").arg(QDir::toNativeSeparators(path), written.message());
        if (m_window->isInteractive())
            QMessageBox::warning(m_window, tr("Export session transcript"), m_lastError);
        return false;
    }
    m_lastError.clear();
    m_window->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void SessionActions::chooseAndExport(Id document)
{
    Project *project = m_window->project();
    if (!project)
        return;
    const auto doc = project->document(document);
    if (!doc)
        return;
    const QFileInfo projectFile(project->path());
    QString base = doc->name;
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export session transcript"), projectFile.dir().filePath(base + QStringLiteral(".srt")),
        tr("SubRip subtitles (*.srt);;WebVTT (*.vtt);;Plain text (*.txt);;CSV of utterances (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".srt");
    exportTranscript(document, path);
}

}  // namespace crosscut::ui
