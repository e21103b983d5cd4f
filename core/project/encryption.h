#pragma once
// Encrypting, decrypting and re-keying a project file. Each writes a whole
// new copy beside its target with SQLCipher's sqlcipher_export, syncs it to
// disk and renames it over the target: a crash at any moment leaves either the
// old file or the new one, never a mix. Nothing is changed on any error.

#include "storage/projectkey.h"
#include "util/result.h"

#include <QString>

namespace crosscut {

// Encrypts the plain project at `path` in place with `newKey`.
// (Its old plaintext may remain in the disk's free blocks: encrypt a project
// before sensitive data goes in — `init --encrypt` — where that matters.)
Status encryptProject(const QString &path, const ProjectKey &newKey);

// Writes a plain copy of the encrypted project at `path` to `out` (a new file).
Status decryptProject(const QString &path, const ProjectKey &key, const QString &out);

// Re-encrypts the encrypted project at `path` with `newKey`, in place.
Status rekeyProject(const QString &path, const ProjectKey &key, const ProjectKey &newKey);

}  // namespace crosscut
