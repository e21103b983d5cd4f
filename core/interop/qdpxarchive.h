#pragma once
// Read access to a .qdpx (zip) archive that treats it as untrusted input:
// entry names that could escape a directory (absolute, "..", drive letters)
// are refused, and the number of entries and the bytes actually inflated are
// capped, so a zip bomb fails with a message instead of filling memory.

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace crosscut::interop {

struct ArchiveLimits {
    qint64 maxTotalBytes = qint64(2) * 1024 * 1024 * 1024;  // inflated bytes read, all entries together
    qint64 maxEntryBytes = qint64(512) * 1024 * 1024;       // one entry
    int maxEntries = 50000;
};

class QdpxArchive {
public:
    static Result<QdpxArchive> open(const QString &path, const ArchiveLimits &limits = {});

    const QStringList &entries() const { return m_entries; }
    // The entry whose name matches `name` case-insensitively, or an empty string.
    QString find(const QString &name) const;
    // Inflates one entry, enforcing the limits and the CRC.
    Result<QByteArray> read(const QString &entry);

private:
    QString m_path;
    ArchiveLimits m_limits;
    QStringList m_entries;
    QHash<QString, QString> m_byLowerName;
    qint64 m_bytesRead = 0;
};

// Why `name` is not a safe relative entry name, or an empty string when it is.
QString unsafeEntryReason(const QString &name);

// Writes a zip archive: `files` maps entry names to contents. Written to a
// temporary file beside `path` and renamed over it, so a failure never leaves
// a half-written archive.
Status writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &files);

}  // namespace crosscut::interop
