#pragma once
// The first matrix worth showing when a project opens: the two dimensions
// that the most quotes carry together (in a demo or a coded evaluation,
// Leadership × Population served), rows the one earlier in the codebook.
// Ties go to codebook order; with nothing coded on two dimensions yet, the
// first two dimensions; with one dimension, it against the documents.

#include "analysis/matrix.h"

namespace crosscut::analysis {

class Snapshot;

// Rows and columns only; unit, normalisation and filter stay default.
MatrixRequest suggestedMatrix(const Snapshot &snapshot);

}  // namespace crosscut::analysis
