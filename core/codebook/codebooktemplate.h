#pragma once
// Codebook templates: JSON files of nested codes (see
// resources/templates/intersectional.json). Built-in templates are named
// ("intersectional", "empty"); any other argument is read as a file path.
// The intersectional template also ships translated ("intersectional-uk",
// …): the same codes with the same guids and translated names, so projects
// started in two languages merge code by code.

#include "project/project.h"

namespace crosscut::codebook {

QStringList builtinTemplates();

// Languages the intersectional template ships in ("en" first).
QStringList intersectionalTemplateLanguages();
// "intersectional" for English, "intersectional-uk" for Ukrainian; empty
// for a language it does not ship in.
QString intersectionalTemplate(const QString &language);

// Adds the template's codes to the project in one operation. Codes that
// exist already under the same path, or with the same guid (the same
// template in another language), are kept and not duplicated.
Status applyTemplate(Project &project, const QString &nameOrPath);

}  // namespace crosscut::codebook
