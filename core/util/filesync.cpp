#include "util/filesync.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

namespace crosscut {

Status syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return makeError(ErrorKind::Io, QStringLiteral("cannot open %1 to sync it to disk").arg(path));
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return makeError(ErrorKind::Io, QStringLiteral("cannot sync %1 to disk").arg(path));
    return {};
}

int placeNewFile(const QString &temp, const QString &target)
{
    if (::link(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) == 0)
        return 0;
    if (errno != EPERM && errno != EOPNOTSUPP && errno != ENOSYS)
        return errno;
    if (QFileInfo::exists(target))
        return EEXIST;
    return std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) == 0 ? 0 : errno;
}

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

}  // namespace crosscut
