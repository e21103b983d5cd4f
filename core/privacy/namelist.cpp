#include "privacy/namelist.h"

#include "privacy/pseudonymise.h"
#include "text/codepoints.h"
#include "util/csv.h"

#include <QHash>

#include <algorithm>

namespace crosscut::privacy {

namespace {

bool hasWordCharacter(const QString &s)
{
    for (const uint c : s.toUcs4())
        if (QChar::isLetterOrNumber(c))
            return true;
    return false;
}

}  // namespace

Result<NameList> readNameFile(const QString &path)
{
    auto rows = csv::readFile(path);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is empty; expected the header name,pseudonym").arg(path));
    QStringList header = rows->first().fields;
    for (QString &h : header)
        h = h.trimmed().toLower();
    if (header != QStringList{QStringLiteral("name"), QStringLiteral("pseudonym")})
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 line 1: the header must be name,pseudonym (found \"%2\")")
                             .arg(path, rows->first().fields.join(QLatin1Char(','))));
    NameList pairs;
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const csv::Row &row = rows->at(r);
        if (row.fields.size() == 1 && row.fields.first().trimmed().isEmpty())
            continue;  // a blank line
        if (row.fields.size() != 2)
            return makeError(ErrorKind::Invalid, QStringLiteral("%1 line %2: expected 2 fields (name,pseudonym), found %3")
                                                     .arg(path)
                                                     .arg(row.line)
                                                     .arg(row.fields.size()));
        pairs.append({row.fields[0].trimmed(), row.fields[1].trimmed(), row.line});
    }
    if (pairs.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 lists no names").arg(path));
    return validateNames(std::move(pairs), path);
}

Result<NameList> validateNames(NameList pairs, const QString &source)
{
    auto where = [&](const NamePair &p) {
        if (source.isEmpty())
            return p.line > 0 ? QStringLiteral("line %1: ").arg(p.line) : QString();
        return p.line > 0 ? QStringLiteral("%1 line %2: ").arg(source).arg(p.line) : source + QStringLiteral(": ");
    };
    auto invalid = [&](const NamePair &p, const QString &message) {
        return makeError(ErrorKind::Invalid, where(p) + message);
    };
    QHash<QString, int> lineOf;  // name → its line
    for (const NamePair &p : std::as_const(pairs)) {
        if (p.name.isEmpty())
            return invalid(p, QStringLiteral("the name is empty"));
        if (p.pseudonym.isEmpty())
            return invalid(p, QStringLiteral("the pseudonym for \"%1\" is empty").arg(p.name));
        if (p.name.contains(QLatin1Char('\n')) || p.name.contains(QLatin1Char('\r'))
            || p.pseudonym.contains(QLatin1Char('\n')) || p.pseudonym.contains(QLatin1Char('\r')))
            return invalid(p, QStringLiteral("a name or pseudonym must be on one line"));
        if (!hasWordCharacter(p.name))
            return invalid(p, QStringLiteral("the name \"%1\" has no letter or digit").arg(p.name));
        if (p.name == p.pseudonym)
            return invalid(p, QStringLiteral("the pseudonym for \"%1\" is the name itself").arg(p.name));
        if (const auto earlier = lineOf.constFind(p.name); earlier != lineOf.cend())
            return invalid(p, *earlier > 0
                                  ? QStringLiteral("\"%1\" is listed twice (also on line %2)").arg(p.name).arg(*earlier)
                                  : QStringLiteral("\"%1\" is listed twice").arg(p.name));
        lineOf.insert(p.name, p.line);
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const NamePair &a, const NamePair &b) {
        return codePointCount(a.name) > codePointCount(b.name);
    });
    // A pseudonym must not bring a real name back.
    for (const NamePair &p : std::as_const(pairs)) {
        if (const auto other = lineOf.constFind(p.pseudonym); other != lineOf.cend())
            return invalid(p, QStringLiteral("the pseudonym \"%1\" is itself a real name in the list%2; choose "
                                             "pseudonyms that are not names")
                                  .arg(p.pseudonym,
                                       *other > 0 ? QStringLiteral(" (line %1)").arg(*other) : QString()));
        const QList<Match> inside = findMatches(p.pseudonym, pairs);
        if (!inside.isEmpty())
            return invalid(p, QStringLiteral("the pseudonym \"%1\" contains the real name \"%2\", which would survive")
                                  .arg(p.pseudonym, pairs[inside.first().pair].name));
    }
    return pairs;
}

QByteArray keyFileContent(const NameList &names)
{
    // In the order of the names file, not the matching order.
    NameList ordered = names;
    std::stable_sort(ordered.begin(), ordered.end(), [](const NamePair &a, const NamePair &b) { return a.line < b.line; });
    QString out = csv::formatRow({QStringLiteral("name"), QStringLiteral("pseudonym")});
    for (const NamePair &p : std::as_const(ordered))
        out += csv::formatRow({p.name, p.pseudonym});
    return out.toUtf8();
}

}  // namespace crosscut::privacy
