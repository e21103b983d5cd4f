#include "render/reportwriter.h"

#include "export/atomicfile.h"
#include "export/xlsxexport.h"
#include "privacy/redaction.h"
#include "render/reportcontent.h"
#include "render/reportformats.h"

namespace crosscut::render {

using analysis::Table;

Status writeReport(const QString &path, const ReportData &data)
{
    auto format = exporting::formatFromSuffix(path, reportFormats());
    if (!format)
        return format.error();
    return writeReport(path, data, *format);
}

QStringList reportFormats()
{
    return {QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("odt"), QStringLiteral("html"), QStringLiteral("htm"),
            QStringLiteral("xlsx")};
}

Status writeReport(const QString &path, const ReportData &data, const QString &formatName)
{
    if (!reportFormats().contains(formatName))
        return makeError(ErrorKind::Unsupported, QStringLiteral("unknown report format \"%1\": use pdf, docx, odt, html or xlsx").arg(formatName));
    const QString *format = &formatName;
    if (auto check = exporting::checkWritableTarget(path); !check)
        return check;
    if (*format == QLatin1String("xlsx")) {
        exporting::XlsxWorkbook workbook;
        workbook.title = data.title;
        if (data.redacted)
            workbook.watermark = privacy::watermark();
        workbook.about = {QStringLiteral("Project: ") + data.projectName,
                          QStringLiteral("Date: ") + data.date.toString(Qt::ISODate),
                          QStringLiteral("Documents: %1 (%2)").arg(data.documents).arg(data.documentCounts.join(QStringLiteral(", "))),
                          QStringLiteral("Cases: %1").arg(data.cases),
                          QStringLiteral("Quotes: %1").arg(data.quotes),
                          QStringLiteral("Codings: %1").arg(data.codings),
                          QStringLiteral("Coders: ") + data.coders.join(QStringLiteral(", ")),
                          QStringLiteral("Confidential: quotes from members of criminalised communities.")};
        workbook.tables = {data.counts, data.rowPercent};
        if (data.framework) {
            const analysis::FrameworkResult &f = *data.framework;
            exporting::XlsxTextSheet sheet;
            sheet.title = QStringLiteral("Framework matrix");
            sheet.header = {f.rowTitle};
            for (const auto &c : f.columns)
                sheet.header.append(c.text);
            for (int r = 0; r < f.rows.size(); ++r) {
                QStringList row{f.rows.at(r).text};
                for (int c = 0; c < f.columns.size(); ++c)
                    row.append(f.cellText(r, c));
                sheet.rows.append(row);
            }
            workbook.textSheets.append(sheet);
        }
        if (data.groupAverages)
            workbook.tables.append(*data.groupAverages);
        if (data.network) {
            workbook.tables.append(data.network->totals);
            workbook.tables.append(data.network->tables);
        }
        Table distribution = data.profiles.distributionTable();
        if (distribution.rowCount() > 0) {
            distribution.title = QStringLiteral("Positional profiles");
            workbook.tables.append(distribution);
        }
        for (int i = 0; i < data.allCellQuotes.size(); ++i) {
            const auto &q = data.allCellQuotes.at(i);
            workbook.quotes.append({data.allCellQuoteCells.value(i), q.documentName, q.start, q.end, q.speaker, q.text, q.codes,
                                    q.coders});
        }
        return exporting::writeXlsx(path, workbook);
    }
    const ReportDocument report = buildReportDocument(data);
    QByteArray bytes;
    if (*format == QLatin1String("pdf") || *format == QLatin1String("odt") || *format == QLatin1String("docx")) {
        auto written = *format == QLatin1String("pdf")    ? reportDocumentPdf(report)
                       : *format == QLatin1String("docx") ? reportDocumentDocx(report)
                                                          : reportDocumentOdt(report);
        if (!written)
            return written.error();
        bytes = *written;
    } else {
        bytes = reportDocumentHtml(report, ReportImages::Embedded).toUtf8();
    }
    return exporting::writeAtomically(path, bytes);
}

}  // namespace crosscut::render
