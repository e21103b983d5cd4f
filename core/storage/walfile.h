#pragma once
// What a leftover write-ahead log (PROJECT-wal) holds, read before SQLite
// recovers it. SQLite's recovery keeps the frames up to the last commit whose
// checksums chain back to the header, and discards the rest without a word,
// the committed transactions after a damaged frame included. Crosscut reads
// the same checksums first, so it can keep a copy of a log that would lose
// frames and say how many.

#include "util/result.h"

#include <QString>

namespace crosscut::sql {

struct WalContents {
    qint64 frames = 0;     // frames of the log's current generation (its salts)
    qint64 recovered = 0;  // frames SQLite's recovery keeps (up to the last valid commit)
    qint64 firstBad = 0;   // 1-based frame where the checksums break; 0 when none does
    qint64 lostCommits = 0;  // commit frames at or after firstBad: committed transactions recovery drops
    bool headerValid = false;
    qint64 discarded() const { return frames - recovered; }
    // True when recovery would drop committed work, not merely the tail of a
    // transaction that never committed (what a kill mid-write leaves).
    bool losesCommits() const { return lostCommits > 0 || (!headerValid && frames > 0); }
};

// PROJECT-wal, when it exists and is not empty.
QString leftoverWal(const QString &projectPath);

// Reads the log at `walPath` (not through SQLite: nothing is changed).
Result<WalContents> inspectWal(const QString &walPath);

// Copies the log beside the project as PROJECT-wal.TIMESTAMP.saved and
// returns the copy's path.
Result<QString> keepWalCopy(const QString &walPath);

}  // namespace crosscut::sql
