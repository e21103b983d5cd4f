#pragma once
// Making a written file (or a folder's entry for it) survive a power cut.

#include "util/result.h"

#include <QString>

namespace crosscut {

// fsync of a file, or of a folder (so that a rename into it is durable).
Status syncPath(const QString &path, bool directory);

// Puts the finished file `temp` at `target`, which must not exist: link()
// refuses an existing target, so a file that appeared meanwhile is kept (on
// file systems without hard links, a rename after checking again). Returns 0
// or the errno (EEXIST: the target exists). `temp` is left for the caller
// to remove.
int placeNewFile(const QString &temp, const QString &target);

// Removes a project file that is not wanted after all, with the -wal, -shm
// and -journal files SQLite may have left beside it.
void removeWithCompanions(const QString &path);

}  // namespace crosscut
