#pragma once
// The whole coding as CSV, one row per coding — the flat form analysts load
// into R or Excel: document, start, end (code points), text, code path, coder.

#include "util/result.h"

#include <QByteArray>

namespace crosscut {
class Project;
}

namespace crosscut::exporting {

// Rows sorted by document, start, end, code path, coder. With utf8Bom the
// bytes begin with a BOM so that Excel reads them as UTF-8.
Result<QByteArray> codingsCsv(Project &project, bool utf8Bom = false);

}  // namespace crosscut::exporting
