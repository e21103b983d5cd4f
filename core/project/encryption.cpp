#include "project/encryption.h"

#include "project/project.h"
#include "storage/schema.h"
#include "util/filesync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace crosscut {

namespace {

// The temporary copy beside `target`: same folder, so the rename is atomic.
QString copyPathFor(const QString &target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2.rewriting").arg(info.fileName()).arg(getpid()));
}

void removeCopy(const QString &copy)
{
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-journal"));
}

// Writes the whole of `project` to `copy`, keyed with `key` (empty: plain).
Status writeCopy(Project &project, const QString &copy, const ProjectKey &key)
{
    sql::Database &db = project.database();
    removeCopy(copy);
    // ATTACH opens with the main connection's flags, which do not include
    // SQLITE_OPEN_CREATE: the copy is created here, empty (an empty file is
    // an empty database), readable by its owner only.
    {
        QFile file(copy);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return makeError(ErrorKind::Io, QStringLiteral("cannot create %1: %2").arg(copy, file.errorString()));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QByteArray keyBytes = key.isEmpty() ? QByteArray() : key.sqlcipherKey();
    // KEY '' makes a plain copy; a NULL key would mean "the main database's".
    auto attach = db.prepare(keyBytes.isEmpty() ? QStringLiteral("ATTACH DATABASE ? AS rewrite KEY ''")
                                                : QStringLiteral("ATTACH DATABASE ? AS rewrite KEY ?"));
    if (!attach)
        return attach.error();
    attach->bind(1, copy);
    if (!keyBytes.isEmpty())
        attach->bind(2, keyBytes);
    if (Status s = attach->exec(); !s)
        return makeError(s.error().kind, QStringLiteral("cannot create %1: %2").arg(copy, s.message()));
    auto version = db.scalar(QStringLiteral("PRAGMA main.user_version"));
    Status s = version ? db.execScript(QStringLiteral("SELECT sqlcipher_export('rewrite'); "
                                                      "PRAGMA rewrite.user_version = %1; "
                                                      "PRAGMA rewrite.application_id = %2;")
                                           .arg(version->toInt())
                                           .arg(schema::kApplicationId))
                       : Status(version.error());
    const Status detached = db.execScript(QStringLiteral("DETACH DATABASE rewrite"));
    if (!s)
        return makeError(s.error().kind, QStringLiteral("cannot write %1: %2").arg(copy, s.message()));
    if (!detached)
        return detached;
    return syncPath(copy, false);
}

// Opens, copies with the new key, closes, renames the copy to `target`.
Status rewrite(const QString &path, const ProjectKey &key, const ProjectKey &newKey, const QString &target)
{
    const QString copy = copyPathFor(target);
    {
        auto project = Project::open(path, key);
        if (!project)
            return project.error();
        if (Status s = writeCopy(**project, copy, newKey); !s) {
            removeCopy(copy);
            return s;
        }
        // Closing checkpoints the write-ahead log into the old file and
        // removes it: nothing of the old file is left beside the new one.
    }
    if (::rename(QFile::encodeName(copy).constData(), QFile::encodeName(target).constData()) != 0) {
        removeCopy(copy);
        return makeError(ErrorKind::Io, QStringLiteral("cannot replace %1 with its new copy").arg(target));
    }
    return syncPath(QFileInfo(target).absolutePath(), true);
}

}  // namespace

Status encryptProject(const QString &path, const ProjectKey &newKey)
{
    if (newKey.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("encrypting %1 needs a new password or key file").arg(path));
    if (QFileInfo::exists(path) && !isPlainSqliteFile(path))
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 is already encrypted (or not a project); to change its password use "
                                        "\"crosscut-cli rekey\". Nothing was changed.")
                             .arg(path));
    return rewrite(path, {}, newKey, path);
}

Status decryptProject(const QString &path, const ProjectKey &key, const QString &out)
{
    if (QFileInfo::exists(out))
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 already exists; choose a new file name").arg(out));
    if (QFileInfo::exists(path) && isPlainSqliteFile(path))
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is not encrypted; nothing to decrypt").arg(path));
    if (!QFileInfo(QFileInfo(out).absolutePath()).isWritable())
        return makeError(ErrorKind::ReadOnly,
                         QStringLiteral("cannot write %1: its folder does not exist or is not writable").arg(out));
    return rewrite(path, key, {}, out);
}

Status rekeyProject(const QString &path, const ProjectKey &key, const ProjectKey &newKey)
{
    if (newKey.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("re-keying %1 needs a new password or key file").arg(path));
    if (QFileInfo::exists(path) && isPlainSqliteFile(path))
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 is not encrypted; use \"crosscut-cli encrypt\" to encrypt it").arg(path));
    return rewrite(path, key, newKey, path);
}

}  // namespace crosscut
