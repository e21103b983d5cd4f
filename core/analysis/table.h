#pragma once
// A plain rectangular table of numbers with labels: the one shape every
// analysis result can be reduced to, so that the GUI, charts, XLSX, CSV and
// the report all consume the same thing without knowing which analysis made it.

#include "model/entities.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace crosscut::analysis {

// How a table's numbers are meant to be read (and formatted).
enum class NumberFormat {
    Count,        // whole numbers
    Percent,      // 0–100, shown with a "%" sign
    Coefficient,  // 0–1 (co-occurrence c), shown with 2–3 decimals
    Decimal,      // any other real number (means, spreads, averages)
};

QString toString(NumberFormat format);

// A row or column heading. id/color are optional hints for charts and
// drill-down (a code's id and colour, a document's or case's id).
struct Label {
    QString text;
    std::optional<Id> id;
    QString color;  // "#rrggbb", empty when the item has no colour
};

struct Table {
    QString title;            // e.g. "Leadership × Origin (quotes, row %)"
    QString rowHeader;        // heading of the label column, e.g. "Leadership"
    QString columnHeader;     // what the columns are, e.g. "Origin"
    QList<Label> rows;
    QList<Label> columns;
    QList<QList<double>> cells;  // rows.size() × columns.size()
    // Cells whose share has no denominator (0 of 0), shown as "—"; empty
    // when every cell is defined.
    QList<QList<bool>> undefined;
    NumberFormat format = NumberFormat::Count;
    QString note;  // one line a reader needs, e.g. "row % = cell / row total"

    int rowCount() const { return static_cast<int>(rows.size()); }
    int columnCount() const { return static_cast<int>(columns.size()); }
    double cell(int row, int column) const { return cells.at(row).at(column); }
    bool isUndefined(int row, int column) const { return undefined.value(row).value(column); }
    QStringList rowLabels() const;
    QStringList columnLabels() const;
};

}  // namespace crosscut::analysis
