#include "import/zipentry.h"

#include "import/importlimits.h"

#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace crosscut::import {

ZipEntryStream::ZipEntryStream() = default;

ZipEntryStream::~ZipEntryStream()
{
    if (m_file && m_file->isOpen())
        m_file->close();
}

Status ZipEntryStream::open(const QString &path, const QString &entry, const QString &format)
{
    m_name = QFileInfo(path).fileName();
    m_entry = entry;
    m_zip = std::make_unique<QuaZip>(path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 is not a valid %2 file: it is not a zip archive").arg(m_name, format));
    if (!m_zip->setCurrentFile(entry))
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 is not a valid %2 file: it has no %3").arg(m_name, format, entry));
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info))
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is damaged: cannot read %2").arg(m_name, entry));
    m_compressed = static_cast<qint64>(info.compressedSize);
    if (info.uncompressedSize > static_cast<quint64>(kMaxZipEntryBytes))
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1: %2 would inflate to %3 MiB, more than the limit of %4 MiB; refusing a "
                                        "possible zip bomb")
                             .arg(m_name, entry)
                             .arg(info.uncompressedSize / (1024 * 1024))
                             .arg(kMaxZipEntryBytes / (1024 * 1024)));
    m_file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_file->open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is damaged: cannot read %2").arg(m_name, entry));
    QIODevice::open(QIODevice::ReadOnly);
    return {};
}

qint64 ZipEntryStream::readData(char *data, qint64 maxSize)
{
    if (m_failure)
        return -1;
    if (m_atEnd || maxSize <= 0)
        return 0;  // QIODevice asks for 0 bytes at times: that is not the end
    const qint64 n = m_file->read(data, maxSize);
    if (n < 0) {
        m_failure = makeError(ErrorKind::Invalid, QStringLiteral("%1 is damaged: %2 cannot be inflated (truncated or "
                                                                 "corrupt zip data)")
                                                      .arg(m_name, m_entry));
        return -1;
    }
    if (n == 0) {
        m_atEnd = true;
        return 0;
    }
    m_inflated += n;
    if (m_inflated > kMaxZipEntryBytes) {
        m_failure = makeError(ErrorKind::Invalid,
                              QStringLiteral("%1: %2 inflates to more than %3 MiB; refusing a possible zip bomb")
                                  .arg(m_name, m_entry)
                                  .arg(kMaxZipEntryBytes / (1024 * 1024)));
        return -1;
    }
    if (m_inflated > kZipRatioFreeBytes && m_inflated > std::max<qint64>(m_compressed, 1) * kMaxZipRatio) {
        m_failure = makeError(ErrorKind::Invalid,
                              QStringLiteral("%1: %2 inflates to more than %3 times its compressed size; refusing a "
                                             "possible zip bomb")
                                  .arg(m_name, m_entry)
                                  .arg(kMaxZipRatio));
        return -1;
    }
    return n;
}

Status ZipEntryStream::finish()
{
    // Read the rest so QuaZip compares the CRC (the parser may stop early).
    char buffer[16 * 1024];
    while (!m_failure && !m_atEnd)
        readData(buffer, sizeof buffer);
    if (m_failure)
        return *m_failure;
    m_file->close();
    if (m_file->getZipError() != UNZ_OK)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is damaged: %2 fails its checksum").arg(m_name, m_entry));
    return {};
}

}  // namespace crosscut::import
