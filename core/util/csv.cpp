#include "util/csv.h"

#include <QFile>
#include <QStringDecoder>

namespace crosscut::csv {

Result<QList<Row>> parse(const QByteArray &utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(utf8);
    if (decoder.hasError())
        return makeError(ErrorKind::Invalid, QStringLiteral("the CSV file is not valid UTF-8"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<Row> rows;
    Row row;
    QString field;
    int line = 1;
    row.line = 1;
    bool inQuotes = false;
    bool fieldStarted = false;
    int quoteLine = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            row.fields.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row.fields.append(field);
            field.clear();
            fieldStarted = false;
            if (!(row.fields.size() == 1 && row.fields.first().isEmpty()))
                rows.append(row);  // blank lines are skipped
            row = Row();
            ++line;
            row.line = line;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return makeError(ErrorKind::Invalid, QStringLiteral("line %1: a quoted field is never closed").arg(quoteLine));
    if (fieldStarted || !row.fields.isEmpty()) {
        row.fields.append(field);
        rows.append(row);
    }
    return rows;
}

Result<QList<Row>> readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorKind::NotFound, QStringLiteral("%1: no such file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    auto rows = parse(file.readAll());
    if (!rows)
        return makeError(rows.error().kind, QStringLiteral("%1: %2").arg(path, rows.message()));
    return rows;
}

QString escapeField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString formatRow(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped.append(escapeField(f));
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

}  // namespace crosscut::csv
