#include "export/tableformats.h"

#include "util/csv.h"

#include <QJsonArray>

#include <cmath>

namespace crosscut::exporting {

using analysis::NumberFormat;

QString formatNumber(double value, NumberFormat format, int decimals)
{
    switch (format) {
    case NumberFormat::Count: return QString::number(std::llround(value));
    case NumberFormat::Percent:
    case NumberFormat::Decimal: return QString::number(value, 'f', decimals);
    case NumberFormat::Coefficient: return QString::number(value, 'f', decimals + 1);
    }
    return {};
}

QByteArray tableToCsv(const analysis::Table &table, const TextTableOptions &options)
{
    QString out;
    if (options.utf8Bom)
        out.append(QChar(0xFEFF));
    QStringList header{table.rowHeader};
    header.append(table.columnLabels());
    out.append(csv::formatRow(header));
    for (int r = 0; r < table.rowCount(); ++r) {
        QStringList row{table.rows[r].text};
        for (int c = 0; c < table.columnCount(); ++c)  // a share of nothing (0 of 0) is left empty
            row.append(table.isUndefined(r, c) ? QString()
                                               : formatNumber(table.cell(r, c), table.format, options.decimals));
        out.append(csv::formatRow(row));
    }
    return out.toUtf8();
}

namespace {

// Markdown table cells cannot hold a raw '|' or a line break.
QString markdownCell(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

}  // namespace

QString tableToMarkdown(const analysis::Table &table, const TextTableOptions &options)
{
    QString out;
    if (!table.title.isEmpty())
        out += QStringLiteral("**") + markdownCell(table.title) + QStringLiteral("**\n\n");
    out += QStringLiteral("| ") + markdownCell(table.rowHeader);
    for (const analysis::Label &l : table.columns)
        out += QStringLiteral(" | ") + markdownCell(l.text);
    out += QStringLiteral(" |\n|---");
    for (int c = 0; c < table.columnCount(); ++c)
        out += QStringLiteral("|---:");
    out += QStringLiteral("|\n");
    const QString suffix = table.format == NumberFormat::Percent ? QStringLiteral("%") : QString();
    for (int r = 0; r < table.rowCount(); ++r) {
        out += QStringLiteral("| ") + markdownCell(table.rows[r].text);
        for (int c = 0; c < table.columnCount(); ++c)
            out += QStringLiteral(" | ")
                + (table.isUndefined(r, c) ? QStringLiteral("—")
                                           : formatNumber(table.cell(r, c), table.format, options.decimals) + suffix);
        out += QStringLiteral(" |\n");
    }
    if (!table.note.isEmpty())
        out += QStringLiteral("\n_") + markdownCell(table.note) + QStringLiteral("_\n");
    return out;
}

namespace {

QJsonArray labelArray(const QList<analysis::Label> &labels)
{
    QJsonArray out;
    for (const analysis::Label &l : labels)
        out.append(l.text);
    return out;
}

QJsonValue number(double v, NumberFormat format)
{
    if (format == NumberFormat::Count)
        return static_cast<qint64>(std::llround(v));
    return v;
}

}  // namespace

QJsonObject tableToJson(const analysis::Table &table)
{
    QJsonArray cells;
    for (int r = 0; r < table.rowCount(); ++r) {
        QJsonArray row;
        for (int c = 0; c < table.columnCount(); ++c)
            row.append(number(table.cell(r, c), table.format));
        cells.append(row);
    }
    QJsonObject o{{QStringLiteral("title"), table.title},
                  {QStringLiteral("rowHeader"), table.rowHeader},
                  {QStringLiteral("colHeader"), table.columnHeader},
                  {QStringLiteral("rows"), labelArray(table.rows)},
                  {QStringLiteral("cols"), labelArray(table.columns)},
                  {QStringLiteral("cells"), cells},
                  {QStringLiteral("format"), analysis::toString(table.format)}};
    if (!table.note.isEmpty())
        o.insert(QStringLiteral("note"), table.note);
    return o;
}

QJsonObject matrixToJson(const analysis::MatrixResult &m)
{
    const bool normalised = m.normalization != analysis::Normalization::None;
    QJsonArray cells, counts;
    for (qsizetype r = 0; r < m.rows.size(); ++r) {
        QJsonArray valueRow, countRow;
        for (qsizetype c = 0; c < m.columns.size(); ++c) {
            countRow.append(m.counts[r][c]);
            valueRow.append(normalised ? QJsonValue(m.values[r][c]) : QJsonValue(m.counts[r][c]));
        }
        cells.append(valueRow);
        counts.append(countRow);
    }
    QJsonArray rowTotals, colTotals;
    for (const qint64 n : m.rowTotals)
        rowTotals.append(n);
    for (const qint64 n : m.columnTotals)
        colTotals.append(n);
    return QJsonObject{{QStringLiteral("unit"), analysis::toString(m.unit)},
                       {QStringLiteral("rows"), labelArray(m.rows)},
                       {QStringLiteral("cols"), labelArray(m.columns)},
                       {QStringLiteral("cells"), cells},
                       {QStringLiteral("normalize"), analysis::toString(m.normalization)},
                       {QStringLiteral("rowTitle"), m.rowTitle},
                       {QStringLiteral("colTitle"), m.columnTitle},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("rowTotals"), rowTotals},
                       {QStringLiteral("colTotals"), colTotals},
                       {QStringLiteral("total"), m.grandTotal}};
}

}  // namespace crosscut::exporting
