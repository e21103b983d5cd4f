#pragma once
// The survey grid: respondents (cases) by questions, read from a project.
// Columns are the case attributes, then the documents of open answers (kind
// survey); rows are the cases that have an attribute value or an answer.
// An open answer cell knows its speaker turn, so the grid can open the
// document with the answer selected.

#include "model/entities.h"

#include <QList>
#include <QString>

#include <optional>

namespace crosscut {
class Project;
}

namespace crosscut::survey {

struct SurveyGridColumn {
    enum class Kind { Attribute, Answers };
    Kind kind = Kind::Attribute;
    Id id = 0;  // the attribute or the document
    QString name;
    AttributeType type = AttributeType::Text;  // attributes; answers are text
};

struct SurveyAnswer {
    Id document = 0;
    Id turn = 0;
    qint64 start = 0;  // code points
    qint64 end = 0;
};

struct SurveyGridRow {
    Id caseId = 0;
    QString name;
    QStringList cells;                           // one per column
    QList<std::optional<SurveyAnswer>> answers;  // one per column; set on answer cells
};

struct SurveyGrid {
    QList<SurveyGridColumn> columns;
    QList<SurveyGridRow> rows;  // by case name
};

SurveyGrid loadSurveyGrid(Project &project);

}  // namespace crosscut::survey
