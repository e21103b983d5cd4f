// The framework matrix as a Word document (export/docxdocument.h).
#include "export/frameworkexport.h"

#include "analysis/matrix.h"
#include "export/docxdocument.h"

namespace crosscut::exporting {

Status writeFrameworkDocx(Project &project, const analysis::FrameworkResult &f, const QString &path)
{
    const QString title = QStringLiteral("Framework matrix: %1 × %2").arg(f.rowTitle, f.columnTitle);
    DocxDocument doc(title);
    doc.heading(1, title);
    doc.paragraph(QStringLiteral("Each cell: the analyst's summary and the number of supporting quotes; "
                                 "— marks a gap (no quotes, no summary). %1 of %2 cells are summarised, %3 are gaps.")
                      .arg(f.summaryCount())
                      .arg(f.rows.size() * f.columns.size())
                      .arg(f.gapCount()));
    QStringList header{f.rowTitle};
    for (const auto &c : f.columns)
        header.append(c.text);
    QList<QStringList> rows;
    for (int r = 0; r < f.rows.size(); ++r) {
        QStringList row{f.rows.at(r).text};
        for (int c = 0; c < f.columns.size(); ++c)
            row.append(f.cell(r, c).isGap() ? QStringLiteral("—") : f.cellText(r, c));
        rows.append(row);
    }
    doc.table(header, rows);
    // Per row, each non-empty cell: its summary, then its first quotes.
    for (int r = 0; r < f.rows.size(); ++r) {
        doc.heading(2, f.rows.at(r).text);
        for (int c = 0; c < f.columns.size(); ++c) {
            const analysis::FrameworkCell &cell = f.cell(r, c);
            if (cell.isGap())
                continue;
            doc.heading(3, f.columns.at(c).text);
            doc.paragraph(f.cellText(r, c));
            auto quotes = analysis::quoteExcerpts(project, cell.quoteIds.mid(0, kFrameworkQuotesPerCell), 0);
            if (!quotes)
                return quotes.error();
            for (const auto &q : *quotes)
                doc.quote(q.text, q.speaker.isEmpty() ? q.documentName : q.speaker + QStringLiteral(", ") + q.documentName);
            if (cell.quoteIds.size() > kFrameworkQuotesPerCell)
                doc.paragraph(QStringLiteral("… and %1 more quotes").arg(cell.quoteIds.size() - kFrameworkQuotesPerCell));
        }
    }
    return doc.write(path);
}

}  // namespace crosscut::exporting
