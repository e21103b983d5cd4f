#pragma once
// A live session (or any document with timed speaker turns) as a timestamped
// transcript: plain text, SubRip (SRT), WebVTT, or CSV of utterances.

#include "live/livesession.h"
#include "project/project.h"
#include "util/result.h"

#include <QString>

#include <optional>

namespace crosscut::privacy {
class Redaction;
}

namespace crosscut::live {

enum class ExportFormat { Txt, Srt, Vtt, Csv };

std::optional<ExportFormat> exportFormatFromString(const QString &name);

// One entry of a session's timeline: an utterance, a flag or a gap.
struct TimelineEntry {
    enum Kind { Said, Flagged, Gapped } kind = Said;
    qint64 ms = 0;
    const Utterance *utterance = nullptr;  // point into the lists given
    const Flag *flag = nullptr;
    const Gap *gap = nullptr;
};
// Utterances (by start), flags and gaps in session-time order: a flag sits
// at its time also after a resume. At equal times: utterance, flag, gap.
QList<TimelineEntry> sessionTimeline(const QList<Utterance> &utterances, const QList<Flag> &flags, const QList<Gap> &gaps);

// "01:02:03.456" (separator '.' for VTT/TXT/CSV, ',' for SRT).
QString formatTimestamp(qint64 ms, QChar separator = QLatin1Char('.'));

// The whole transcript in `format`, utterances, flags and gaps (the capture
// window closed) in session-time order. Flags are "⚑ note" cues in SRT and
// WebVTT; gaps are NOTE blocks in WebVTT and left out of SRT. CSV columns:
// speaker,start,end,text,codes,kind (codes as paths joined by "; "; kind is
// utterance, flag or gap).
//
// With an enabled redaction (privacy/redaction.h) speakers are role labels,
// names in utterances and flag notes are replaced, and the watermark comes
// first: TXT and CSV its own first line, WebVTT a NOTE, SRT a first cue.
Result<QString> exportSession(Project &project, Id document, ExportFormat format,
                              const privacy::Redaction *redaction = nullptr);

}  // namespace crosscut::live
