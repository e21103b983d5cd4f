#pragma once
// The writers of a ReportDocument (reportblocks.h), one per format. They need
// a QGuiApplication (the offscreen platform is enough) for fonts and painting.

#include "render/reportblocks.h"
#include "util/result.h"

#include <QByteArray>

namespace crosscut::render {

enum class ReportImages {
    Embedded,   // <img src="data:image/png;base64,…">: one self-contained .html file
    Resources,  // <img src="figure-N.png"> for a QTextDocument that holds the images (ODT)
};

// reporthtml.cpp: HTML with the contents as links; Resources mode for ODT.
QString reportDocumentHtml(const ReportDocument &report, ReportImages images);
Result<QByteArray> reportDocumentOdt(const ReportDocument &report);

// reportpdf.cpp: A4 pages laid out block by block: a quote is never split
// (one taller than a page is broken cleanly between lines), a table split
// across pages repeats its header rows, headings stay with what follows,
// every page has "Page n of N" and the watermark, the contents list pages.
Result<QByteArray> reportDocumentPdf(const ReportDocument &report);

// reportdocx.cpp: Office Open XML through exporting::DocxDocument.
Result<QByteArray> reportDocumentDocx(const ReportDocument &report);

}  // namespace crosscut::render
