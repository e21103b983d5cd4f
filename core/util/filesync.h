#pragma once
// Making a written file (or a folder's entry for it) survive a power cut.

#include "util/result.h"

#include <QString>

namespace crosscut {

// fsync of a file, or of a folder (so that a rename into it is durable).
Status syncPath(const QString &path, bool directory);

}  // namespace crosscut
