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

    // Session time in ms (stops while paused).
    qint64 elapsedMs() const;
    bool isPaused() const { return m_paused; }
    Status pause();
    Status resume();

    // Appends one utterance with its codes as one operation. startedMs is
    // the session time typing began (clamped to the commit time).
    Result<Utterance> commit(const QString &speaker, const QString &text, qint64 startedMs, const QList<Id> &codes = {});
    // Codes an already committed utterance (the "with Shift" hotkeys).
    Status codeUtterance(Id turn, Id code);
    // Marks the current moment to revisit.
    Result<Flag> flag(const QString &note = {});

    // A capture window is open (true) or was closed (false) on this
    // session. Kept outside the undo log.
    Status markCaptureOpen(bool open);
    // Sessions still marked open: the program stopped while capturing them.
    static QList<Id> interruptedSessions(Project &project);

    // Saved outside the undo log; committing clears it.
    Status saveDraft(const Draft &draft);
    std::optional<Draft> draft();

    QList<Utterance> utterances();
    QList<Flag> flags();

private:
    LiveSession(Project &project, Id document, Clock clock);
    Status load();
    Status storeClock(bool paused, qint64 baseMs, qint64 baseAtMs, const QString &label);

    Project &m_project;
    Id m_document = 0;
    Clock m_clock;
    SessionInfo m_info;
    QList<RosterEntry> m_roster;
    QList<CodeKey> m_keys;
    qint64 m_baseMs = 0;
    qint64 m_baseAtMs = 0;
    bool m_paused = false;
};

// Reads the utterances of any document with speaker turns (live or not).
QList<Utterance> readUtterances(Project &project, Id document);

}  // namespace crosscut::live
