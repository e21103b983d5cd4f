#pragma once
// Finds speaker turns in a transcript whose lines start with "Name:" or
// "[Name]". Prose such as "Note: …" and times such as "10:30" are not
// speakers: a prefix must be short and name-like, and the pattern must recur
// (at least two speakers, one of them speaking more than once).

#include "project/project.h"

namespace crosscut::import {

// `text` must already have LF line endings. Turn positions are code points
// into `text`; a turn covers what the speaker said (after the prefix) up to
// the next prefix, trailing blank lines excluded. Empty when `text` is not a
// transcript.
QList<NewDocument::Turn> findSpeakerTurns(const QString &text);

// The speaker named by a line's prefix, with the length (UTF-16) of the prefix
// and the spaces after it; nullopt when the line has no name-like prefix.
struct SpeakerPrefix {
    QString speaker;
    qsizetype length = 0;
};
std::optional<SpeakerPrefix> speakerPrefix(QStringView line);

// True when `name` could be a speaker's name (≤ 40 characters, at most five
// words, no sentence punctuation, not starting with a digit or lower case).
bool isNameLike(QStringView name);

qsizetype distinctSpeakers(const QList<NewDocument::Turn> &turns);

}  // namespace crosscut::import
