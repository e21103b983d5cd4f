// The matrix sections of the report: the count matrix with its shares, the
// heat map, the charts, the per-group averages and the representative quotes.
#include "render/chartrenderer.h"
#include "render/reportsections.h"

#include <algorithm>
#include <cmath>

namespace crosscut::render {

namespace {

using analysis::Table;

const QColor kGrey(0x66, 0x66, 0x66);

QString shareName(analysis::Normalization n)
{
    switch (n) {
    case analysis::Normalization::Row: return QStringLiteral("row %");
    case analysis::Normalization::Column: return QStringLiteral("column %");
    case analysis::Normalization::Total: return QStringLiteral("total %");
    case analysis::Normalization::None: break;
    }
    return QString();
}

// Counts and, in brackets, the shares the matrix was normalised by.
ReportTable countTable(const analysis::MatrixResult &m)
{
    QStringList head{m.rowTitle + QStringLiteral(" \\ ") + m.columnTitle};
    for (const auto &c : m.columns)
        head.append(c.text);
    head.append(Report::tr("Total"));
    ReportTable table = tableWithHeader(head);
    const bool shares = m.normalization != analysis::Normalization::None;
    for (int r = 0; r < m.rows.size(); ++r) {
        QList<ReportCell> row{textCell(m.rows.at(r).text, true)};
        for (int c = 0; c < m.columns.size(); ++c) {
            ReportCell cell = numberCell(QString::number(m.counts.at(r).at(c)));
            if (shares)
                cell.text.append(run(m.isUndefined(r, c) ? QStringLiteral(" (—)")
                                                          : QStringLiteral(" (%1%)").arg(QString::number(m.values.at(r).at(c), 'f', 1)),
                                     false, false, kGrey));
            row.append(cell);
        }
        row.append(numberCell(QString::number(m.rowTotals.value(r)), true));
        table.rows.append(row);
    }
    QList<ReportCell> totals{textCell(Report::tr("Total"), true)};
    for (int c = 0; c < m.columns.size(); ++c)
        totals.append(numberCell(QString::number(m.columnTotals.value(c)), true));
    totals.append(numberCell(QString::number(m.grandTotal), true));
    table.rows.append(totals);
    return table;
}

ReportTable heatTable(const Table &shares)
{
    double maxValue = 0;
    for (const auto &row : shares.cells)
        for (const double v : row)
            maxValue = std::max(maxValue, v);
    QStringList head{shares.rowHeader + QStringLiteral(" \\ ") + shares.columnHeader};
    for (const auto &c : shares.columns)
        head.append(c.text);
    ReportTable table = tableWithHeader(head);
    for (int r = 0; r < shares.rowCount(); ++r) {
        QList<ReportCell> row{textCell(shares.rows.at(r).text, true)};
        for (int c = 0; c < shares.columnCount(); ++c) {
            ReportCell cell;
            cell.numeric = true;
            if (shares.isUndefined(r, c)) {  // a share of nothing
                cell.text = {run(QStringLiteral("—"), false, false, kGrey)};
                cell.background = QColor(0xEE, 0xEE, 0xEE);
            } else {
                const double v = shares.cell(r, c);
                const double t = maxValue > 0 ? v / maxValue : 0;
                cell.background = heatColor(t);
                cell.text = {run(formatCell(v, shares.format), false, false, t > 0.5 ? QColor(Qt::white) : QColor(0x22, 0x22, 0x22))};
            }
            row.append(cell);
        }
        table.rows.append(row);
    }
    return table;
}

// The matrix without its Total column, for the charts.
Table withoutTotal(Table table)
{
    if (!table.columns.isEmpty() && table.columns.last().text == QLatin1String("Total") && !table.columns.last().id) {
        table.columns.removeLast();
        for (auto &row : table.cells)
            row.removeLast();
    }
    return table;
}

ReportFigure chartFigure(const Table &table, const ChartOptions &options, const QString &caption)
{
    ReportFigure figure;
    figure.image = chartImage(table, options, 2.0);
    figure.alt = options.title.isEmpty() ? table.title : options.title;
    figure.caption = caption;
    return figure;
}

// The stacked bars and the heat map of one matrix.
QList<ReportBlock> matrixCharts(const analysis::MatrixResult &m, const Table &countsWithTotal, const Table &shares)
{
    Table counts = withoutTotal(countsWithTotal);
    counts.title = QStringLiteral("Quotes by %1 and %2").arg(m.rowTitle, m.columnTitle);
    Table heat = shares;
    heat.title = QStringLiteral("%1 × %2, %3").arg(m.rowTitle, m.columnTitle, shareName(m.normalization));
    // A heat map is as tall as its rows: no blank band under a short matrix.
    const int heatHeight = std::clamp(150 + 62 * static_cast<int>(heat.rows.size()), 260, 900);
    return {chartFigure(counts, ChartOptions{ChartType::Stacked, {}, {860, 500}},
                        QStringLiteral("Quotes coded with each %1 value, split by %2.").arg(m.rowTitle, m.columnTitle)),
            chartFigure(heat, ChartOptions{ChartType::Heatmap, {}, {860, heatHeight}},
                        QStringLiteral("Share of each row's coded quotes falling in each column (%1).").arg(shareName(m.normalization)))};
}

QString matrixName(const analysis::MatrixResult &m) { return m.rowTitle + QStringLiteral(" × ") + m.columnTitle; }

void appendCellQuotes(QList<ReportBlock> &blocks, const QList<CellQuotes> &cells)
{
    for (const auto &cell : cells) {
        ReportHeading h = subheading(QStringLiteral("%1 × %2").arg(cell.rowLabel, cell.columnLabel), 3);
        h.text += QStringLiteral(" (%1 of %2 %3)")
                      .arg(cell.quotes.size())
                      .arg(cell.quoteCount)
                      .arg(cell.quoteCount == 1 ? QStringLiteral("quote") : QStringLiteral("quotes"));
        blocks.append(h);
        for (const auto &q : cell.quotes) {
            ReportQuote quote;
            quote.text = q.text;
            quote.attribution = analysis::attribution(q);
            quote.codes = q.codes;
            quote.rightToLeft = q.text.isRightToLeft();
            blocks.append(quote);
        }
    }
}

}  // namespace

QList<ReportBlock> matrixBlocks(const ReportData &data)
{
    const auto &m = data.matrix;
    QList<ReportBlock> blocks;
    ReportParagraph intro;
    intro.text = {run(QStringLiteral("Quotes coded with each value of ")), run(m.rowTitle, true),
                  run(QStringLiteral(" (rows) and of ")), run(m.columnTitle, true),
                  run(QStringLiteral(" (columns). A quote meets a cell when it carries both values; a quote carrying two row "
                                     "values counts in both rows. Each cell shows the count and, in brackets, the row %: the "
                                     "cell's share of its row total."))};
    blocks.append(intro);
    ReportTable counts = countTable(m);
    counts.caption = matrixName(m);
    blocks.append(counts);
    blocks.append(subheading(Report::tr("Heat map (row %)")));
    ReportParagraph darker;
    darker.text = plainText(QStringLiteral("The darker the cell, the larger its share of the row."));
    blocks.append(darker);
    blocks.append(heatTable(data.rowPercent));
    for (const ReportMatrixData &more : data.moreMatrices) {
        blocks.append(subheading(matrixName(more.matrix)));
        ReportTable table = countTable(more.matrix);
        if (more.matrix.normalization != analysis::Normalization::None)
            table.note = QStringLiteral("In brackets: the %1.").arg(shareName(more.matrix.normalization));
        blocks.append(table);
        if (more.matrix.normalization != analysis::Normalization::None) {
            ReportTable heat = heatTable(more.shares);
            heat.caption = QStringLiteral("Heat map (%1)").arg(shareName(more.matrix.normalization));
            blocks.append(heat);
        }
    }
    return blocks;
}

QList<ReportBlock> chartBlocks(const ReportData &data)
{
    QList<ReportBlock> blocks = matrixCharts(data.matrix, data.counts, data.rowPercent);
    if (data.groupAverages && data.groupAverages->rowCount() > 0) {
        const Table &g = *data.groupAverages;
        ReportFigure grouped = chartFigure(g, ChartOptions{ChartType::Grouped, {}, {860, 500}},
                                           QStringLiteral("%1 (n = cases in each group).").arg(g.title));
        blocks.append(grouped);
        blocks.append(subheading(g.title));
        if (!g.note.isEmpty()) {
            ReportParagraph note;
            note.text = plainText(g.note + QLatin1Char('.'));
            blocks.append(note);
        }
        ReportTable table = analysisTable(g);
        bool flagged = false;
        for (int r = 0; r < g.rowCount(); ++r) {
            if (r >= data.groupAverageCases.size() || data.groupAverageCases.at(r) >= 3)
                continue;
            flagged = true;
            for (int c = 1; c < table.rows[r + table.headerRows].size(); ++c)
                table.rows[r + table.headerRows][c].smallGroup = true;
        }
        if (flagged)
            table.note = QStringLiteral("† fewer than 3 cases: too few to compare");
        blocks.append(table);
    }
    for (const ReportMatrixData &more : data.moreMatrices) {
        blocks.append(subheading(matrixName(more.matrix)));
        blocks.append(matrixCharts(more.matrix, more.counts, more.shares));
    }
    return blocks;
}

QList<ReportBlock> quoteBlocks(const ReportData &data)
{
    QList<ReportBlock> blocks;
    ReportParagraph intro;
    intro.text = plainText(QStringLiteral("Up to %1 quotes per cell, taken in turn from different documents and speakers.").arg(data.quotesPerCell));
    blocks.append(intro);
    if (!data.moreMatrices.isEmpty())
        blocks.append(subheading(matrixName(data.matrix)));
    if (data.cells.isEmpty()) {
        ReportParagraph none;
        none.text = plainText(QStringLiteral("No quote meets any cell of the matrix."));
        blocks.append(none);
    }
    appendCellQuotes(blocks, data.cells);
    for (const ReportMatrixData &more : data.moreMatrices) {
        if (more.cells.isEmpty())
            continue;
        blocks.append(subheading(matrixName(more.matrix)));
        appendCellQuotes(blocks, more.cells);
    }
    return blocks;
}

}  // namespace crosscut::render
