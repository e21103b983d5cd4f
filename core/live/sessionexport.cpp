#include "live/sessionexport.h"

#include "live/livesession.h"
#include "util/csv.h"

#include <QHash>

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

Result<QString> exportSession(Project &project, Id document, ExportFormat format)
{
    if (!project.document(document))
        return makeError(ErrorKind::NotFound, QStringLiteral("document #%1 does not exist").arg(document));
    const QList<Utterance> utterances = readUtterances(project, document);
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
        for (const Utterance &u : utterances) {
            out += QLatin1Char('[') + formatTimestamp(u.startMs) + QStringLiteral("] ") + u.speaker
                 + QStringLiteral(": ") + u.text;
            if (!u.codes.isEmpty())
                out += QStringLiteral("  {") + codesOf(u) + QLatin1Char('}');
            out += QLatin1Char('\n');
        }
        break;
    case ExportFormat::Srt: {
        int n = 0;
        for (const Utterance &u : utterances) {
            out += QString::number(++n) + QLatin1Char('\n') + formatTimestamp(u.startMs, QLatin1Char(','))
                 + QStringLiteral(" --> ") + formatTimestamp(std::max(u.endMs, u.startMs), QLatin1Char(','))
                 + QLatin1Char('\n') + u.speaker + QStringLiteral(": ") + u.text + QStringLiteral("\n\n");
        }
        break;
    }
    case ExportFormat::Vtt: {
        out = QStringLiteral("WEBVTT\n\n");
        for (const Utterance &u : utterances) {
            // Cue text must not hold "-->" or raw '<' '&': escape as WebVTT says.
            QString text = u.text;
            text.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
                .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
                .replace(QLatin1Char('>'), QStringLiteral("&gt;"));
            QString voice = u.speaker;
            voice.replace(QLatin1Char('&'), QStringLiteral("&amp;")).replace(QLatin1Char('>'), QStringLiteral("&gt;"));
            out += QStringLiteral("turn-%1\n").arg(u.turnId) + formatTimestamp(u.startMs) + QStringLiteral(" --> ")
                 + formatTimestamp(std::max(u.endMs, u.startMs)) + QLatin1Char('\n') + QStringLiteral("<v ") + voice
                 + QLatin1Char('>') + text + QStringLiteral("\n\n");
        }
        break;
    }
    case ExportFormat::Csv:
        out = csv::formatRow({QStringLiteral("speaker"), QStringLiteral("start"), QStringLiteral("end"),
                              QStringLiteral("text"), QStringLiteral("codes")});
        for (const Utterance &u : utterances)
            out += csv::formatRow({u.speaker, formatTimestamp(u.startMs), formatTimestamp(u.endMs), u.text, codesOf(u)});
        break;
    }
    return out;
}

}  // namespace crosscut::live
