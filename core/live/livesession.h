#pragma once
// A live session: a focus group logged and coded as it happens. The session
// is a document of kind "live-session" whose text only grows: each committed
// utterance appends "Speaker: text\n" as one document_chunk row (so a commit
// costs the same at minute 1 and minute 90), adds a timed speaker turn and
// its codings, as ONE operation. Existing quotes stay valid because text is only
// appended. Drafts (what is being typed) are saved outside the undo log.

#include "live/roster.h"
#include "model/entities.h"
#include "project/project.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace crosscut::live {

struct SessionInfo {
    QString title;  // also the document's name
    QString date;   // as the facilitator writes it (e.g. 2026-11-23)
    QString place;
    QString facilitator;
};

// A live-codebook key ("F1", "Ctrl+3", "1" …) mapped to a code.
struct CodeKey {
    QString key;
    Id codeId = 0;
};

struct Utterance {
    Id turnId = 0;
    QString speaker;
    std::optional<Id> caseId;
    qint64 turnStart = 0;  // code points of "Speaker: text"
    qint64 turnEnd = 0;
    qint64 textStart = 0;  // code points of the text alone
    qint64 textEnd = 0;
    qint64 startMs = 0;  // session time when typing began
    qint64 endMs = 0;    // session time of the commit
    QString text;
    QList<Id> codes;  // codes on quotes lying inside the utterance
};

struct Flag {
    Id id = 0;
    qint64 timeMs = 0;
    qint64 position = 0;
    QString note;
};

// The capture window was closed at session time atMs and reopened later:
// the wall-clock time between is known, and not counted as session time.
struct Gap {
    Id id = 0;
    qint64 atMs = 0;
    qint64 closedAtMs = 0;    // wall clock, ms since the epoch
    qint64 reopenedAtMs = 0;
    qint64 durationMs() const { return reopenedAtMs - closedAtMs; }
};

struct Draft {
    QString speaker;
    QString text;
    std::optional<qint64> startedMs;
    QList<Id> codes;
};

class LiveSession {
public:
    // Wall-clock milliseconds since the epoch; injectable for tests.
    using Clock = std::function<qint64()>;

    // Starts a new session: creates the document, the roster's cases (with
    // their attributes) and the live codebook, as one operation.
    static Result<std::unique_ptr<LiveSession>> start(Project &project, const SessionInfo &info,
                                                      const QList<RosterEntry> &roster, const QList<CodeKey> &keys,
                                                      Clock clock = {});
    // Resumes a session after a restart: same roster, same clock.
    static Result<std::unique_ptr<LiveSession>> resume(Project &project, Id document, Clock clock = {});
    // The project's live sessions, in document order.
    static QList<Document> sessions(Project &project);

    Id documentId() const { return m_document; }
    const SessionInfo &info() const { return m_info; }
    const QList<RosterEntry> &roster() const { return m_roster; }
    const QList<CodeKey> &codeKeys() const { return m_keys; }
    // The roster entry named by pseudonym or speaker key.
    std::optional<RosterEntry> findSpeaker(const QString &nameOrKey) const;
    std::optional<Id> codeForKey(const QString &key) const;

    // Session time in ms: stands still while paused and while no capture
    // window is open (endCapture … beginCapture).
    qint64 elapsedMs() const;
    bool isPaused() const { return m_paused; }
    bool isCaptureClosed() const { return m_closed; }
    // The clock is not project content: pausing, resuming, closing and
    // reopening are kept outside the undo log (live_clock, schema v5).
    Status pause();
    Status resume();
    // A capture (the window, or `crosscut-cli live`) starts or ends. Ending
    // stops the clock; beginning after an end records the gap and starts
    // it again where it stood. A capture that never ended (a crash) leaves
    // the clock running: the room kept talking.
    Status beginCapture();
    Status endCapture();

    // Appends one utterance with its codes as one operation. startedMs is
    // the session time typing began (clamped to the commit time).
    Result<Utterance> commit(const QString &speaker, const QString &text, qint64 startedMs, const QList<Id> &codes = {});
    // Codes an already committed utterance (the "with Shift" hotkeys).
    Status codeUtterance(Id turn, Id code);
    // Takes `code` off an utterance: every coding of it on quotes inside the
    // utterance; a quote left with no coding and no memo goes too.
    Status uncodeUtterance(Id turn, Id code);
    // Marks a moment to revisit (by default: now).
    Result<Flag> flag(const QString &note = {}, std::optional<qint64> atMs = std::nullopt);
    // A participant who joins mid-session: a case of that name (found or
    // created), added to the roster with the lowest free speaker key.
    Result<RosterEntry> addParticipant(const QString &pseudonym);

    // Ctrl+Z in the capture window: undoes, through the project's operation
    // log, the newest utterance, coding, flag or new participant made
    // through this object, provided it is still the newest operation of the
    // project. Returns the undone operation's label.
    Result<QString> undoLastAction();
    bool hasActionToUndo() const { return !m_actions.isEmpty(); }

    // A capture window is open (true) or was closed (false) on this
    // session: begin/endCapture, plus the marker the workbench reads after
    // a crash. Kept outside the undo log.
    Status markCaptureOpen(bool open);
    // Sessions still marked open: the program stopped while capturing them.
    static QList<Id> interruptedSessions(Project &project);

    // Saved outside the undo log; committing clears it.
    Status saveDraft(const Draft &draft);
    std::optional<Draft> draft();

    QList<Utterance> utterances();
    QList<Flag> flags();
    QList<Gap> gaps();

private:
    LiveSession(Project &project, Id document, Clock clock);
    Status load();
    Status storeClock(bool paused, bool closed, qint64 baseMs, qint64 baseAtMs);
    // Runs an operation and remembers it as this session's newest action.
    Status act(const QString &label, const std::function<Status(ProjectWriter &)> &body);
    Id newestOperation();

    Project &m_project;
    Id m_document = 0;
    Clock m_clock;
    SessionInfo m_info;
    QList<RosterEntry> m_roster;
    QList<CodeKey> m_keys;
    qint64 m_baseMs = 0;
    qint64 m_baseAtMs = 0;
    bool m_paused = false;
    bool m_closed = false;
    QList<Id> m_actions;  // operation ids, oldest first
};

// The flags and gaps of any live session (time order).
QList<Flag> readFlags(Project &project, Id document);
QList<Gap> readGaps(Project &project, Id document);

// Reads the utterances of any document with speaker turns (live or not).
QList<Utterance> readUtterances(Project &project, Id document);

}  // namespace crosscut::live
