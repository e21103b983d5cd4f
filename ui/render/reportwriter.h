#pragma once
// Writes the evaluation report: PDF, DOCX, ODT and HTML from its blocks
// (reportcontent.h, reportformats.h), XLSX from the data (core/export).
// Needs a QGuiApplication (the offscreen platform is enough) for fonts and
// painting.

#include "render/reportdata.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace crosscut::render {

// "pdf", "docx", "odt", "html", "htm", "xlsx".
QStringList reportFormats();

// Writes .pdf, .docx, .odt, .html or .xlsx (by suffix) atomically.
Status writeReport(const QString &path, const ReportData &data);
// The same in the named format whatever the file is called.
Status writeReport(const QString &path, const ReportData &data, const QString &format);

}  // namespace crosscut::render
