#pragma once
// Writing an export file so that a failure leaves nothing behind: the bytes
// go to a temporary file beside the target (QSaveFile) and replace it only
// when everything was written. Errors say why in words a user can act on
// (missing folder, no permission, disk full).

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace crosscut::exporting {

// Checks that `path` could be written: its folder exists and is writable and
// it is not a folder itself. Lets a command fail before doing expensive work.
Status checkWritableTarget(const QString &path);

// Writes `data` to `path` atomically; on failure any previous file is intact.
Status writeAtomically(const QString &path, const QByteArray &data);

// The lower-case suffix of `path` ("pdf"), checked against `allowed`; an
// error names the allowed formats.
Result<QString> formatFromSuffix(const QString &path, const QStringList &allowed);

}  // namespace crosscut::exporting
