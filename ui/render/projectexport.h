#pragma once
// Writing a whole project to a file another tool reads: the evaluation report
// (PDF, DOCX, ODT, HTML, XLSX), a REFI-QDA project (.qdpx) or codebook (.qdc), or
// the codings as CSV. One entry point shared by `crosscut-cli export/report`
// and the workbench's File → Export menu, so both write the same bytes and
// fail the same way: atomically, leaving no file behind on error.
// Needs a QGuiApplication for the drawn formats (offscreen is enough).

#include "interop/refiqda.h"
#include "render/reportdata.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace crosscut {
class Project;
}

namespace crosscut::render {

// "csv", "xlsx", "html", "odt", "pdf", "qdpx", "qdc".
QStringList projectExportFormats();

// Writes the report in `format` (one of reportFormats()). XLSX also gets the
// drill-down quotes sheet, as the CLI writes it.
Status exportReport(Project &project, const QString &path, const QString &format, ReportOptions options = {});

// Writes `path` in `format` (one of projectExportFormats()); the report
// formats use `reportOptions`, CSV starts with a BOM when `csvBom` is set.
// reportOptions.redact redacts every format (privacy/redaction.h): CSV and
// the report formats carry the watermark line, the .qdpx its description;
// the .qdc codebook holds no names and is written as it is.
// qdpxOptions: for the .qdpx (interop/refiqda.h).
Status exportProjectFile(Project &project, const QString &path, const QString &format,
                         const ReportOptions &reportOptions = {}, bool csvBom = false,
                         const interop::ExportOptions &qdpxOptions = {});

}  // namespace crosscut::render
