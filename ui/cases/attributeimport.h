#pragma once
// Attribute values from a UTF-8 CSV file with a header
// document,attribute,value[,type] or case,attribute,value[,type] — the same
// file `crosscut-cli attributes --from` reads. The whole file is one
// operation: a bad row (unknown document or case, value not of the type)
// changes nothing and the error names its line.

#include "util/result.h"

namespace crosscut {
class Project;
}

namespace crosscut::ui {

// Returns the number of values written.
Result<int> importAttributesCsv(Project &project, const QString &path);

}  // namespace crosscut::ui
