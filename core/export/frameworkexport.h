#pragma once
// The framework matrix (analysis/framework.h) as files: CSV and Markdown
// (each cell "summary (n quotes)", a gap empty or "—"), an XLSX workbook (a
// sheet of summaries with their quotes under them, the quote counts, and
// every quote behind a cell) and a Word document (a table of summaries, then
// per row the cells' summaries with their first quotes).

#include "analysis/framework.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace crosscut {
class Project;
}

namespace crosscut::exporting {

QByteArray frameworkToCsv(const analysis::FrameworkResult &framework);
QString frameworkToMarkdown(const analysis::FrameworkResult &framework);

// How many quotes a cell shows under its summary in XLSX and DOCX.
constexpr int kFrameworkQuotesPerCell = 3;

Status writeFrameworkXlsx(Project &project, const analysis::FrameworkResult &framework, const QString &path);
Status writeFrameworkDocx(Project &project, const analysis::FrameworkResult &framework, const QString &path);

// By the path's suffix: .csv, .md, .xlsx or .docx; any other is an error.
Status writeFramework(Project &project, const analysis::FrameworkResult &framework, const QString &path);

}  // namespace crosscut::exporting
