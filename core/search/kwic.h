#pragma once
// Keyword in context: every occurrence of a word or phrase with its left and
// right context, through the same path as search (textsearch.h), sortable
// by the words to its left or right.

#include "search/textsearch.h"

#include <optional>

namespace crosscut::search {

enum class KwicSort { Document, Left, Right };

// "document", "left" or "right".
std::optional<KwicSort> parseKwicSort(const QString &name);

// The hits of `phrase`: its words in a row, the last one also as the start
// of a longer word ("advoca" → "advocacy") unless `wholeWord`, which asks for
// exactly these words, beginning and ending on ICU word boundaries. A phrase
// without letters or digits (an emoji) is found as it is written. `width`:
// code points of context either side.
HitQuery kwicQuery(const QString &phrase, bool wholeWord, int width = 40);
Result<QList<SearchHit>> kwic(Project &project, const QString &phrase, bool wholeWord, int width = 40);

// Sort keys: the left context's words nearest the keyword first, or the right
// context's words, folded as search folds them.
QString leftSortKey(const SearchHit &hit);
QString rightSortKey(const SearchHit &hit);

// Stable: hits with equal keys keep document order.
void sortHits(QList<SearchHit> &hits, KwicSort by);

}  // namespace crosscut::search
