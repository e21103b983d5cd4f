#include "survey/surveygrid.h"

#include "project/project.h"
#include "survey/surveyimport.h"
#include "text/codepoints.h"

#include <QCollator>
#include <QHash>

#include <algorithm>

namespace crosscut::survey {

SurveyGrid loadSurveyGrid(Project &project)
{
    SurveyGrid grid;
    QHash<Id, int> attributeColumn;
    for (const Attribute &a : project.attributes(AttributeScope::Case)) {
        attributeColumn.insert(a.id, static_cast<int>(grid.columns.size()));
        grid.columns.append({SurveyGridColumn::Kind::Attribute, a.id, a.name, a.type});
    }
    QList<Document> surveys;
    for (const Document &d : project.documents()) {
        if (d.kind != kSurveyDocumentKind)
            continue;
        surveys.append(d);
        grid.columns.append({SurveyGridColumn::Kind::Answers, d.id, d.name, AttributeType::Text});
    }
    const qsizetype width = grid.columns.size();
    QHash<Id, int> rowOf;
    QHash<Id, QString> names;
    for (const Case &c : project.cases())
        names.insert(c.id, c.name);
    auto rowFor = [&](Id caseId) -> SurveyGridRow & {
        auto it = rowOf.constFind(caseId);
        if (it == rowOf.cend()) {
            SurveyGridRow row;
            row.caseId = caseId;
            row.name = names.value(caseId);
            row.cells = QStringList(QList<QString>(width));
            row.answers = QList<std::optional<SurveyAnswer>>(width);
            it = rowOf.insert(caseId, static_cast<int>(grid.rows.size()));
            grid.rows.append(row);
        }
        return grid.rows[*it];
    };
    sql::Statement &values = project.statement("SELECT case_id, attribute_id, value FROM case_attribute");
    while (values.next()) {
        const int column = attributeColumn.value(values.int64(1), -1);
        if (column >= 0)
            rowFor(values.int64(0)).cells[column] = values.text(2);
    }
    values.reset();
    for (int s = 0; s < surveys.size(); ++s) {
        const int column = static_cast<int>(attributeColumn.size()) + s;
        const QString text = project.documentText(surveys.at(s).id);
        const CodePointIndex index(text);
        for (const SpeakerTurn &turn : project.speakerTurns(surveys.at(s).id)) {
            if (!turn.caseId)
                continue;
            SurveyGridRow &row = rowFor(*turn.caseId);
            const qsizetype from = index.toUtf16(turn.start);
            row.cells[column] = text.mid(from, index.toUtf16(turn.end) - from);
            row.answers[column] = SurveyAnswer{surveys.at(s).id, turn.id, turn.start, turn.end};
        }
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(grid.rows.begin(), grid.rows.end(),
              [&](const SurveyGridRow &a, const SurveyGridRow &b) { return collator.compare(a.name, b.name) < 0; });
    return grid;
}

}  // namespace crosscut::survey
