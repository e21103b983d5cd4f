#pragma once
// Coverage (NVivo-style "% coverage"): the share of each document's code
// points that lie inside quotes carrying a code (the code or any code below
// it). Spans are united first, so overlapping or nested quotes count once.

#include "analysis/matrix.h"
#include "analysis/table.h"

namespace crosscut::analysis {

struct CoverageRequest {
    QStringList codes;  // code paths; empty = every top-level code
    Filter filter;      // coders, documents, attribute conditions (see matrix.h)
};

struct CoverageResult {
    QList<Label> documents;  // sorted by name (or the filtered ones)
    QList<Label> codes;
    QList<qint64> documentLengths;      // code points
    QList<QList<qint64>> coveredPoints; // documents × codes
    QList<QList<double>> percent;       // 100 · covered / length (0 for an empty document)

    Table toTable() const;  // percent, documents × codes
};

Result<CoverageResult> computeCoverage(Project &project, const CoverageRequest &request);
Result<CoverageResult> computeCoverage(const Snapshot &snapshot, const CoverageRequest &request);

}  // namespace crosscut::analysis
