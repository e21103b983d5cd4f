#pragma once
// SRT and WebVTT subtitles as transcripts: each cue becomes one line of the
// document and one speaker turn carrying the cue's start and end times. The
// speaker comes from WebVTT's <v Name> or a "Name:" prefix; the document line
// reads "Name: text" so the text stays readable on its own.

#include "project/project.h"
#include "util/result.h"

namespace crosscut::import {

struct Transcript {
    QString text;
    QList<NewDocument::Turn> turns;
};

// `text` is the decoded file with LF line endings; `what` names it in errors.
Result<Transcript> parseSrt(const QString &text, const QString &what);
Result<Transcript> parseWebVtt(const QString &text, const QString &what);

// "01:02:03,456", "01:02:03.456" or "02:03.456" in milliseconds.
std::optional<qint64> parseCueTime(QStringView time);

}  // namespace crosscut::import
