#include "render/reportmethods.h"

#include "project/project.h"
#include "text/scripts.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace crosscut::render {

namespace {

QString plural(int n, const QString &one, const QString &many) { return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many); }

QDate isoDate(const QString &timestamp) { return QDate::fromString(timestamp.left(10), Qt::ISODate); }

// The languages a document's attributes name, or none.
QStringList attributeLanguages(const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString key = it.key().trimmed().toLower();
        if (key != QLatin1String("language") && key != QLatin1String("languages"))
            continue;
        QStringList out;
        static const QRegularExpression separators(QStringLiteral("[;,]"));
        for (const QString &part : it.value().split(separators, Qt::SkipEmptyParts))
            if (const QString name = part.trimmed(); !name.isEmpty() && !out.contains(name, Qt::CaseInsensitive))
                out.append(name);
        if (!out.isEmpty())
            return out;
    }
    return {};
}

}  // namespace

CasesLeftOut casesLeftOutByRole(Project &project, const QString &roleAttribute, const QStringList &roles)
{
    CasesLeftOut out;
    QStringList wanted;
    for (const QString &role : roles)
        if (!role.trimmed().isEmpty())
            wanted.append(role.trimmed());
    if (roleAttribute.trimmed().isEmpty() || wanted.isEmpty())
        return out;
    for (const Case &c : project.cases()) {
        const QString role = project.attributeValues(AttributeScope::Case, c.id).value(roleAttribute.trimmed()).trimmed();
        if (role.isEmpty() || !wanted.contains(role, Qt::CaseInsensitive))
            continue;
        out.ids.append(c.id);
        if (!out.roles.contains(role))
            out.roles.append(role);
    }
    std::sort(out.roles.begin(), out.roles.end(),
              [](const QString &a, const QString &b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
    return out;
}

QStringList documentsByKind(const QList<Document> &documents)
{
    QMap<QString, int> kinds;
    for (const auto &doc : documents)
        ++kinds[doc.kind];
    QStringList out;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
        QString kind = it.key();
        kind.replace(QLatin1Char('-'), QLatin1Char(' '));
        out.append(plural(it.value(), kind, kind + QStringLiteral("s")));
    }
    return out;
}

ReportMethods collectMethods(Project &project, const CasesLeftOut &leftOut)
{
    ReportMethods methods;
    const QList<Document> documents = project.documents();
    methods.documentsByKind = documentsByKind(documents);

    // Languages: most documents first, then by name.
    QMap<QString, int> languages;
    for (const Document &doc : documents) {
        QStringList names = attributeLanguages(project.attributeValues(AttributeScope::Document, doc.id));
        if (names.isEmpty()) {
            const QString script = text::dominantScript(project.documentText(doc.id));
            names.append(script.isEmpty() ? QStringLiteral("No letters") : script + QStringLiteral(" script"));
        }
        for (const QString &name : std::as_const(names))
            ++languages[name];
        if (const QDate imported = isoDate(doc.importedAt); imported.isValid()) {
            if (!methods.firstImport.isValid() || imported < methods.firstImport)
                methods.firstImport = imported;
            if (!methods.lastImport.isValid() || imported > methods.lastImport)
                methods.lastImport = imported;
        }
    }
    QList<QPair<QString, int>> byCount;
    for (auto it = languages.cbegin(); it != languages.cend(); ++it)
        byCount.append({it.key(), it.value()});
    std::stable_sort(byCount.begin(), byCount.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    for (const auto &[name, n] : std::as_const(byCount))
        methods.documentsByLanguage.append(QStringLiteral("%1 (%2)").arg(name).arg(n));

    auto &coders = project.statement(
        "SELECT coder.name, COUNT(*) FROM coding JOIN coder ON coder.id = coding.coder_id GROUP BY coder.id ORDER BY coder.name");
    while (coders.next())
        methods.coderCodings.append({coders.text(0), static_cast<int>(coders.int64(1))});
    auto &dates = project.statement("SELECT MIN(created_at), MAX(created_at) FROM coding");
    if (dates.next()) {
        methods.firstCoding = isoDate(dates.text(0));
        methods.lastCoding = isoDate(dates.text(1));
    }

    const QList<Code> codes = project.codes();
    methods.codes = static_cast<int>(codes.size());
    methods.dimensions = static_cast<int>(
        std::count_if(codes.begin(), codes.end(), [](const Code &c) { return !c.parentId && c.isDimension; }));
    methods.excludedCases = static_cast<int>(leftOut.ids.size());
    methods.excludedRoles = leftOut.roles;
    return methods;
}

}  // namespace crosscut::render
