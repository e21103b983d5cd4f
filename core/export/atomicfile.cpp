#include "export/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace crosscut::exporting {

namespace {

QString reasonFor(const QString &path, const QString &qtMessage, int savedErrno)
{
    switch (savedErrno) {
    case ENOSPC:
        return QStringLiteral("the disk is full");
    case EDQUOT:
        return QStringLiteral("the disk quota is exceeded");
    case EACCES:
    case EPERM:
        return QStringLiteral("permission denied in %1").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    case EROFS:
        return QStringLiteral("the file system is read-only");
    default:
        break;
    }
    return qtMessage.isEmpty() ? QString::fromLocal8Bit(std::strerror(savedErrno)) : qtMessage;
}

}  // namespace

Status checkWritableTarget(const QString &path)
{
    if (path.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("no output file given"));
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ErrorKind::Io, QStringLiteral("cannot write \"%1\": it is a folder").arg(path));
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists())
        return makeError(ErrorKind::Io,
                         QStringLiteral("cannot write \"%1\": the folder %2 does not exist").arg(path, dir.filePath()));
    if (!dir.isDir())
        return makeError(ErrorKind::Io, QStringLiteral("cannot write \"%1\": %2 is not a folder").arg(path, dir.filePath()));
    if (!dir.isWritable())
        return makeError(ErrorKind::Io,
                         QStringLiteral("cannot write \"%1\": permission denied in %2").arg(path, dir.filePath()));
    if (info.exists() && !info.isWritable())
        return makeError(ErrorKind::Io, QStringLiteral("cannot write \"%1\": the file is read-only").arg(path));
    return {};
}

Status writeAtomically(const QString &path, const QByteArray &data)
{
    if (auto check = checkWritableTarget(path); !check)
        return check;
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        const int saved = errno;
        return makeError(ErrorKind::Io,
                         QStringLiteral("cannot write \"%1\": %2").arg(path, reasonFor(path, file.errorString(), saved)));
    }
    errno = 0;
    const bool written = file.write(data) == data.size();
    int saved = errno;
    if (!written) {
        file.cancelWriting();
        return makeError(ErrorKind::Io,
                         QStringLiteral("writing \"%1\" failed: %2").arg(path, reasonFor(path, file.errorString(), saved)));
    }
    errno = 0;
    // commit() flushes and fsyncs, where a full disk usually shows up.
    if (!file.commit()) {
        saved = errno;
        return makeError(ErrorKind::Io,
                         QStringLiteral("writing \"%1\" failed: %2").arg(path, reasonFor(path, file.errorString(), saved)));
    }
    return {};
}

Result<QString> formatFromSuffix(const QString &path, const QStringList &allowed)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!allowed.contains(suffix))
        return makeError(ErrorKind::Unsupported,
                         QStringLiteral("unknown output format \"%1\" for %2: use %3")
                             .arg(suffix.isEmpty() ? QStringLiteral("(no extension)") : QStringLiteral(".") + suffix, path,
                                  QStringLiteral(".") + allowed.join(QStringLiteral(", ."))));
    return suffix;
}

}  // namespace crosscut::exporting
