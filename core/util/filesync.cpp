#include "util/filesync.h"

#include <QFile>

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

}  // namespace crosscut
