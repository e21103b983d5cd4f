#pragma once
// Editing a transcript's utterances after the fact: each operation rewrites
// the changed part of the document text once and moves every later quote, speaker turn and flag
// with the text, as one undoable operation. An edit that would leave a quote
// empty is refused and changes nothing.

#include "project/project.h"
#include "util/result.h"

namespace crosscut::live {

// Replaces the text of the utterance (its speaker label stays).
Status editUtterance(Project &project, Id turn, const QString &text);
// Joins the utterance with the next one: "A: one\nB: two" becomes
// "A: one two", spoken by A from A's start to B's end.
Status mergeWithNext(Project &project, Id turn);
// Splits the utterance `offset` code points into its text; the second part
// becomes a new turn of the same speaker. Times are interpolated by length.
Status splitUtterance(Project &project, Id turn, qint64 offset);

}  // namespace crosscut::live
