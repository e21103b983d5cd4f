#pragma once
// One entry of a DOCX/ODT zip read as a stream, for QXmlStreamReader: the
// bytes are inflated as the parser asks for them, never all at once, and
// reading fails once the entry inflates beyond kMaxZipEntryBytes or more than
// kMaxZipRatio times its compressed size (a zip bomb).

#include "util/result.h"

#include <QIODevice>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace crosscut::import {

class ZipEntryStream : public QIODevice {
public:
    ZipEntryStream();
    ~ZipEntryStream() override;

    // Opens `entry` inside the zip at `path`; `format` ("DOCX") names the
    // kind of file in errors.
    Status open(const QString &path, const QString &entry, const QString &format);
    // Why reading stopped early (limit, damage, checksum), if it did.
    const std::optional<Error> &failure() const { return m_failure; }
    // After the parser has finished: reads what is left (to verify the CRC)
    // and reports damage or a limit reached.
    Status finish();

    bool isSequential() const override { return true; }
    // More may come until the entry is inflated: QXmlStreamReader takes a
    // sequential device with nothing buffered for a finished one.
    bool atEnd() const override { return m_atEnd || m_failure.has_value(); }
    qint64 bytesAvailable() const override { return QIODevice::bytesAvailable() + (atEnd() ? 0 : 1); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_file;
    QString m_name;   // file name for messages
    QString m_entry;
    qint64 m_compressed = 0;
    qint64 m_inflated = 0;
    bool m_atEnd = false;
    std::optional<Error> m_failure;
};

}  // namespace crosscut::import
