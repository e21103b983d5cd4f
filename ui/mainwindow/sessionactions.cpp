#include "mainwindow/sessionactions.h"

#include "export/atomicfile.h"
#include "live/alignment.h"
#include "live/livecapturewindow.h"
#include "live/livesession.h"
#include "live/sessionexport.h"
#include "mainwindow/mainwindow.h"
#include "privacy/redaction.h"
#include "widgets/redactsavedialog.h"

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

    QMenu *endMenu = menu->addMenu(tr("E&nd live session"));
    endMenu->setObjectName(QStringLiteral("endLiveSession"));
    connect(endMenu, &QMenu::aboutToShow, this, [this, endMenu] { fillOpenSessions(endMenu); });
    projectActions << endMenu->menuAction();

    QMenu *resumeMenu = menu->addMenu(tr("&Resume live session"));
    resumeMenu->setObjectName(QStringLiteral("resumeLiveSession"));
    connect(resumeMenu, &QMenu::aboutToShow, this, [this, resumeMenu] { fillSessionList(resumeMenu, Purpose::Resume); });
    projectActions << resumeMenu->menuAction();

    QMenu *exportMenu = menu->addMenu(tr("&Export session transcript"));
    exportMenu->setObjectName(QStringLiteral("exportSessionTranscript"));
    connect(exportMenu, &QMenu::aboutToShow, this, [this, exportMenu] { fillSessionList(exportMenu, Purpose::Export); });
    projectActions << exportMenu->menuAction();

    QMenu *alignMenu = menu->addMenu(tr("&Align session with recording"));
    alignMenu->setObjectName(QStringLiteral("alignSessionWithRecording"));
    connect(alignMenu, &QMenu::aboutToShow, this, [this, alignMenu] { fillSessionList(alignMenu, Purpose::Align); });
    projectActions << alignMenu->menuAction();
}

void SessionActions::fillSessionList(QMenu *menu, Purpose purpose)
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
        connect(menu->addAction(d.name), &QAction::triggered, this, [this, id, purpose] {
            switch (purpose) {
            case Purpose::Resume: resume(id); break;
            case Purpose::Export: chooseAndExport(id); break;
            case Purpose::Align: chooseAndAlign(id); break;
            }
        });
    }
}

void SessionActions::fillOpenSessions(QMenu *menu)
{
    menu->clear();
    QList<LiveCaptureWindow *> open;
    for (LiveCaptureWindow *w : m_window->findChildren<LiveCaptureWindow *>())
        if (w->isVisible())  // a closed one waits for deletion
            open.append(w);
    if (open.isEmpty()) {
        menu->addAction(tr("(no capture window is open)"))->setEnabled(false);
        return;
    }
    for (LiveCaptureWindow *w : open) {
        const Id id = w->session().documentId();
        connect(menu->addAction(w->session().info().title), &QAction::triggered, this, [this, id] { endSession(id); });
    }
}

bool SessionActions::endSession(Id document)
{
    for (LiveCaptureWindow *w : m_window->findChildren<LiveCaptureWindow *>()) {
        if (w->session().documentId() != document || !w->isVisible())
            continue;
        const QString title = w->session().info().title;
        const QString at = live::formatTimestamp(w->session().elapsedMs()).left(8);
        w->endSession();
        return report({}, tr("End live session"),
                      tr("%1 ended at %2. Session → Resume live session continues it.").arg(title, at));
    }
    return report(makeError(ErrorKind::NotFound, tr("That session has no capture window open.")), tr("End live session"), {});
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
            const privacy::Redaction redaction = m_redact ? privacy::Redaction::fromProject(*project) : privacy::Redaction();
            auto text = live::exportSession(*project, document, *live::exportFormatFromString(*format), &redaction);
            written = text ? exporting::writeAtomically(path, text->toUtf8()) : Status(text.error());
        }
    }
    if (!written)
        written = makeError(written.error().kind,
                            tr("Cannot export %1: %2").arg(QDir::toNativeSeparators(path), written.message()));
    return report(written, tr("Export session transcript"), tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

bool SessionActions::alignWithRecording(Id document, const QString &path)
{
    Project *project = m_window->project();
    if (!project)
        return report(makeError(ErrorKind::Invalid, tr("Open a project first.")), tr("Align with recording"), {});
    auto aligned = live::alignWithRecording(*project, document, path);
    if (!aligned)
        return report(aligned.error(), tr("Align with recording"), {});
    return report({}, tr("Align with recording"),
                  tr("Aligned %1 of %2 utterances with the recording's cues; the session moved by %3 s (Edit → Undo "
                     "reverts it).")
                      .arg(aligned->matched)
                      .arg(aligned->utterances)
                      .arg(QString::number(aligned->offsetMs / 1000.0, 'f', 1)));
}

bool SessionActions::report(const Status &status, const QString &title, const QString &done)
{
    if (!status) {
        m_lastError = status.message();
        if (m_window->isInteractive())
            QMessageBox::warning(m_window, title, m_lastError);
        return false;
    }
    m_lastError.clear();
    m_window->statusBar()->showMessage(done, 10000);
    return true;
}

void SessionActions::chooseAndAlign(Id document)
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Transcript of the recording"), QFileInfo(m_window->project()->path()).dir().path(),
        tr("Subtitles with times (*.srt *.vtt)"));
    if (!path.isEmpty())
        alignWithRecording(document, path);
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
    QString path = getRedactableSaveFileName(
        m_window, tr("Export session transcript"), projectFile.dir().filePath(base + QStringLiteral(".srt")),
        tr("SubRip subtitles (*.srt);;WebVTT (*.vtt);;Plain text (*.txt);;CSV of utterances (*.csv)"), &m_redact);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".srt");
    exportTranscript(document, path);
}

}  // namespace crosscut::ui
