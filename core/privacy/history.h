#pragma once
// Erasing a project's history, so that text that was replaced (by
// pseudonymisation) survives nowhere in the file: not in the operation log,
// not in the full-text index, not in free pages, not in the -wal.

#include "project/project.h"
#include "util/result.h"

namespace crosscut::privacy {

// Deletes the operation log (undo and redo start afresh), rebuilds the
// full-text index, and with secure_delete on VACUUMs the file and truncates
// its -wal. Then tells observers to re-read everything. Must be called
// outside any transaction.
Status eraseHistory(Project &project);

}  // namespace crosscut::privacy
