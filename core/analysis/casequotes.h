#pragma once
// Per case, the kept quotes that carry it (see matrix.h for "a quote's
// cases"). Shared by profiles and group comparisons.

#include "analysis/quoteselection.h"

#include <vector>

namespace crosscut::analysis {

// quotesByCase[c] = indices into snapshot.quotes(), ascending.
std::vector<std::vector<int>> quotesByCase(const Snapshot &snapshot, const QuoteSelection &selection);

// Case-insensitive name order ("alma" before "Bishkek") with a
// case-sensitive tie-break so that the order is total.
bool nameLess(const QString &a, const QString &b);

// Mean and population standard deviation; {0, 0} for no values.
std::pair<double, double> meanAndSpread(const std::vector<double> &values);

}  // namespace crosscut::analysis
