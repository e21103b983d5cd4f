#pragma once
// Writes a survey into a project as one undoable operation: a case per
// respondent (named by the identifier column; an existing case of that name
// is reused), every closed answer as a typed case attribute, and every open
// answer column as one document (kind "survey", named after the question)
// in which each respondent's answer is a speaker turn linked to its case,
// written "ORG-01: answer" like a transcript (the turn is the answer alone),
// answers separated by a blank line. Coding an answer then counts in the
// matrices by case and by case attribute.
//
// Everything is checked before anything is written: an empty or repeated
// identifier, a value that is not of its column's type, an attribute of
// another type or a document of the same name already in the project is
// refused naming the line or cell, and the project is left as it was.

#include "project/project.h"
#include "survey/surveycolumns.h"
#include "survey/surveytable.h"

namespace crosscut::survey {

// The kind of the documents of open answers (beside DocumentKind's
// interview, focus-group, notes, live-session).
inline const QString kSurveyDocumentKind = QStringLiteral("survey");

struct SurveyImportOptions {
    QList<ColumnPlan> columns;  // one per column of the table; exactly one Identifier
    // Appended to attribute and document names ("Q3 [baseline]"), so that
    // two waves of one survey live side by side.
    QString wave;
};

struct SurveyImportReport {
    int respondents = 0;
    int newCases = 0;
    int attributes = 0;  // closed-answer columns
    int values = 0;      // attribute values written
    int answers = 0;     // speaker turns written
    QList<Id> documents;
};

Result<SurveyImportReport> importSurvey(Project &project, const SurveyTable &table, const SurveyImportOptions &options);

// The identifier column of a plan, or -1.
int identifierColumn(const QList<ColumnPlan> &columns);

}  // namespace crosscut::survey
