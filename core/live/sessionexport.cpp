#include "live/sessionexport.h"

#include "live/livesession.h"
#include "privacy/redaction.h"
#include "util/csv.h"

#include <QHash>

#include <algorithm>

namespace crosscut::live {

std::optional<ExportFormat> exportFormatFromString(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("txt"))
        return ExportFormat::Txt;
    if (n == QLatin1String("srt"))
        return ExportFormat::Srt;
    if (n == QLatin1String("vtt") || n == QLatin1String("webvtt"))
        return ExportFormat::Vtt;
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

QString formatTimestamp(qint64 ms, QChar separator)
{
    ms = std::max<qint64>(0, ms);
    const qint64 hours = ms / 3600000;
    const qint64 minutes = (ms / 60000) % 60;
    const qint64 seconds = (ms / 1000) % 60;
    return QStringLiteral("%1:%2:%3%4%5")
        .arg(hours, 2, 10, QLatin1Char('0'))
        .arg(minutes, 2, 10, QLatin1Char('0'))
        .arg(seconds, 2, 10, QLatin1Char('0'))
        .arg(separator)
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

namespace {

QString flagText(const Flag &f)
{
    return f.note.isEmpty() ? QStringLiteral("⚑") : QStringLiteral("⚑ ") + f.note;
}

// Export files are data: their words stay English whatever the interface language.
QString gapText(const Gap &g)
{
    return QStringLiteral("⏸ capture window closed for %1 (not counted as session time)")
        .arg(formatTimestamp(g.durationMs()).left(8));
}

// WebVTT cue text must not hold "-->" or raw '<' '&'.
QString vttEscaped(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
        .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
        .replace(QLatin1Char('>'), QStringLiteral("&gt;"));
}

// A flag is a moment; as a cue it shows for a second.
constexpr qint64 kFlagCueMs = 1000;

}  // namespace

QList<TimelineEntry> sessionTimeline(const QList<Utterance> &utterances, const QList<Flag> &flags, const QList<Gap> &gaps)
{
    QList<TimelineEntry> out;
    for (const Utterance &u : utterances)
        out.append({TimelineEntry::Said, u.startMs, &u, nullptr, nullptr});
    for (const Flag &f : flags)
        out.append({TimelineEntry::Flagged, f.timeMs, nullptr, &f, nullptr});
    for (const Gap &g : gaps)
        out.append({TimelineEntry::Gapped, g.atMs, nullptr, nullptr, &g});
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        return a.ms != b.ms ? a.ms < b.ms : a.kind < b.kind;
    });
    return out;
}

