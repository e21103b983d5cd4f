#include "fuzzinput.h"

#include "import/importlimits.h"
#include "interop/qdpxarchive.h"
#include "text/codepoints.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace crosscut::fuzz {

namespace {

[[noreturn]] void finding(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

}  // namespace

QString scratchDir()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/crosscut-fuzz-XXXXXX"));
    if (!dir.isValid())
        finding("cannot create a scratch directory");
    return dir.path();
}

QString writeInput(const uint8_t *data, size_t size, const QString &extension)
{
    const QString path = scratchDir() + QStringLiteral("/input.") + extension;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size)) != static_cast<qint64>(size))
        finding("cannot write the input file");
    return path;
}

QString writeZipInput(const uint8_t *data, size_t size, const QString &extension, const QString &entry,
                      const QList<std::pair<QString, QByteArray>> &otherEntries)
{
    if (size >= 2 && data[0] == 'P' && data[1] == 'K')
        return writeInput(data, size, extension);
    const QString path = scratchDir() + QStringLiteral("/input.") + extension;
    QList<std::pair<QString, QByteArray>> entries = otherEntries;
    entries.append({entry, QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size))});
    if (!interop::writeZip(path, entries))
        finding("cannot write the zip input");
    return path;
}

void checkDocument(const NewDocument &doc)
{
    if (doc.text.trimmed().isEmpty())
        finding("an empty document was accepted");
    if (utf8Size(doc.text) > NewDocument::kMaxTextBytes)
        finding("a document over the size limit was accepted");
    const qint64 length = codePointCount(doc.text);
    constexpr qint64 maxMs = (import::kMaxCueHours + 1) * 3600 * 1000;
    for (const NewDocument::Turn &turn : doc.turns) {
        if (turn.start < 0 || turn.end < turn.start || turn.end > length)
            finding("a speaker turn lies outside the text");
        for (const std::optional<qint64> &ms : {turn.timeStartMs, turn.timeEndMs})
            if (ms && (*ms < 0 || *ms > maxMs))
                finding("a cue time is negative or beyond the limit");
    }
}

}  // namespace crosscut::fuzz
