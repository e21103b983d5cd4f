#pragma once
// Every memo of a project in one list, for the memo manager and `crosscut-cli
// memos`: memos on the project, a document, a code, a quote or a case, and
// the flags a facilitator set during a live session. Each entry says what it
// is attached to and gives that target's context (the document's name, the
// code's path and description, the quote's text and place, the case, the
// session and its clock time), with the author and the dates.
//
// A live flag is written as a live_flag row and, in the same operation, a
// memo on the session (core/live/livesession.cpp); the two are one entry of
// kind LiveFlag, editable through its memo. A flag whose memo was deleted is
// listed from live_flag alone, read-only (memoId empty).

#include "model/entities.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace crosscut {
class Project;
}

namespace crosscut::analysis {

enum class MemoKind { Project, Document, Code, Quote, Case, LiveFlag };
inline const QList<MemoKind> kAllMemoKinds{MemoKind::Project, MemoKind::Document, MemoKind::Code,
                                           MemoKind::Quote,   MemoKind::Case,     MemoKind::LiveFlag};

// "project", "document", "code", "quote", "case", "live" (the CLI's words).
QString memoKindKey(MemoKind kind);
// Accepts the keys above and "live-flag"; case-insensitive.
std::optional<MemoKind> memoKindFromKey(const QString &key);
// "Project", "Document", "Code", "Quote", "Case", "Live flag" (translated).
QString memoKindLabel(MemoKind kind);

struct MemoEntry {
    std::optional<Id> memoId;  // empty: a live flag without a memo (read-only)
    std::optional<Id> flagId;  // the live_flag row of a LiveFlag
    MemoKind kind = MemoKind::Project;
    std::optional<Id> targetId;  // the document, code, quote or case; a flag's session document
    QString title;
    QString text;
    QString attachedTo;  // one line: project name, document name, code path, "document [start–end]", case, "session · 00:12:03"
    QString context;     // the code's description, the quote's text, the case's description, the flag's note
    std::optional<Id> documentId;  // quotes and flags: where they are
    qint64 start = 0;              // quotes: code points; flags: the position when flagged
    qint64 end = 0;
    std::optional<Id> authorId;
    QString author;  // the coder's name; empty when unknown
    QString createdAt;   // UTC, ISO 8601
    QString modifiedAt;

    bool editable() const { return memoId.has_value(); }
};

struct MemoFilter {
    QList<MemoKind> kinds;       // empty: every kind
    QString author;              // a coder's name (exact); empty: anyone
    std::optional<QDate> since;  // last modified on or after (UTC date)
    std::optional<QDate> until;  // last modified on or before
    QString search;              // case-insensitive (full case folding) in title, text, attached-to and context

    bool isEmpty() const { return kinds.isEmpty() && author.isEmpty() && !since && !until && search.trimmed().isEmpty(); }
};

enum class MemoSort { Title, Kind, AttachedTo, Author, Created, Modified };

// Every memo and live flag that passes the filter, sorted (ties by id).
QList<MemoEntry> listMemos(Project &project, const MemoFilter &filter = {}, MemoSort sort = MemoSort::Modified,
                           bool descending = false);
// The entry of one memo (nullopt when there is no such memo).
std::optional<MemoEntry> memoEntry(Project &project, Id memo);
bool matchesFilter(const MemoEntry &entry, const MemoFilter &filter);
// The same with the filter's search text folded once by foldedSearch (a list
// filtered entry by entry folds it once, not per entry).
bool matchesFilter(const MemoEntry &entry, const MemoFilter &filter, const QString &foldedSearch);
QString foldedSearch(const QString &search);
void sortMemos(QList<MemoEntry> &entries, MemoSort sort, bool descending);

// One version of a memo as the operation log recorded it.
struct MemoVersion {
    Id operationId = 0;
    QString label;      // the operation, e.g. "Edit memo"
    QString coder;      // who made it
    QString at;         // when (UTC, ISO 8601)
    QString title;      // the memo after that operation
    QString text;
    bool undone = false;  // the operation is undone (or was replaced after an undo)
};

// Every version of the memo recorded in the operation log, oldest first:
// its creation and each edit, with undone edits marked. The last version
// not undone is the memo's current text. A memo is followed by its guid, so a
// later memo that reuses the id has a history of its own. Empty when the log
// holds nothing of it (a memo from before the log, or a pseudonymised
// project whose history was erased).
Result<QList<MemoVersion>> memoHistory(Project &project, Id memo);

}  // namespace crosscut::analysis
