// Reading a tie file: from,to[,wave][,kind].
#include "network/ties.h"
#include "util/csv.h"

#include <QFile>

namespace crosscut::network {

Result<QList<TieInput>> readTieCsv(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorKind::NotFound, QStringLiteral("%1: no such file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    auto rows = csv::parse(bytes, csv::detectSeparator(bytes));
    if (!rows)
        return makeError(rows.error().kind, QStringLiteral("%1: %2").arg(path, rows.message()));
    const QString expected = QStringLiteral("from,to[,wave][,kind]");
    if (rows->isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is empty; expected a header %2").arg(path, expected));

    const csv::Row &header = rows->first();
    int cFrom = -1, cTo = -1, cWave = -1, cKind = -1;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        int *column = name == QLatin1String("from") ? &cFrom
                      : name == QLatin1String("to") ? &cTo
                      : name == QLatin1String("wave") ? &cWave
                      : name == QLatin1String("kind") ? &cKind
                                                      : nullptr;
        if (!column)
            return makeError(ErrorKind::Invalid, QStringLiteral("%1 line %2: unknown column \"%3\"; expected a header %4")
                                                     .arg(path).arg(header.line).arg(header.fields[i], expected));
        if (*column >= 0)
            return makeError(ErrorKind::Invalid, QStringLiteral("%1 line %2: the column \"%3\" appears twice")
                                                     .arg(path).arg(header.line).arg(name));
        *column = static_cast<int>(i);
    }
    if (cFrom < 0 || cTo < 0)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 line %2: the header must name from and to (%3)")
                                                 .arg(path).arg(header.line).arg(expected));

    // Every column the header names must be filled: an empty wave would make
    // a wave '' of its own and skew the per-wave figures without a word.
    struct Column {
        int index;
        const char *name;
    };
    QList<Column> columns{{cFrom, "from"}, {cTo, "to"}};
    if (cWave >= 0)
        columns.append({cWave, "wave"});
    if (cKind >= 0)
        columns.append({cKind, "kind"});
    const int needed = static_cast<int>(header.fields.size());

    QList<TieInput> out;
    out.reserve(rows->size() - 1);
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const csv::Row &row = rows->at(r);
        if (row.fields.size() < needed)
            return makeError(ErrorKind::Invalid, QStringLiteral("%1 line %2: expected %3 fields, found %4")
                                                     .arg(path).arg(row.line).arg(needed).arg(row.fields.size()));
        for (const Column &c : std::as_const(columns))
            if (row.fields[c.index].trimmed().isEmpty())
                return makeError(ErrorKind::Invalid, QStringLiteral("%1 line %2: the %3 field is empty")
                                                         .arg(path).arg(row.line).arg(QLatin1String(c.name)));
        TieInput tie;
        tie.from = row.fields[cFrom].trimmed();
        tie.to = row.fields[cTo].trimmed();
        tie.wave = cWave >= 0 ? row.fields[cWave].trimmed() : QString();
        tie.kind = cKind >= 0 ? row.fields[cKind].trimmed() : QString();
        tie.line = row.line;
        out.append(std::move(tie));
    }
    return out;
}

}  // namespace crosscut::network
