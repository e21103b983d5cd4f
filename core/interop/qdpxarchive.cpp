#include "interop/qdpxarchive.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace crosscut::interop {

QString unsafeEntryReason(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("it has an empty name");
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return QStringLiteral("it has an absolute path");
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (drive.match(name).hasMatch())
        return QStringLiteral("it names a drive");
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    const QStringList parts = name.split(separators);
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return QStringLiteral("it climbs out of the archive with \"..\"");
    }
    if (name.contains(QChar(0)))
        return QStringLiteral("it contains a NUL character");
    return {};
}

Result<QdpxArchive> QdpxArchive::open(const QString &path, const ArchiveLimits &limits)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorKind::NotFound, QStringLiteral("%1 does not exist").arg(path));
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return makeError(ErrorKind::Corrupt,
                         QStringLiteral("%1 is not a readable zip archive (truncated or damaged; zip error %2)")
                             .arg(path)
                             .arg(zip.getZipError()));
    QdpxArchive archive;
    archive.m_path = path;
    archive.m_limits = limits;
    const int count = zip.getEntriesCount();
    if (count > limits.maxEntries)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 holds %2 entries, more than the limit of %3; refusing it")
                                                 .arg(path)
                                                 .arg(count)
                                                 .arg(limits.maxEntries));
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        if (const QString why = unsafeEntryReason(name); !why.isEmpty())
            return makeError(ErrorKind::Invalid,
                             QStringLiteral("%1 contains the unsafe entry \"%2\": %3; refusing the archive").arg(path, name, why));
        archive.m_entries.append(name);
        archive.m_byLowerName.insert(name.toLower(), name);
    }
    if (zip.getZipError() != 0)
        return makeError(ErrorKind::Corrupt, QStringLiteral("%1: the zip directory is damaged (zip error %2)")
                                                 .arg(path)
                                                 .arg(zip.getZipError()));
    return archive;
}

QString QdpxArchive::find(const QString &name) const { return m_byLowerName.value(name.toLower()); }

Result<QByteArray> QdpxArchive::read(const QString &entry)
{
    QuaZip zip(m_path);
    if (!zip.open(QuaZip::mdUnzip))
        return makeError(ErrorKind::Corrupt, QStringLiteral("%1 is not a readable zip archive").arg(m_path));
    if (!zip.setCurrentFile(entry, QuaZip::csSensitive))
        return makeError(ErrorKind::NotFound, QStringLiteral("%1 has no entry \"%2\"").arg(m_path, entry));
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Corrupt, QStringLiteral("cannot open \"%1\" in %2 (zip error %3)")
                                                 .arg(entry, m_path)
                                                 .arg(file.getZipError()));
    QByteArray data;
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = file.read(buffer, sizeof buffer);
        if (n < 0)
            return makeError(ErrorKind::Corrupt, QStringLiteral("\"%1\" in %2 is damaged or truncated (zip error %3)")
                                                     .arg(entry, m_path)
                                                     .arg(file.getZipError()));
        if (n == 0)
            break;
        m_bytesRead += n;
        if (data.size() + n > m_limits.maxEntryBytes || m_bytesRead > m_limits.maxTotalBytes)
            return makeError(ErrorKind::Invalid,
                             QStringLiteral("\"%1\" in %2 inflates beyond the size limit (%3 bytes); refusing a possible "
                                            "zip bomb")
                                 .arg(entry, m_path)
                                 .arg(std::min(m_limits.maxEntryBytes, m_limits.maxTotalBytes)));
        data.append(buffer, n);
    }
    file.close();
    if (file.getZipError() != 0)
        return makeError(ErrorKind::Corrupt, QStringLiteral("\"%1\" in %2 is damaged (CRC or zip error %3)")
                                                 .arg(entry, m_path)
                                                 .arg(file.getZipError()));
    return data;
}

Status writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &files)
{
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    {
        QuaZip zip(temp);
        if (!zip.open(QuaZip::mdCreate))
            return makeError(ErrorKind::Io, QStringLiteral("cannot create %1 (zip error %2)").arg(temp).arg(zip.getZipError()));
        for (const auto &[name, content] : files) {
            QuaZipFile out(&zip);
            QuaZipNewInfo info(name);
            info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                QFileDevice::ReadOther);
            if (!out.open(QIODevice::WriteOnly, info) || out.write(content) != content.size()) {
                zip.close();
                QFile::remove(temp);
                return makeError(ErrorKind::Io, QStringLiteral("cannot write %1 into %2").arg(name, path));
            }
            out.close();
            if (out.getZipError() != 0) {
                zip.close();
                QFile::remove(temp);
                return makeError(ErrorKind::Io, QStringLiteral("cannot write %1 into %2").arg(name, path));
            }
        }
        zip.close();
        if (zip.getZipError() != 0) {
            QFile::remove(temp);
            return makeError(ErrorKind::Io, QStringLiteral("cannot finish %1").arg(path));
        }
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(temp);
        return makeError(ErrorKind::Io, QStringLiteral("cannot replace %1").arg(path));
    }
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return makeError(ErrorKind::Io, QStringLiteral("cannot write %1").arg(path));
    }
    return {};
}

}  // namespace crosscut::interop
