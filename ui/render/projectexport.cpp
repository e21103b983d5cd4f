#include "render/projectexport.h"

#include "export/atomicfile.h"
#include "export/codingscsv.h"
#include "interop/refiqda.h"
#include "privacy/redaction.h"
#include "render/reportwriter.h"

namespace crosscut::render {

QStringList projectExportFormats()
{
    return {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("html"), QStringLiteral("odt"), QStringLiteral("docx"),
            QStringLiteral("pdf"), QStringLiteral("qdpx"), QStringLiteral("qdc")};
}

Status exportReport(Project &project, const QString &path, const QString &format, ReportOptions options)
{
    if (!reportFormats().contains(format))
        return makeError(ErrorKind::Unsupported, QStringLiteral("unknown report format \"%1\": use %2")
                                                     .arg(format, reportFormats().join(QStringLiteral(", "))));
    // Only the workbook has a sheet for every cell's quotes; gathering them
    // for the other formats would be wasted work.
    options.drillDown = format == QLatin1String("xlsx");
    // Fail on an unwritable target before the (slower) analysis.
    if (Status check = exporting::checkWritableTarget(path); !check)
        return check;
    auto data = collectReport(project, options);
    if (!data)
        return data.error();
    return writeReport(path, *data, format);
}

Status exportProjectFile(Project &project, const QString &path, const QString &format, const ReportOptions &reportOptions,
                         bool csvBom, const interop::ExportOptions &qdpxOptions)
{
    if (!projectExportFormats().contains(format))
        return makeError(ErrorKind::Unsupported, QStringLiteral("unknown export format \"%1\": use %2")
                                                     .arg(format, projectExportFormats().join(QStringLiteral(", "))));
    if (reportFormats().contains(format))
        return exportReport(project, path, format, reportOptions);
    if (Status check = exporting::checkWritableTarget(path); !check)
        return check;
    const privacy::Redaction redaction =
        reportOptions.redact ? privacy::Redaction::fromProject(project) : privacy::Redaction();
    if (format == QLatin1String("qdpx"))
        return interop::exportProject(project, path, &redaction, qdpxOptions);
    if (format == QLatin1String("qdc"))
        return interop::exportCodebook(project, path);
    auto bytes = exporting::codingsCsv(project, csvBom, &redaction);
    if (!bytes)
        return bytes.error();
    return exporting::writeAtomically(path, *bytes);
}

}  // namespace crosscut::render
