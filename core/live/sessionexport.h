#pragma once
// A live session (or any document with timed speaker turns) as a timestamped
// transcript: plain text, SubRip (SRT), WebVTT, or CSV of utterances.

#include "project/project.h"
#include "util/result.h"

#include <QString>

#include <optional>

namespace crosscut::live {

enum class ExportFormat { Txt, Srt, Vtt, Csv };

std::optional<ExportFormat> exportFormatFromString(const QString &name);

// "01:02:03.456" (separator '.' for VTT/TXT/CSV, ',' for SRT).
QString formatTimestamp(qint64 ms, QChar separator = QLatin1Char('.'));

// The whole transcript in `format`. CSV columns: speaker,start,end,text,codes
// (codes as paths joined by "; ").
Result<QString> exportSession(Project &project, Id document, ExportFormat format);

}  // namespace crosscut::live
