#pragma once
// The live capture window: session clock, running transcript with code chips,
// and one input line. Everything is keyboard-driven:
//   Enter            commit the utterance (start = when typing began)
//   Alt+1…9          choose the speaker (otherwise carried over)
//   F1…F12, Ctrl+1…9 code the utterance being typed (applied on commit)
//   Shift+ those     code the last committed utterance
//   Ctrl+G           flag this moment (with the note typed in the flag field)
//   Ctrl+Shift+G     go to the flag-note field (Enter there flags)
//   Ctrl+P           pause / resume the clock
// Each commit, coding and flag is one core operation: on screen ⇒ on disk.
// The input is saved as a draft every second, outside the undo log.

#include "live/livesession.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace crosscut::ui {

class LiveCaptureWindow : public QWidget {
    Q_OBJECT
public:
    LiveCaptureWindow(Project *project, std::unique_ptr<live::LiveSession> session, QWidget *parent = nullptr);
    ~LiveCaptureWindow() override;

    live::LiveSession &session() { return *m_session; }
    QLineEdit *input() const { return m_input; }
    QLineEdit *flagNote() const { return m_flagNote; }
    QTextBrowser *transcript() const { return m_transcript; }
    QString currentSpeaker() const { return m_speaker; }
    QList<Id> pendingCodes() const { return m_pending; }
    QString lastError() const;
    // Saves the draft now if it changed (the timer calls this every second).
    void saveDraftNow();
    // Syncs what was written since the last call to disk (Project::syncToDisk;
    // the timer calls this every second).
    void syncNow();

Q_SIGNALS:
    void committed(const crosscut::live::Utterance &utterance);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void restore();
    void reloadTranscript();
    void onProjectChanged(const crosscut::ChangeList &changes);
    bool handleKey(QKeyEvent *event);
    void setSpeaker(const QString &pseudonym);
    void codeByKey(const QString &key, bool lastCommitted);
    void commit();
    void flag();
    void togglePause();
    void updateClock();
    void updatePending();
    void showError(const QString &message);
    void appendUtterance(const live::Utterance &u);
    void rewriteUtterance(const live::Utterance &u);
    void appendFlag(const live::Flag &f);
    // Appends one left-to-right line to the transcript; returns its block number.
    int appendLine(const QString &html);
    QString utteranceHtml(const live::Utterance &u) const;
    QString chipsHtml(const QList<Id> &codes) const;

    Project *m_project;
    std::unique_ptr<live::LiveSession> m_session;
    QLabel *m_title = nullptr;
    QLabel *m_clock = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_flagButton = nullptr;
    QLineEdit *m_flagNote = nullptr;
    QWidget *m_speakerStrip = nullptr;
    QHash<QString, QPushButton *> m_speakerButtons;
    QTextBrowser *m_transcript = nullptr;
    QLabel *m_speakerLabel = nullptr;
    QLineEdit *m_input = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_clockTimer = nullptr;
    QTimer *m_draftTimer = nullptr;

    QString m_speaker;
    QList<Id> m_pending;
    std::optional<qint64> m_typingStartedMs;
    std::optional<live::Utterance> m_last;
    QHash<Id, int> m_blockOfTurn;  // transcript block of each utterance
    bool m_draftDirty = false;
    bool m_unsynced = false;
    bool m_writing = false;  // inside this window's own operation
    QString m_error;
};

// Session → Start live session…: the setup dialog, then the capture window.
// Returns the window (owned by itself: deleted on close) or nullptr.
LiveCaptureWindow *startLiveSession(Project *project, QWidget *parent);
// Reopens a session's capture window (same clock, roster and draft).
LiveCaptureWindow *resumeLiveSession(Project *project, Id document, QWidget *parent);

}  // namespace crosscut::ui
