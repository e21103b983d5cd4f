#include "storage/walfile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>


namespace crosscut::sql {

namespace {

constexpr qint64 kHeaderBytes = 32;
constexpr qint64 kFrameHeaderBytes = 24;

quint32 bigEndian32(const uchar *p) { return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3]; }
quint32 littleEndian32(const uchar *p) { return quint32(p[3]) << 24 | quint32(p[2]) << 16 | quint32(p[1]) << 8 | p[0]; }

// SQLite's WAL checksum (file format §4.4): pairs of 32-bit words in the byte
// order the magic number names, folded into two running sums.
struct Checksum {
    bool bigEndianWords = true;
    quint32 s0 = 0;
    quint32 s1 = 0;
    void add(const uchar *data, qint64 size)
    {
        for (qint64 i = 0; i + 8 <= size; i += 8) {
            const quint32 x0 = bigEndianWords ? bigEndian32(data + i) : littleEndian32(data + i);
            const quint32 x1 = bigEndianWords ? bigEndian32(data + i + 4) : littleEndian32(data + i + 4);
            s0 += x0 + s1;
            s1 += x1 + s0;
        }
    }
    bool matches(const uchar *stored) const { return bigEndian32(stored) == s0 && bigEndian32(stored + 4) == s1; }
};

}  // namespace

QString leftoverWal(const QString &projectPath)
{
    const QString wal = projectPath + QStringLiteral("-wal");
    const QFileInfo info(wal);
    return info.exists() && info.isFile() && info.size() > 0 ? wal : QString();
}

Result<WalContents> inspectWal(const QString &walPath)
{
    QFile file(walPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("cannot read %1: %2").arg(walPath, file.errorString()));
    WalContents contents;
    const QByteArray header = file.read(kHeaderBytes);
    if (header.size() < kHeaderBytes)
        return contents;  // too short for a header: SQLite ignores it, nothing to lose
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    const quint32 magic = bigEndian32(h);
    const quint32 pageSize = bigEndian32(h + 8);
    Checksum sum;
    sum.bigEndianWords = (magic & 1) != 0;
    sum.add(h, 24);
    contents.headerValid = (magic & ~quint32(1)) == 0x377f0682 && bigEndian32(h + 4) == 3007000 && pageSize >= 512
                           && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0 && sum.matches(h + 24);
    const qint64 frameBytes = kFrameHeaderBytes + (contents.headerValid ? pageSize : 4096);
    if (!contents.headerValid) {
        contents.frames = (file.size() - kHeaderBytes) / frameBytes;
        contents.firstBad = contents.frames > 0 ? 1 : 0;
        return contents;
    }
    const quint32 salt1 = bigEndian32(h + 16), salt2 = bigEndian32(h + 20);
    bool chainIntact = true;
    QByteArray frame;
    for (;;) {
        frame = file.read(frameBytes);
        if (frame.size() < frameBytes)
            break;  // a torn last frame is never part of the log
        const auto *f = reinterpret_cast<const uchar *>(frame.constData());
        if (bigEndian32(f + 8) != salt1 || bigEndian32(f + 12) != salt2)
            continue;  // a stale frame of an earlier generation
        ++contents.frames;
        if (!chainIntact) {
            if (bigEndian32(f + 4) != 0)  // a commit SQLite can no longer verify
                ++contents.lostCommits;
            continue;
        }
        sum.add(f, 8);
        sum.add(f + kFrameHeaderBytes, pageSize);
        if (!sum.matches(f + 16)) {
            chainIntact = false;
            contents.firstBad = contents.frames;
            if (bigEndian32(f + 4) != 0)
                ++contents.lostCommits;
            continue;
        }
        if (bigEndian32(f + 4) != 0)  // a commit frame: everything so far is recovered
            contents.recovered = contents.frames;
    }
    return contents;
}

Result<QString> keepWalCopy(const QString &walPath)
{
    const QString copy = walPath + QLatin1Char('.')
                         + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
                         + QStringLiteral(".saved");
    if (!QFile::copy(walPath, copy))
        return makeError(ErrorKind::Io, QStringLiteral("cannot keep a copy of %1 as %2; nothing was changed. Free some "
                                                       "space or copy %1 away by hand before opening the project")
                                            .arg(walPath, copy));
    return copy;
}

}  // namespace crosscut::sql
