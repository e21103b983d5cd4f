#pragma once
// The whole coding as CSV, one row per coding — the flat form analysts load
// into R or Excel: document, start, end (code points), text, code path, coder.

#include "util/result.h"

#include <QByteArray>

namespace crosscut {
class Project;
}

namespace crosscut::privacy {
class Redaction;
}

namespace crosscut::exporting {

// Rows sorted by document, start, end, code path, coder. With utf8Bom the
// bytes begin with a BOM so that Excel reads them as UTF-8. With an enabled
// redaction the first line is the watermark ("Redacted export", one field),
// and names in document names and quote texts are replaced by role labels;
// start and end stay positions in the project's (unredacted) text.
Result<QByteArray> codingsCsv(Project &project, bool utf8Bom = false, const privacy::Redaction *redaction = nullptr);

}  // namespace crosscut::exporting
