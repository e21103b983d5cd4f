#pragma once
// What each column of a survey is: the respondent's identifier, a closed
// answer (a typed case attribute), an open answer (text to code), the
// organisations a respondent names (collaboration ties), or skipped; and the
// type a closed answer's values suggest.

#include "model/entities.h"
#include "survey/surveytable.h"

#include <QList>

namespace crosscut::survey {

enum class ColumnRole { Identifier, Closed, Open, Ties, Skip };

struct ColumnPlan {
    ColumnRole role = ColumnRole::Closed;
    AttributeType type = AttributeType::Text;  // for a closed answer
};

// The type a column's non-empty values suggest: number when every one is a
// number ("3", "-2.5"), date when every one is an ISO date (YYYY-MM-DD),
// category when few distinct values repeat (at most kMaxCategories, some
// value given twice, none longer than kMaxCategoryLength), else text. An
// empty column is text.
inline constexpr int kMaxCategories = 12;
inline constexpr int kMaxCategoryLength = 80;
AttributeType detectType(const SurveyTable &table, int column);

// Whether a column reads as open answers: text with line breaks or long
// answers (40 characters on average), not a category.
bool looksOpen(const SurveyTable &table, int column);

// The first column whose values are all present and distinct (preferring
// a header such as "id", "respondent" or "organisation"); -1 when none is.
int guessIdentifier(const SurveyTable &table);

// A first plan for the import dialog: the guessed identifier, open answers
// as open, everything else closed with its detected type.
QList<ColumnPlan> suggestPlan(const SurveyTable &table);

// Finds a column by its header: exactly, then ignoring case, then as the
// header's first word ("Q7" for "Q7 – What made collaboration hard?").
// An unknown or ambiguous name is an error listing the headers.
Result<int> findColumn(const SurveyTable &table, const QString &name);

// The name an attribute or a document of a column gets: the header, and
// with a wave, "Q3 [baseline]".
QString waveName(const QString &header, const QString &wave);

}  // namespace crosscut::survey
