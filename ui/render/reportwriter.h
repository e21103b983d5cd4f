#pragma once
// Writes the evaluation report: PDF, ODT and HTML from its blocks
// (reportcontent.h, reportformats.h), XLSX from the data (core/export).
// Needs a QGuiApplication (the offscreen platform is enough) for fonts and
// painting.

#include "render/reportdata.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace crosscut::render {

// "pdf", "odt", "html", "htm", "xlsx".
QStringList reportFormats();

// Writes .html, .odt, .pdf or .xlsx (by suffix) atomically.
Status writeReport(const QString &path, const ReportData &data);
// The same in the named format whatever the file is called.
Status writeReport(const QString &path, const ReportData &data, const QString &format);

}  // namespace crosscut::render
