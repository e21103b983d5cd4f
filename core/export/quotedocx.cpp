// The quote export as a Word document (export/quoteexport.h), through
// DocxDocument: a heading per code or per document, each quote in the Quote
// style with its attribution, what is known about it as a line below, its
// memos after that.
#include "export/docxdocument.h"
#include "export/quoteexport.h"

#include <QCoreApplication>

namespace crosscut::exporting {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("QuoteExport", text); }
QString trCount(const char *text, qsizetype n) { return QCoreApplication::translate("QuoteExport", text, nullptr, int(n)); }

}  // namespace

Result<QByteArray> quotesToDocx(const QuoteExport &quotes, QuoteGrouping grouping)
{
    DocxDocument doc(quotes.title);
    doc.setWatermark(quotes.watermark);
    doc.heading(1, quotes.title);
    QString summary = trCount("%n quote(s)", quotes.rows.size());
    if (!quotes.summary.isEmpty())
        summary += QStringLiteral(" · ") + quotes.summary;
    doc.paragraph(summary);
    for (const auto &group : groupQuotes(quotes, grouping)) {
        doc.heading(2, group.first);
        for (const int i : group.second) {
            const QuoteExportRow &row = quotes.rows.at(i);
            doc.quote(row.text, QStringLiteral("— ") + row.attribution);
            const QStringList facts = quoteFactLines(quotes, row);
            if (!facts.isEmpty())
                doc.paragraph(facts.join(QLatin1Char('\n')));
            for (const QString &memo : row.memos)
                doc.paragraph(tr("Memo: %1").arg(memo));
        }
    }
    return doc.toDocx();
}

}  // namespace crosscut::exporting
