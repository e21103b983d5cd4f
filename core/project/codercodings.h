#pragma once
// Codings read per coder, for views that show one coder's work (View →
// Coders in the GUI): the codebook's counts and single coding rows.

#include "model/entities.h"

#include <QHash>

#include <optional>

namespace crosscut {

class Project;

// Codings per code id; of `coder` only when given. Codes without codings
// are absent.
QHash<Id, int> codingCountsByCode(Project &project, std::optional<Id> coder = std::nullopt);

// One coding row (to learn the code and coder of a coding just inserted).
std::optional<Coding> findCoding(Project &project, Id coding);

}  // namespace crosscut
