#include "export/frameworkexport.h"

#include "analysis/matrix.h"
#include "export/atomicfile.h"
#include "export/xlsxexport.h"
#include "util/csv.h"

#include <QFileInfo>

namespace crosscut::exporting {

namespace {

QStringList headerOf(const analysis::FrameworkResult &f)
{
    QStringList header{f.rowTitle};
    for (const auto &c : f.columns)
        header.append(c.text);
    return header;
}

QString markdownCell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// "summary (n quotes)" and, below it, the first quotes as “…” — Document.
Result<QString> cellWithQuotes(Project &project, const analysis::FrameworkResult &f, int r, int c)
{
    const analysis::FrameworkCell &cell = f.cell(r, c);
    QString text = f.cellText(r, c);
    if (cell.quoteIds.isEmpty())
        return text;
    auto quotes = analysis::quoteExcerpts(project, cell.quoteIds.mid(0, kFrameworkQuotesPerCell), 0);
    if (!quotes)
        return quotes.error();
    for (const auto &q : *quotes)
        text += QStringLiteral("\n“%1” — %2").arg(q.text.simplified(), q.documentName);
    if (cell.quoteIds.size() > kFrameworkQuotesPerCell)
        text += QStringLiteral("\n… and %1 more").arg(cell.quoteIds.size() - kFrameworkQuotesPerCell);
    return text;
}

}  // namespace

QByteArray frameworkToCsv(const analysis::FrameworkResult &f)
{
    QString out = csv::formatRow(headerOf(f));
    for (int r = 0; r < f.rows.size(); ++r) {
        QStringList row{f.rows.at(r).text};
        for (int c = 0; c < f.columns.size(); ++c)
            row.append(f.cellText(r, c));
        out += csv::formatRow(row);
    }
    return out.toUtf8();
}

QString frameworkToMarkdown(const analysis::FrameworkResult &f)
{
    QStringList header;
    for (const QString &h : headerOf(f))
        header.append(markdownCell(h));
    QString out = QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (qsizetype i = 0; i < header.size(); ++i)
        out += QStringLiteral(" --- |");
    out += QLatin1Char('\n');
    for (int r = 0; r < f.rows.size(); ++r) {
        QStringList row{markdownCell(f.rows.at(r).text)};
        for (int c = 0; c < f.columns.size(); ++c)
            row.append(f.cell(r, c).isGap() ? QStringLiteral("—") : markdownCell(f.cellText(r, c)));
        out += QStringLiteral("| ") + row.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    out += QStringLiteral("\n%1 gaps (— : no quotes and no summary).\n").arg(f.gapCount());
    return out;
}

Status writeFrameworkXlsx(Project &project, const analysis::FrameworkResult &f, const QString &path)
{
    XlsxWorkbook workbook;
    workbook.title = QStringLiteral("Framework matrix: %1 × %2").arg(f.rowTitle, f.columnTitle);
    XlsxTextSheet sheet;
    sheet.title = QStringLiteral("Framework matrix");
    sheet.header = headerOf(f);
    for (int r = 0; r < f.rows.size(); ++r) {
        QStringList row{f.rows.at(r).text};
        for (int c = 0; c < f.columns.size(); ++c) {
            auto text = cellWithQuotes(project, f, r, c);
            if (!text)
                return text.error();
            row.append(*text);
        }
        sheet.rows.append(row);
    }
    workbook.textSheets.append(sheet);
    workbook.textSheetsFirst = true;
    analysis::Table counts = f.countTable();
    counts.title = QStringLiteral("Quote counts");
    workbook.tables.append(counts);
    for (int r = 0; r < f.rows.size(); ++r)
        for (int c = 0; c < f.columns.size(); ++c) {
            auto quotes = analysis::quoteExcerpts(project, f.cell(r, c).quoteIds, 0);
            if (!quotes)
                return quotes.error();
            for (const auto &q : *quotes)
                workbook.quotes.append({f.rows.at(r).text + QStringLiteral(" × ") + f.columns.at(c).text, q.documentName,
                                        q.start, q.end, q.speaker, q.text, q.codes, q.coders});
        }
    return writeXlsx(path, workbook);
}

Status writeFramework(Project &project, const analysis::FrameworkResult &f, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return writeFrameworkXlsx(project, f, path);
    if (suffix == QLatin1String("docx"))
        return writeFrameworkDocx(project, f, path);
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("md")) {
        if (Status s = checkWritableTarget(path); !s)
            return s;
        return writeAtomically(path, suffix == QLatin1String("csv") ? frameworkToCsv(f) : frameworkToMarkdown(f).toUtf8());
    }
    return makeError(ErrorKind::Invalid,
                     QStringLiteral("%1: a framework matrix is exported as .xlsx, .docx, .csv or .md").arg(path));
}

}  // namespace crosscut::exporting
