#include "live/alignment.h"

#include "import/subtitles.h"
#include "import/textdecoding.h"
#include "live/livesession.h"
#include "project/projectwriter.h"
#include "search/textsearch.h"
#include "text/codepoints.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace crosscut::live {

namespace {

// A match must share at least half of the words of the smaller side
// (confident, sets the offset) or a third (accepted near the expected time).
constexpr double kConfident = 0.5;
constexpr double kAccepted = 0.34;
constexpr qint64 kWindowMs = 60'000;

// Words as search compares them; one-letter words carry no evidence.
QSet<QString> words(const QString &text)
{
    QSet<QString> out;
    for (const QString &w : search::foldedWords(text))
        if (w.size() > 1)
            out.insert(w);
    return out;
}

double overlap(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    qsizetype shared = 0;
    for (const QString &w : a)
        shared += b.contains(w);
    return double(shared) / double(std::min(a.size(), b.size()));
}

struct Cue {
    qint64 startMs = 0;
    qint64 endMs = 0;
    QSet<QString> words;
};

}  // namespace

Result<AlignmentReport> alignWithCues(Project &project, Id document, const QString &cueText, const QString &format,
                                      const QString &what)
{
    auto parsed = format == QLatin1String("vtt") ? import::parseWebVtt(cueText, what) : import::parseSrt(cueText, what);
    if (!parsed)
        return parsed.error();
    QList<Cue> cues;
    for (const NewDocument::Turn &t : parsed->turns) {
        if (!t.timeStartMs)
            continue;
        cues.append({*t.timeStartMs, t.timeEndMs.value_or(*t.timeStartMs),
                     words(codePointSlice(parsed->text, t.start, t.end))});
    }
    if (cues.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 holds no timed cues").arg(what));
    const QList<Utterance> utterances = readUtterances(project, document);
    if (utterances.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("document #%1 has no utterances to align").arg(document));

    // Candidate cues for an utterance: those sharing a word with it.
    QHash<QString, QList<int>> byWord;
    for (int i = 0; i < cues.size(); ++i)
        for (const QString &w : cues[i].words)
            byWord[w].append(i);
    struct Candidate {
        int cue;
        double score;
    };
    QList<QList<Candidate>> candidates;
    QList<qint64> differences;
    for (const Utterance &u : utterances) {
        const QSet<QString> own = words(u.text);
        QSet<int> seen;
        QList<Candidate> list;
        for (const QString &w : own)
            for (int c : byWord.value(w))
                if (!seen.contains(c)) {
                    seen.insert(c);
                    list.append({c, overlap(own, cues[c].words)});
                }
        std::sort(list.begin(), list.end(), [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
        // The best cue is confident only when no other cue scores as high.
        if (!list.isEmpty() && list[0].score >= kConfident && (list.size() == 1 || list[1].score < list[0].score))
            differences.append(cues[list[0].cue].startMs - u.startMs);
        candidates.append(list);
    }
    if (differences.isEmpty())
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("no utterance of the session matches a cue of %1; nothing was changed").arg(what));
    std::sort(differences.begin(), differences.end());
    const qint64 offset = differences[differences.size() / 2];

    AlignmentReport report;
    report.utterances = int(utterances.size());
    report.offsetMs = offset;
    Status s = project.transact(QObject::tr("Align session with recording"), [&](ProjectWriter &w) -> Status {
        for (int i = 0; i < utterances.size(); ++i) {
            const Utterance &u = utterances[i];
            const qint64 expected = u.startMs + offset;
            qint64 start = std::max<qint64>(0, expected);
            qint64 end = std::max<qint64>(start, u.endMs + offset);
            for (const Candidate &c : candidates[i]) {
                if (c.score < kAccepted)
                    break;
                if (std::abs(cues[c.cue].startMs - expected) <= kWindowMs) {
                    start = cues[c.cue].startMs;
                    end = std::max(start, cues[c.cue].endMs);
                    ++report.matched;
                    break;
                }
            }
            if (Status st = w.exec("UPDATE speaker_turn SET time_start_ms = ?, time_end_ms = ? WHERE id = ?",
                                   {start, end, u.turnId});
                !st)
                return st;
        }
        return {};
    });
    if (!s)
        return s.error();
    return report;
}

Result<AlignmentReport> alignWithRecording(Project &project, Id document, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("srt") && suffix != QLatin1String("vtt"))
        return makeError(ErrorKind::Invalid, QStringLiteral("%1: a recording's transcript must be .srt or .vtt").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    auto decoded = import::decodeText(file.readAll(), path);
    if (!decoded)
        return decoded.error();
    return alignWithCues(project, document, normalizeLineEndings(decoded->text), suffix, path);
}

}  // namespace crosscut::live
