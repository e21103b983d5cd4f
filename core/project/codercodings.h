#pragma once
// Codings read per coder, for views that show one coder's work (View →
// Coders in the GUI): the codebook's counts and single coding rows.

#include "model/entities.h"
#include "util/result.h"

#include <QHash>

#include <optional>

namespace crosscut {

class Project;

// Codings per code id; of `coder` only when given. Codes without codings
// are absent.
QHash<Id, int> codingCountsByCode(Project &project, std::optional<Id> coder = std::nullopt);

// One coding row (to learn the code and coder of a coding just inserted).
std::optional<Coding> findCoding(Project &project, Id coding);

// Removes one coder's codings of the quote: of `code` only, or all of them
// (code nullopt). The other coders' codings stay; a quote left without any
// goes with its memos, in the same undoable operation. A no-op when that
// coder has none there.
Status removeCoderCodings(Project &project, Id quote, Id coder, std::optional<Id> code = std::nullopt);

}  // namespace crosscut
