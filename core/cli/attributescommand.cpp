#include "cli/command.h"
#include "project/projectwriter.h"
#include "util/csv.h"

#include <QDate>

namespace crosscut::cli {

namespace {

Status checkValue(AttributeType type, const QString &value)
{
    if (value.isEmpty())
        return {};
    if (type == AttributeType::Number) {
        bool ok = false;
        value.toDouble(&ok);
        if (!ok)
            return makeError(ErrorKind::Invalid, QStringLiteral("value \"%1\" is not a number").arg(value));
    } else if (type == AttributeType::Date) {
        if (!QDate::fromString(value, Qt::ISODate).isValid())
            return makeError(ErrorKind::Invalid, QStringLiteral("value \"%1\" is not a date (use YYYY-MM-DD)").arg(value));
    }
    return {};
}

}  // namespace

// document,attribute,value[,type] or case,attribute,value[,type]; the whole
// file is one transaction and a bad row aborts it, naming its line.
int runAttributes(Context &ctx)
{
    if (!ctx.args.has(QStringLiteral("--from")))
        return ctx.usage(QStringLiteral("attributes needs --from FILE.csv"));
    const QString path = ctx.args.value(QStringLiteral("--from"));
    auto rows = csv::readFile(path);
    if (!rows)
        return ctx.fail(rows.error());
    if (rows->isEmpty())
        return ctx.fail(ErrorKind::Invalid,
                        QStringLiteral("%1 is empty; expected a header document,attribute,value[,type]").arg(path));
    const QStringList header = rows->first().fields;
    auto column = [&](const char *name) {
        for (qsizetype i = 0; i < header.size(); ++i)
            if (header[i].trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return static_cast<int>(i);
        return -1;
    };
    const int cDocument = column("document"), cCase = column("case"), cAttribute = column("attribute"),
              cValue = column("value"), cType = column("type");
    if ((cDocument < 0) == (cCase < 0) || cAttribute < 0 || cValue < 0)
        return ctx.fail(ErrorKind::Invalid, QStringLiteral("%1 line 1: the header must be document,attribute,value[,type] "
                                                           "or case,attribute,value[,type]")
                                                .arg(path));
    const AttributeScope scope = cDocument >= 0 ? AttributeScope::Document : AttributeScope::Case;
    const int cTarget = cDocument >= 0 ? cDocument : cCase;
    const int needed = std::max({cTarget, cAttribute, cValue}) + 1;

    int exitCode = Ok;
    auto project = ctx.openProject(&exitCode);
    if (!project)
        return exitCode;
    QHash<QString, Id> targets;
    if (scope == AttributeScope::Document) {
        for (const Document &d : project->documents())
            targets.insert(d.name, d.id);
    } else {
        for (const Case &c : project->cases())
            targets.insert(c.name, c.id);
    }
    QHash<QString, AttributeType> types;  // attribute name → type, as the file goes
    for (const Attribute &a : project->attributes(scope))
        types.insert(a.name, a.type);

    int written = 0;
    Status s = project->transact(QStringLiteral("Set attributes from %1").arg(path), [&](ProjectWriter &w) -> Status {
        for (qsizetype r = 1; r < rows->size(); ++r) {
            const csv::Row &row = rows->at(r);
            auto lineError = [&](const QString &message) {
                return makeError(ErrorKind::Invalid, QStringLiteral("%1 line %2: %3").arg(path).arg(row.line).arg(message));
            };
            if (row.fields.size() == 1 && row.fields.first().trimmed().isEmpty())
                continue;  // a blank line
            if (row.fields.size() < needed)
                return lineError(QStringLiteral("expected at least %1 fields, found %2").arg(needed).arg(row.fields.size()));
            const QString targetName = row.fields[cTarget].trimmed();
            const auto target = targets.constFind(targetName);
            if (target == targets.cend())
                return lineError(scope == AttributeScope::Document
                                     ? QStringLiteral("no document named \"%1\"").arg(targetName)
                                     : QStringLiteral("no case named \"%1\"").arg(targetName));
            const QString attribute = row.fields[cAttribute].trimmed();
            if (attribute.isEmpty())
                return lineError(QStringLiteral("the attribute name is empty"));
            const QString value = row.fields[cValue].trimmed();
            AttributeType type = types.value(attribute, AttributeType::Text);
            const QString typeText = cType >= 0 ? row.fields.value(cType).trimmed().toLower() : QString();
            if (!typeText.isEmpty()) {
                const auto given = attributeTypeFromString(typeText);
                if (!given)
                    return lineError(QStringLiteral("type \"%1\" is not one of text, number, date, category").arg(typeText));
                if (types.contains(attribute) && types.value(attribute) != *given)
                    return lineError(QStringLiteral("attribute \"%1\" is of type %2, not %3")
                                         .arg(attribute, toString(types.value(attribute)), typeText));
                type = *given;
            }
            if (Status v = checkValue(type, value); !v)
                return lineError(QStringLiteral("attribute \"%1\": %2").arg(attribute, v.message()));
            if (Status set = w.setAttribute(scope, *target, attribute, value, type); !set)
                return lineError(set.message());
            types.insert(attribute, type);
            ++written;
        }
        return {};
    });
    if (!s)
        return ctx.fail(s.error());
    ctx.out << "set " << written << " attribute values\n";
    return Ok;
}

}  // namespace crosscut::cli
