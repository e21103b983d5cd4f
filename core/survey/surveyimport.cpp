#include "survey/surveyimport.h"

#include "project/projectwriter.h"
#include "text/codepoints.h"

#include <QDate>
#include <QHash>
#include <QSet>

namespace crosscut::survey {

namespace {

Error cellError(const SurveyTable &table, int row, int column, const QString &message)
{
    return makeError(ErrorKind::Invalid, QStringLiteral("%1: %2").arg(table.location(row, column), message));
}

Status checkValue(const SurveyTable &table, int row, int column, AttributeType type)
{
    const QString &value = table.rows.at(row).cells.at(column);
    if (value.isEmpty())
        return {};
    if (type == AttributeType::Number) {
        bool ok = false;
        value.toDouble(&ok);
        if (!ok)
            return cellError(table, row, column, QStringLiteral("\"%1\" in column \"%2\" is not a number")
                                                     .arg(value, table.headers.at(column)));
    } else if (type == AttributeType::Date && !QDate::fromString(value, Qt::ISODate).isValid()) {
        return cellError(table, row, column, QStringLiteral("\"%1\" in column \"%2\" is not a date (YYYY-MM-DD)")
                                                 .arg(value, table.headers.at(column)));
    }
    return {};
}

// The case attribute of that name, made with `type` when the project has none.
Result<Id> attributeId(ProjectWriter &w, const QString &name, AttributeType type)
{
    sql::Statement &find = w.project().statement("SELECT id FROM attribute WHERE name = ? AND scope = 'case'");
    find.bind(1, name);
    if (find.next()) {
        const Id id = find.int64(0);
        find.reset();
        return id;
    }
    find.reset();
    if (Status s = w.exec("INSERT INTO attribute(name, scope, type, sort_order, guid) VALUES (?, 'case', ?, "
                          "(SELECT coalesce(max(sort_order), 0) + 1 FROM attribute), ?)",
                          {name, toString(type), ProjectWriter::newGuid()});
        !s)
        return s.error();
    return w.project().database().lastInsertId();
}

struct Answers {
    QString name;
    NewDocument document;
};

}  // namespace

int identifierColumn(const QList<ColumnPlan> &columns)
{
    for (int c = 0; c < columns.size(); ++c)
        if (columns.at(c).role == ColumnRole::Identifier)
            return c;
    return -1;
}

Result<SurveyImportReport> importSurvey(Project &project, const SurveyTable &table, const SurveyImportOptions &options)
{
    if (options.columns.size() != table.columnCount())
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 has %2 columns, the import plan %3")
                                                 .arg(table.fileName)
                                                 .arg(table.columnCount())
                                                 .arg(options.columns.size()));
    int idColumn = -1;
    for (int c = 0; c < options.columns.size(); ++c) {
        if (options.columns.at(c).role != ColumnRole::Identifier)
            continue;
        if (idColumn >= 0)
            return makeError(ErrorKind::Invalid, QStringLiteral("choose one identifier column, not \"%1\" and \"%2\"")
                                                     .arg(table.headers.at(idColumn), table.headers.at(c)));
        idColumn = c;
    }
    if (idColumn < 0)
        return makeError(ErrorKind::Invalid, QStringLiteral("choose the column that identifies the respondents"));
    if (table.rows.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 holds a header but no respondents").arg(table.fileName));

    // Identifiers: present and distinct.
    QHash<QString, int> firstRow;
    for (int r = 0; r < table.rows.size(); ++r) {
        const QString &id = table.rows.at(r).cells.at(idColumn);
        if (id.isEmpty())
            return cellError(table, r, idColumn, QStringLiteral("the identifier (\"%1\") is empty").arg(table.headers.at(idColumn)));
        if (const auto it = firstRow.constFind(id); it != firstRow.cend())
            return cellError(table, r, idColumn, QStringLiteral("identifier \"%1\" is given twice (first at %2)")
                                                     .arg(id, table.location(*it, idColumn)));
        firstRow.insert(id, r);
    }

    // Closed answers: every value of its column's type, no clash with an
    // attribute of another type.
    QHash<QString, AttributeType> existingTypes;
    for (const Attribute &a : project.attributes(AttributeScope::Case))
        existingTypes.insert(a.name, a.type);
    QList<int> closed;
    for (int c = 0; c < table.columnCount(); ++c) {
        const ColumnPlan &plan = options.columns.at(c);
        if (plan.role != ColumnRole::Closed)
            continue;
        const QString name = waveName(table.headers.at(c), options.wave);
        if (const auto it = existingTypes.constFind(name); it != existingTypes.cend() && *it != plan.type)
            return makeError(ErrorKind::Conflict,
                             QStringLiteral("column \"%1\": the project holds a case attribute \"%2\" of type %3, not %4; "
                                            "choose %3, or import this survey as another wave")
                                 .arg(table.headers.at(c), name, toString(*it), toString(plan.type)));
        for (int r = 0; r < table.rows.size(); ++r)
            if (Status s = checkValue(table, r, c, plan.type); !s)
                return s.error();
        closed.append(c);
    }

    // Open answers: one document per column, one turn per answer.
    QList<Answers> documents;
    for (int c = 0; c < table.columnCount(); ++c) {
        if (options.columns.at(c).role != ColumnRole::Open)
            continue;
        const QString name = waveName(table.headers.at(c), options.wave);
        if (project.findDocument(name))
            return makeError(ErrorKind::Conflict, QStringLiteral("a document named \"%1\" exists already; give the survey a wave "
                                                                 "(\"%2\") to import it beside the earlier one")
                                                      .arg(name, waveName(table.headers.at(c), QStringLiteral("wave 2"))));
        Answers answers;
        answers.name = name;
        answers.document.name = name;
        answers.document.kind = kSurveyDocumentKind;
        answers.document.sourceFile = table.fileName;
        QString text;
        qint64 position = 0;
        for (const SurveyTable::Row &row : table.rows) {
            const QString answer = normalizeLineEndings(row.cells.at(c));
            if (answer.isEmpty())
                continue;
            if (!text.isEmpty()) {
                text += QStringLiteral("\n\n");
                position += 2;
            }
            // "ORG-01: answer", as transcripts read: the view shows the
            // prefix as the speaker's label; the turn is the answer alone.
            const QString prefix = row.cells.at(idColumn) + QStringLiteral(": ");
            const qint64 start = position + codePointCount(prefix);
            const qint64 length = codePointCount(answer);
            answers.document.turns.append({start, start + length, row.cells.at(idColumn), std::nullopt, std::nullopt});
            text += prefix + answer;
            position = start + length;
        }
        if (answers.document.turns.isEmpty())
            continue;  // nobody answered: no empty document
        answers.document.text = text;
        documents.append(answers);
    }

    QSet<QString> existingCases;
    for (const Case &c : project.cases())
        existingCases.insert(c.name);

    SurveyImportReport report;
    const QString label = options.wave.trimmed().isEmpty()
                              ? QStringLiteral("Import survey %1").arg(table.fileName)
                              : QStringLiteral("Import survey %1 [%2]").arg(table.fileName, options.wave.trimmed());
    Status s = project.transact(label, [&](ProjectWriter &w) -> Status {
        QList<Id> cases;
        cases.reserve(table.rows.size());
        for (const SurveyTable::Row &row : table.rows) {
            const QString &id = row.cells.at(idColumn);
            auto caseId = w.caseId(id);
            if (!caseId)
                return caseId.error();
            cases.append(*caseId);
            if (!existingCases.contains(id))
                ++report.newCases;
        }
        for (const int c : std::as_const(closed)) {
            const AttributeType type = options.columns.at(c).type;
            auto attribute = attributeId(w, waveName(table.headers.at(c), options.wave), type);
            if (!attribute)
                return attribute.error();
            for (int r = 0; r < table.rows.size(); ++r) {
                const QString &value = table.rows.at(r).cells.at(c);
                if (value.isEmpty())
                    continue;  // no answer: no value (an earlier one stays)
                if (Status v = w.exec("INSERT INTO case_attribute(case_id, attribute_id, value) VALUES (?, ?, ?) "
                                      "ON CONFLICT(case_id, attribute_id) DO UPDATE SET value = excluded.value",
                                      {cases.at(r), *attribute, value});
                    !v)
                    return v;
                ++report.values;
            }
            ++report.attributes;
        }
        for (const Answers &answers : std::as_const(documents)) {
            auto id = w.insertDocument(answers.document);
            if (!id)
                return id.error();
            report.documents.append(*id);
            report.answers += static_cast<int>(answers.document.turns.size());
        }
        return {};
    });
    if (!s)
        return s.error();
    report.respondents = static_cast<int>(table.rows.size());
    return report;
}

}  // namespace crosscut::survey
