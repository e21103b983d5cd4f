#pragma once
// The Session menu: start a live session, resume one (its capture window
// with the same clock, roster and draft), export one as a timestamped
// transcript (TXT, SRT, WebVTT or CSV, as `crosscut-cli live-export`). When
// a project opens, the sessions whose capture window was still open when the
// program stopped (killed, crashed, power cut) are resumed. The actions take
// ids and paths so tests need no dialog.

#include "model/entities.h"

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
    // Reopens the capture windows of interrupted sessions; returns them.
    QList<LiveCaptureWindow *> resumeInterrupted();
    // Writes a session's transcript; the format comes from the suffix.
    bool exportTranscript(Id document, const QString &path);
    // Closes every capture window (before the project closes).
    void closeCaptureWindows();

    QString lastError() const { return m_lastError; }

private:
    void fillSessionList(QMenu *menu, bool exporting);
    void chooseAndExport(Id document);

    MainWindow *m_window;
    QString m_lastError;
};

}  // namespace crosscut::ui
