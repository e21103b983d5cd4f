#pragma once
// The summary page's sentences (ReportData::summary), generated from the
// report's figures in plain English with the numbers: which row of the
// matrix leads and by how much, where the gap between the two largest rows
// is widest, the column with the most quotes, the share of cases with hat
// shifts, the collaboration network and inter-coder agreement. A figure that
// has nothing to say (one row, an empty matrix, no network) gives no
// sentence; no figure divides by zero.

#include "render/reportdata.h"

namespace crosscut::render {

// `rowKind` says how to speak of the matrix's rows ("Provider-led quotes"
// for codes, "Kenya" for an attribute's values).
QStringList reportSummary(const ReportData &data, analysis::AxisSpec::Kind rowKind);

}  // namespace crosscut::render
