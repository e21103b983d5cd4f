#pragma once
// Codebook templates: JSON files of nested codes (see
// resources/templates/intersectional.json). Built-in templates are named
// ("intersectional", "empty"); any other argument is read as a file path.

#include "project/project.h"

namespace crosscut::codebook {

QStringList builtinTemplates();

// Adds the template's codes to the project in one operation. Codes that
// exist already under the same path are kept and not duplicated.
Status applyTemplate(Project &project, const QString &nameOrPath);

}  // namespace crosscut::codebook
