#pragma once
// Cheap corruption detection for opening a project: SQLite's quick_check
// (every page and b-tree, no index cross-check) or, after a session that did
// not close cleanly, the full integrity_check, stopped after a time budget so
// opening a very large project stays quick.

#include "storage/sqlite.h"

#include <QStringList>

namespace crosscut::sql {

struct CorruptionScan {
    QStringList problems;   // SQLite's words, at most a few
    bool complete = true;   // false when the budget ran out first
};

Result<CorruptionScan> scanForCorruption(Database &db, bool full, int budgetMs);

}  // namespace crosscut::sql
