#include "live/roster.h"

#include "util/csv.h"

#include <QFile>
#include <QSet>

namespace crosscut::live {

Result<QList<RosterEntry>> parseRosterCsv(const QByteArray &utf8, const QString &sourceName)
{
    auto rows = csv::parse(utf8);
    if (!rows)
        return makeError(rows.error().kind, QStringLiteral("%1: %2").arg(sourceName, rows.message()));
    if (rows->isEmpty())
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 is empty; expected a header pseudonym,key,attribute…").arg(sourceName));
    const QStringList header = rows->first().fields;
    if (header.size() < 2 || header[0].trimmed().compare(QLatin1String("pseudonym"), Qt::CaseInsensitive) != 0
        || header[1].trimmed().compare(QLatin1String("key"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 line 1: the header must start with pseudonym,key").arg(sourceName));
    for (qsizetype c = 2; c < header.size(); ++c)
        if (header[c].trimmed().isEmpty())
            return makeError(ErrorKind::Invalid,
                             QStringLiteral("%1 line 1: column %2 has no attribute name").arg(sourceName).arg(c + 1));
    QList<RosterEntry> roster;
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const csv::Row &row = rows->at(r);
        if (row.fields.size() > header.size())
            return makeError(ErrorKind::Invalid, QStringLiteral("%1 line %2: %3 fields, but the header names %4")
                                                     .arg(sourceName)
                                                     .arg(row.line)
                                                     .arg(row.fields.size())
                                                     .arg(header.size()));
        RosterEntry entry;
        entry.pseudonym = row.fields.value(0).trimmed();
        entry.key = row.fields.value(1).trimmed();
        if (entry.pseudonym.isEmpty())
            return makeError(ErrorKind::Invalid, QStringLiteral("%1 line %2: the pseudonym is empty").arg(sourceName).arg(row.line));
        for (qsizetype c = 2; c < header.size(); ++c) {
            const QString value = row.fields.value(c).trimmed();
            if (!value.isEmpty())
                entry.attributes.append({header[c].trimmed(), value});
        }
        roster.append(entry);
    }
    auto complete = completeRoster(roster);
    if (!complete)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1: %2").arg(sourceName, complete.message()));
    return complete;
}

Result<QList<RosterEntry>> readRosterCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, QStringLiteral("cannot read the roster %1: %2").arg(path, file.errorString()));
    return parseRosterCsv(file.readAll(), path);
}

QList<RosterEntry> rosterFromCases(Project &project, const QList<Id> &cases)
{
    QList<RosterEntry> roster;
    QHash<Id, QString> names;
    for (const Case &c : project.cases())
        names.insert(c.id, c.name);
    for (Id id : cases) {
        if (!names.contains(id))
            continue;
        RosterEntry entry;
        entry.pseudonym = names.value(id);
        entry.caseId = id;
        roster.append(entry);
    }
    auto complete = completeRoster(roster);
    return complete ? *complete : roster;
}

Result<QList<RosterEntry>> completeRoster(QList<RosterEntry> roster)
{
    QSet<QString> names;
    QSet<QString> keys;
    for (const RosterEntry &e : roster) {
        if (e.pseudonym.trimmed().isEmpty())
            return makeError(ErrorKind::Invalid, QStringLiteral("a participant has no pseudonym"));
        if (names.contains(e.pseudonym.toCaseFolded()))
            return makeError(ErrorKind::Invalid, QStringLiteral("the pseudonym \"%1\" appears twice").arg(e.pseudonym));
        names.insert(e.pseudonym.toCaseFolded());
        if (!e.key.isEmpty()) {
            if (keys.contains(e.key))
                return makeError(ErrorKind::Invalid, QStringLiteral("the speaker key \"%1\" is used twice").arg(e.key));
            keys.insert(e.key);
        }
    }
    int next = 1;
    for (RosterEntry &e : roster) {
        if (!e.key.isEmpty())
            continue;
        while (keys.contains(QString::number(next)))
            ++next;
        // Beyond 9 there is no one-key shortcut; such speakers are chosen by name.
        if (next <= 9) {
            e.key = QString::number(next);
            keys.insert(e.key);
        }
    }
    return roster;
}

}  // namespace crosscut::live
