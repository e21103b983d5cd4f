#pragma once
// The evaluation report as HTML, ODT (QTextDocumentWriter), PDF (QPdfWriter)
// and XLSX (core/export), all from one ReportData. Needs a QGuiApplication
// (the offscreen platform is enough) for fonts and painting.

#include "render/reportdata.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QTextDocument;

namespace crosscut::render {

enum class ImageMode {
    Embedded,   // <img src="data:image/png;base64,…">: one self-contained .html file
    Resources,  // <img src="chart-N.png"> resolved through QTextDocument resources
};

// The report's HTML; with Resources the chart images are added to `document`.
QString reportHtml(const ReportData &data, ImageMode mode, QTextDocument *document = nullptr);

QByteArray reportPdf(const ReportData &data);
Result<QByteArray> reportOdt(const ReportData &data);

// "pdf", "odt", "html", "htm", "xlsx".
QStringList reportFormats();

// Writes .html, .odt, .pdf or .xlsx (by suffix) atomically.
Status writeReport(const QString &path, const ReportData &data);
// The same in the named format whatever the file is called.
Status writeReport(const QString &path, const ReportData &data, const QString &format);

}  // namespace crosscut::render
