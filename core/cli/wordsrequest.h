#pragma once
// The options of crosscut-cli words (and wordcloud, which draws the same
// counts): scope, phrase length, grouping, stop words, limits.

#include "cli/command.h"
#include "text/words.h"

namespace crosscut::cli {

// The value options and flags both commands take.
QStringList wordsValueOptions();
QStringList wordsFlags();

// Reads the options into a request; the stop words come from the project
// (its languages, additions and removals) unless --stopwords names others.
// Errors are Invalid (a bad option: exit Usage) or NotFound (a missing file).
Result<text::WordRequest> wordRequestFromArgs(const Args &args, Project &project);

}  // namespace crosscut::cli
