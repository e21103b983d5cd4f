#pragma once
// Merging coder copies into a master (DESIGN.md, Identity and merging).
// Documents are matched by guid, then by the SHA-256 of their text (never by
// name alone); codes by guid, then by path. Codings, quotes, memos, cases and
// turns are unioned; attribute values that differ are reported, the master's
// kept unless `theirs`. All files are merged as one undoable operation;
// merging the same file twice changes nothing.

#include "model/entities.h"
#include "storage/projectkey.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace crosscut {
class Project;
}

namespace crosscut::team {

struct MergeSource {
    QString path;
    ProjectKey key;  // for an encrypted copy
};

struct MergeOptions {
    // A copy's document whose name exists in the master with a different text
    // is refused (nothing at all is merged) unless keepBoth, which imports it
    // under a new name ("NAME (2)").
    bool keepBoth = false;
    // Differing attribute values: the copy's instead of the master's.
    bool theirs = false;
};

struct MergeReport {
    int documents = 0;
    int codes = 0;
    int cases = 0;
    int turns = 0;
    int quotes = 0;
    int codings = 0;
    int memos = 0;
    int attributeValues = 0;
    int sets = 0;        // document, code or case sets (REFI-QDA Sets)
    int setMembers = 0;  // members added to sets
    int ties = 0;        // collaboration ties (core/network)
    int summaries = 0;   // framework-matrix summaries (core/analysis/framework.h)
    QStringList renamed;    // "NAME → NAME (2)" under keepBoth
    QStringList conflicts;  // differing attribute values, in words, and which side was kept
    bool changedNothing() const;
    // What `crosscut-cli merge` prints: one line per kind added, then the conflicts.
    QStringList lines() const;
};

// A refused merge (conflicting document, unreadable or newer file, wrong
// password) is an error naming the file and the document; the master is
// unchanged (byte for byte).
Result<MergeReport> mergeProjects(Project &master, const QList<MergeSource> &sources,
                                  const MergeOptions &options = {});

// The SHA-256 of a document's whole text (UTF-8), lower-case hex.
QString documentTextHash(Project &project, Id document);

}  // namespace crosscut::team
