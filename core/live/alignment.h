#pragma once
// Aligning a live session with a recording made during it: the recording's
// transcript (SRT or WebVTT, e.g. from a transcription service) is read, each
// utterance is matched to the cue that shares most of its words, and the
// session is moved onto the recording's clock. The offset between the two
// clocks is the median of the confident matches' differences; utterances
// without a match move by that offset. One undoable operation.

#include "project/project.h"
#include "util/result.h"

#include <QString>

namespace crosscut::live {

struct AlignmentReport {
    int utterances = 0;
    int matched = 0;     // took a cue's start and end times
    qint64 offsetMs = 0;  // recording time minus session time
};

// `cues` is the subtitle file's text (LF line endings); `format` is "srt" or
// "vtt"; `what` names it in errors. Nothing changes when no utterance matches.
Result<AlignmentReport> alignWithCues(Project &project, Id document, const QString &cues, const QString &format,
                                      const QString &what);
// Reads, decodes and aligns a .srt or .vtt file.
Result<AlignmentReport> alignWithRecording(Project &project, Id document, const QString &path);

}  // namespace crosscut::live
