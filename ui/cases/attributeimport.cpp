#include "cases/attributeimport.h"

#include "cases/attributetablemodel.h"
#include "project/projectwriter.h"
#include "util/csv.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace crosscut::ui {

namespace {
// A class name lupdate files these strings under, matching the context they
// are looked up in (a free tr() would be filed under the namespace).
struct AttributeImport {
    static QString tr(const char *text) { return QCoreApplication::translate("crosscut::ui::AttributeImport", text); }
};
}  // namespace

Result<int> importAttributesCsv(Project &project, const QString &path)
{
    auto rows = csv::readFile(path);
    if (!rows.ok())
        return rows.error();
    const QString file = QFileInfo(path).fileName();
    if (rows->isEmpty())
        return makeError(ErrorKind::Invalid, AttributeImport::tr("%1 is empty; expected a header document,attribute,value").arg(file));

    QHash<QString, int> columns;
    const QStringList header = rows->first().fields;
    for (int i = 0; i < header.size(); ++i)
        columns.insert(header[i].trimmed().toLower(), i);
    const bool byDocument = columns.contains(QStringLiteral("document"));
    const bool byCase = columns.contains(QStringLiteral("case"));
    if (byDocument == byCase || !columns.contains(QStringLiteral("attribute")) || !columns.contains(QStringLiteral("value")))
        return makeError(ErrorKind::Invalid,
                         AttributeImport::tr("%1 line 1: the header must be document,attribute,value[,type] or case,attribute,value[,type]")
                             .arg(file));
    const AttributeScope scope = byDocument ? AttributeScope::Document : AttributeScope::Case;
    const int cTarget = columns.value(byDocument ? QStringLiteral("document") : QStringLiteral("case"));
    const int cAttribute = columns.value(QStringLiteral("attribute"));
    const int cValue = columns.value(QStringLiteral("value"));
    const int cType = columns.value(QStringLiteral("type"), -1);

    QHash<QString, Id> targets;
    if (scope == AttributeScope::Document) {
        for (const Document &d : project.documents())
            targets.insert(d.name, d.id);
    } else {
        for (const Case &c : project.cases())
            targets.insert(c.name, c.id);
    }
    QHash<QString, AttributeType> types;
    for (const Attribute &a : project.attributes(scope))
        types.insert(a.name, a.type);

    int written = 0;
    const Status status = project.transact(AttributeImport::tr("Import attributes from %1").arg(file), [&](ProjectWriter &w) -> Status {
        for (qsizetype r = 1; r < rows->size(); ++r) {
            const csv::Row &row = rows->at(r);
            auto fail = [&](const QString &message) {
                return makeError(ErrorKind::Invalid, AttributeImport::tr("%1 line %2: %3").arg(file).arg(row.line).arg(message));
            };
            const QString name = row.fields.value(cTarget).trimmed();
            const QString attribute = row.fields.value(cAttribute).trimmed();
            const QString value = row.fields.value(cValue).trimmed();
            if (!targets.contains(name))
                return fail(scope == AttributeScope::Document ? AttributeImport::tr("no document named \"%1\"").arg(name)
                                                              : AttributeImport::tr("no case named \"%1\"").arg(name));
            if (attribute.isEmpty())
                return fail(AttributeImport::tr("the attribute name is empty"));
            AttributeType type = types.value(attribute, AttributeType::Text);
            if (cType >= 0 && !row.fields.value(cType).trimmed().isEmpty()) {
                const auto given = attributeTypeFromString(row.fields.value(cType).trimmed().toLower());
                if (!given)
                    return fail(AttributeImport::tr("type \"%1\" is not one of text, number, date, category").arg(row.fields.value(cType)));
                if (types.contains(attribute) && types.value(attribute) != *given)
                    return fail(AttributeImport::tr("attribute \"%1\" is of type %2").arg(attribute, toString(types.value(attribute))));
                type = *given;
            }
            if (const QString problem = attributeValueProblem(type, value); !problem.isEmpty())
                return fail(problem);
            if (Status set = w.setAttribute(scope, targets.value(name), attribute, value, type); !set.ok())
                return fail(set.message());
            types.insert(attribute, type);
            ++written;
        }
        return {};
    });
    if (!status.ok())
        return status.error();
    return written;
}

}  // namespace crosscut::ui