Result<QString> exportSession(Project &project, Id document, ExportFormat format, const privacy::Redaction *redaction)
{
    if (!project.document(document))
        return makeError(ErrorKind::NotFound, QStringLiteral("document #%1 does not exist").arg(document));
    QList<Utterance> utterances = readUtterances(project, document);
    QList<Flag> flags = readFlags(project, document);
    const bool redacted = redaction && redaction->enabled();
    if (redacted) {
        for (Utterance &u : utterances) {
            u.speaker = redaction->speakerLabel(u.speaker);
            u.text = redaction->redactText(u.text);
        }
        for (Flag &f : flags)
            f.note = redaction->redactText(f.note);
    }
    const QList<Gap> gaps = readGaps(project, document);
    const QList<TimelineEntry> entries = sessionTimeline(utterances, flags, gaps);
    QHash<Id, QString> paths;
    auto codesOf = [&](const Utterance &u) {
        QStringList names;
        for (Id code : u.codes) {
            auto it = paths.find(code);
            if (it == paths.end())
                it = paths.insert(code, project.codePath(code));
            names.append(*it);
        }
        return names.join(QStringLiteral("; "));
    };
    QString out;
    switch (format) {
    case ExportFormat::Txt:
        if (redacted)
            out += privacy::watermark() + QLatin1Char('\n');
        for (const TimelineEntry &e : entries) {
            out += QLatin1Char('[') + formatTimestamp(e.ms) + QStringLiteral("] ");
            if (e.flag) {
                out += flagText(*e.flag);
            } else if (e.gap) {
                out += gapText(*e.gap);
            } else {
                const Utterance &u = *e.utterance;
                out += u.speaker + QStringLiteral(": ") + u.text;
                if (!u.codes.isEmpty())
                    out += QStringLiteral("  {") + codesOf(u) + QLatin1Char('}');
            }
            out += QLatin1Char('\n');
        }
        break;
    case ExportFormat::Srt: {
        // SRT has no comments: a gap is left out (the cue times show it).
        int n = 0;
        if (redacted)
            out += QStringLiteral("%1\n00:00:00,000 --> 00:00:01,000\n%2\n\n").arg(++n).arg(privacy::watermark());
        for (const TimelineEntry &e : entries) {
            if (e.gap)
                continue;
            const qint64 end = e.flag ? e.ms + kFlagCueMs : std::max(e.utterance->endMs, e.ms);
            const QString text = e.flag ? flagText(*e.flag) : e.utterance->speaker + QStringLiteral(": ") + e.utterance->text;
            out += QString::number(++n) + QLatin1Char('\n') + formatTimestamp(e.ms, QLatin1Char(',')) + QStringLiteral(" --> ")
                 + formatTimestamp(end, QLatin1Char(',')) + QLatin1Char('\n') + text + QStringLiteral("\n\n");
        }
        break;
    }
    case ExportFormat::Vtt: {
        out = QStringLiteral("WEBVTT\n\n");
        if (redacted)
            out += QStringLiteral("NOTE ") + privacy::watermark() + QStringLiteral("\n\n");
        for (const TimelineEntry &e : entries) {
            if (e.gap) {
                // A NOTE block: kept in the file, never shown as a cue.
                out += QStringLiteral("NOTE ") + formatTimestamp(e.ms) + QLatin1Char(' ')
                     + gapText(*e.gap).replace(QStringLiteral("-->"), QStringLiteral("->")) + QStringLiteral("\n\n");
            } else if (e.flag) {
                out += QStringLiteral("flag-%1\n").arg(e.flag->id) + formatTimestamp(e.ms) + QStringLiteral(" --> ")
                     + formatTimestamp(e.ms + kFlagCueMs) + QLatin1Char('\n') + vttEscaped(flagText(*e.flag))
                     + QStringLiteral("\n\n");
            } else {
                const Utterance &u = *e.utterance;
                QString voice = u.speaker;
                voice.replace(QLatin1Char('&'), QStringLiteral("&amp;")).replace(QLatin1Char('>'), QStringLiteral("&gt;"));
                out += QStringLiteral("turn-%1\n").arg(u.turnId) + formatTimestamp(u.startMs) + QStringLiteral(" --> ")
                     + formatTimestamp(std::max(u.endMs, u.startMs)) + QLatin1Char('\n') + QStringLiteral("<v ") + voice
                     + QLatin1Char('>') + vttEscaped(u.text) + QStringLiteral("\n\n");
            }
        }
        break;
    }
    case ExportFormat::Csv:
        // kind: utterance, flag (text = its note) or gap (end - start = the
        // wall-clock time the capture window was closed).
        out = redacted ? csv::formatRow({privacy::watermark()}) : QString();
        out += csv::formatRow({QStringLiteral("speaker"), QStringLiteral("start"), QStringLiteral("end"),
                              QStringLiteral("text"), QStringLiteral("codes"), QStringLiteral("kind")});
        for (const TimelineEntry &e : entries) {
            if (e.flag)
                out += csv::formatRow({QString(), formatTimestamp(e.ms), formatTimestamp(e.ms), e.flag->note, QString(),
                                       QStringLiteral("flag")});
            else if (e.gap)
                out += csv::formatRow({QString(), formatTimestamp(e.ms), formatTimestamp(e.ms + e.gap->durationMs()),
                                       gapText(*e.gap), QString(), QStringLiteral("gap")});
            else
                out += csv::formatRow({e.utterance->speaker, formatTimestamp(e.utterance->startMs),
                                       formatTimestamp(e.utterance->endMs), e.utterance->text, codesOf(*e.utterance),
                                       QStringLiteral("utterance")});
        }
        break;
    }
    return out;
}

}  // namespace crosscut::live
