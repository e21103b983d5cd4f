#pragma once
// The Session menu: start a live session, end one (its capture window
// closes and the clock stops), resume one (its capture window
// with the same clock, roster and draft), export one as a timestamped
// transcript (TXT, SRT, WebVTT or CSV, as `crosscut-cli live-export`), align
// one with a recording's SRT/WebVTT transcript (`live-align`). When
// a project opens, the sessions whose capture window was still open when the
// program stopped (killed, crashed, power cut) are resumed. The actions take
// ids and paths so tests need no dialog.

#include "model/entities.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QMenu;

namespace crosscut::ui {

class LiveCaptureWindow;
class MainWindow;

class SessionActions : public QObject {
    Q_OBJECT
public:
    explicit SessionActions(MainWindow *window);

    // Fills the Session menu; its actions go to `projectActions`.
    void addTo(QMenu *menu, QList<QAction *> &projectActions);

    // Opens (or raises) the capture window of a live session.
    LiveCaptureWindow *resume(Id document);
    // End session: stops the clock and closes the session's capture window.
    bool endSession(Id document);
    // Reopens the capture windows of interrupted sessions; returns them.
    QList<LiveCaptureWindow *> resumeInterrupted();
    // Writes a session's transcript; the format comes from the suffix.
    bool exportTranscript(Id document, const QString &path);
    // Moves a session onto a recording's clock (live::alignWithRecording).
    bool alignWithRecording(Id document, const QString &path);
    // Closes every capture window (before the project closes).
    void closeCaptureWindows();

    QString lastError() const { return m_lastError; }
    // Whether transcripts are exported redacted (the save dialog's checkbox).
    void setRedact(bool redact) { m_redact = redact; }
    bool redact() const { return m_redact; }

private:
    enum class Purpose { Resume, Export, Align };
    void fillOpenSessions(QMenu *menu);
    void fillSessionList(QMenu *menu, Purpose purpose);
    void chooseAndExport(Id document);
    void chooseAndAlign(Id document);
    // Status bar on success; lastError (and a message box when interactive) on failure.
    bool report(const Status &status, const QString &title, const QString &done);

    MainWindow *m_window;
    QString m_lastError;
    bool m_redact = false;
};

}  // namespace crosscut::ui
