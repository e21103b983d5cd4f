#pragma once
// The live capture window: session clock, roster, running transcript with
// code chips, the live codebook, and one input line that has the keyboard
// whenever the window is active. Everything is keyboard-driven:
//   Enter            commit the utterance (start = when typing began)
//   Alt+0…9          choose the speaker (Alt+0: the facilitator)
//   F1…F12, Ctrl+1…9 the live codebook's keys: code the utterance being
//                    typed (applied on commit); again: take the code off
//   Shift+ those     code the last committed utterance; again: take it off
//   Ctrl+G           flag this moment: the note field opens (Enter flags at
//                    the moment of Ctrl+G, Esc cancels), then focus returns
//   Ctrl+N           a participant joins: type the pseudonym, Enter
//   Ctrl+Z           undo the last utterance, coding, flag or new participant
//   Ctrl+P           pause / resume the clock
// Right-click a code chip to remove that coding. End session (or closing
// the window) stops the clock until the session is resumed.
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

class LiveCodebookLegend;

class LiveCaptureWindow : public QWidget {
    Q_OBJECT
public:
    LiveCaptureWindow(Project *project, std::unique_ptr<live::LiveSession> session, QWidget *parent = nullptr);
    ~LiveCaptureWindow() override;

    live::LiveSession &session() { return *m_session; }
    QLineEdit *input() const { return m_input; }
    QLineEdit *flagNote() const { return m_flagNote; }
    QLineEdit *joinName() const { return m_joinName; }
    QTextBrowser *transcript() const { return m_transcript; }
    QPushButton *endButton() const { return m_endButton; }
    LiveCodebookLegend *legend() const { return m_legend; }
    QString currentSpeaker() const { return m_speaker; }
    QList<Id> pendingCodes() const { return m_pending; }
    QString lastError() const;
    QString statusText() const;
    // Saves the draft now if it changed (the timer calls this every second).
    void saveDraftNow();
    // Syncs what was written since the last call to disk (Project::syncToDisk;
    // the timer calls this every second).
    void syncNow();
    // End session: stops the clock and closes the window (the draft is kept).
    void endSession();

Q_SIGNALS:
    void committed(const crosscut::live::Utterance &utterance);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildSpeakerStrip();
    void restore();
    void reloadTranscript();
    void onProjectChanged(const crosscut::ChangeList &changes);
    bool handleKey(QKeyEvent *event);
    void setSpeaker(const QString &pseudonym);
    void codeByKey(const QString &key, bool lastCommitted);
    void commit();
    void openFlagNote();
    void flagNow();
    void openJoin();
    void joinNow();
    // Hides the flag-note and join rows and gives the input the keyboard.
    void backToInput();
    void undoLast();
    void removeCoding(Id turn, Id code);
    void showChipMenu(const QPoint &pos);
    void togglePause();
    void updateClock();
    void updatePending();
    void showError(const QString &message);
    void showInfo(const QString &message);
    void appendUtterance(const live::Utterance &u);
    void rewriteUtterance(const live::Utterance &u);
    void appendFlag(const live::Flag &f);
    void appendGap(const live::Gap &g);
    // Appends one left-to-right line to the transcript; returns its block number.
    int appendLine(const QString &html);
    QString utteranceHtml(const live::Utterance &u) const;
    // Chips of an utterance's codes; with a turn, each is a link the
    // context menu finds (chip:TURN:CODE).
    QString chipsHtml(const QList<Id> &codes, Id turn = 0) const;

    Project *m_project;
    std::unique_ptr<live::LiveSession> m_session;
    QLabel *m_title = nullptr;
    QLabel *m_clock = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_flagButton = nullptr;
    QPushButton *m_endButton = nullptr;
    QWidget *m_flagRow = nullptr;
    QLabel *m_flagTime = nullptr;
    QLineEdit *m_flagNote = nullptr;
    QWidget *m_joinRow = nullptr;
    QLineEdit *m_joinName = nullptr;
    QWidget *m_speakerStrip = nullptr;
    QHash<QString, QPushButton *> m_speakerButtons;
    QTextBrowser *m_transcript = nullptr;
    LiveCodebookLegend *m_legend = nullptr;
    QLabel *m_speakerLabel = nullptr;
    QLineEdit *m_input = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_clockTimer = nullptr;
    QTimer *m_draftTimer = nullptr;

    QString m_speaker;
    QList<Id> m_pending;
    std::optional<qint64> m_typingStartedMs;
    std::optional<qint64> m_flagAt;  // session time of the Ctrl+G being noted
    std::optional<live::Utterance> m_last;
    QHash<Id, int> m_blockOfTurn;  // transcript block of each utterance
    bool m_draftDirty = false;
    bool m_unsynced = false;
    bool m_writing = false;  // inside this window's own operation
    bool m_leavingRow = false;
    QString m_error;
};

// Session → Start live session…: the setup dialog, then the capture window.
// Returns the window (owned by itself: deleted on close) or nullptr.
LiveCaptureWindow *startLiveSession(Project *project, QWidget *parent);
// Reopens a session's capture window (same roster and draft; the clock
// continues where it stopped).
LiveCaptureWindow *resumeLiveSession(Project *project, Id document, QWidget *parent);

}  // namespace crosscut::ui
