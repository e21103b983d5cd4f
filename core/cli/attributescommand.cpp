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

// Splits "A,B" (a literal comma written "\,") into trimmed names.
QStringList splitNames(const QString &list)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i) == QLatin1Char('\\') && i + 1 < list.size() && list.at(i + 1) == QLatin1Char(',')) {
            current += QLatin1Char(',');
            ++i;
        } else if (list.at(i) == QLatin1Char(',')) {
            out.append(current.trimmed());
            current.clear();
        } else {
            current += list.at(i);
        }
    }
    out.append(current.trimmed());
    out.removeAll(QString());
    return out;
}

int listAttributes(Context &ctx)
{
    int exitCode = Ok;
    auto project = ctx.openProject(&exitCode);
    if (!project)
        return exitCode;
    ctx.out << csv::formatRow({QStringLiteral("name"), QStringLiteral("scope"), QStringLiteral("type"), QStringLiteral("identifying")});
    for (const Attribute &a : project->attributes())
        ctx.out << csv::formatRow({a.name, toString(a.scope), toString(a.type),
                                   a.identifying ? QStringLiteral("yes") : QStringLiteral("no")});
    return Ok;
}

// --identifying / --not-identifying: every name must exist (in the scope
// given, else in either); all are marked in one operation or none.
int markIdentifying(Context &ctx)
{
    const bool identifying = ctx.args.has(QStringLiteral("--identifying"));
    const QStringList names = splitNames(ctx.args.value(identifying ? QStringLiteral("--identifying") : QStringLiteral("--not-identifying")));
    if (names.isEmpty())
        return ctx.usage(QStringLiteral("--identifying and --not-identifying need NAME[,NAME...]"));
    std::optional<AttributeScope> scope;
    if (ctx.args.has(QStringLiteral("--scope"))) {
        scope = attributeScopeFromString(ctx.args.value(QStringLiteral("--scope")).toLower());
        if (!scope)
            return ctx.usage(QStringLiteral("--scope must be case or document"));
    }
    int exitCode = Ok;
    auto project = ctx.openProject(&exitCode);
    if (!project)
        return exitCode;
    QList<Id> ids;
    const QList<Attribute> attributes = project->attributes(scope);
    for (const QString &name : names) {
        bool found = false;
        for (const Attribute &a : attributes) {
            if (a.name == name) {
                ids.append(a.id);
                found = true;
            }
        }
        if (!found) {
            QStringList known;
            for (const Attribute &a : attributes)
                known.append(a.name);
            known.removeDuplicates();
            return ctx.fail(ErrorKind::NotFound,
                            QStringLiteral("no %1attribute named \"%2\"%3; nothing was changed")
                                .arg(scope ? toString(*scope) + QLatin1Char(' ') : QString(), name,
                                     known.isEmpty() ? QString() : QStringLiteral(" (attributes: %1)").arg(known.join(QStringLiteral(", ")))));
        }
    }
    const QString label = (identifying ? QStringLiteral("Mark %1 identifying") : QStringLiteral("Mark %1 not identifying"))
                              .arg(names.join(QStringLiteral(", ")));
    Status s = project->transact(label, [&](ProjectWriter &w) -> Status {
        for (const Id id : ids)
            if (Status u = w.exec("UPDATE attribute SET identifying = ? WHERE id = ?", {identifying ? 1 : 0, id}); !u)
                return u;
        return {};
    });
    if (!s)
        return ctx.fail(s.error());
    ctx.out << "marked " << ids.size() << (identifying ? " attributes identifying\n" : " attributes not identifying\n");
    return Ok;
}

}  // namespace

// document,attribute,value[,type] or case,attribute,value[,type]; the whole
// file is one transaction and a bad row aborts it, naming its line.
int runAttributes(Context &ctx)
{
    const int modes = int(ctx.args.has(QStringLiteral("--from"))) + int(ctx.args.has(QStringLiteral("--identifying")))
                      + int(ctx.args.has(QStringLiteral("--not-identifying")));
    if (modes > 1)
        return ctx.usage(QStringLiteral("give one of --from, --identifying, --not-identifying"));
    if (ctx.args.has(QStringLiteral("--identifying")) || ctx.args.has(QStringLiteral("--not-identifying")))
        return markIdentifying(ctx);
    if (ctx.args.has(QStringLiteral("--scope")))
        return ctx.usage(QStringLiteral("--scope goes with --identifying or --not-identifying"));
    if (!ctx.args.has(QStringLiteral("--from")))
        return listAttributes(ctx);
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
    const bool createCases = ctx.args.has(QStringLiteral("--create-cases"));
    if (createCases && scope != AttributeScope::Case)
        return ctx.usage(QStringLiteral("--create-cases goes with a case,attribute,value file, not document,…"));
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
    // Cases the file names that the project does not hold: made with
    // --create-cases (in the same operation), else all named in one refusal.
    QStringList missingCases;
    if (scope == AttributeScope::Case) {
        QStringList where;
        for (qsizetype r = 1; r < rows->size(); ++r) {
            const csv::Row &row = rows->at(r);
            const QString name = row.fields.value(cTarget).trimmed();
            if (row.fields.size() < needed || name.isEmpty() || targets.contains(name) || missingCases.contains(name))
                continue;  // a short row or an empty name is reported below, by its line
            missingCases.append(name);
            where.append(QStringLiteral("line %1: no case named \"%2\"").arg(row.line).arg(name));
        }
        if (!missingCases.isEmpty() && !createCases)
            return ctx.fail(ErrorKind::NotFound,
                            QStringLiteral("%1 %2; add --create-cases to create %3; nothing was changed")
                                .arg(path, where.join(QStringLiteral("; ")),
                                     missingCases.size() == 1 ? QStringLiteral("it") : QStringLiteral("them")));
    }
    QHash<QString, AttributeType> types;  // attribute name → type, as the file goes
    for (const Attribute &a : project->attributes(scope))
        types.insert(a.name, a.type);

    int written = 0;
    Status s = project->transact(QStringLiteral("Set attributes from %1").arg(path), [&](ProjectWriter &w) -> Status {
        for (const QString &name : std::as_const(missingCases)) {
            auto made = w.caseId(name);
            if (!made)
                return made.error();
            targets.insert(name, *made);
        }
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
    if (!missingCases.isEmpty())
        ctx.out << "created " << missingCases.size() << " cases\n";
    ctx.out << "set " << written << " attribute values\n";
    return Ok;
}

}  // namespace crosscut::cli
