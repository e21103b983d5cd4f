#pragma once
// Code co-occurrence by overlap (DESIGN.md): two codings co-occur when their
// quotes share at least one code point in the same document; the same quote
// counts (a quote coded A and B is one co-occurrence).
//
// For codes A and B (each carried with its descendants, as in matrix.h):
//   n(A)    = quotes carrying A;
//   n(A,B)  = unordered pairs {p, q} of quotes with p carrying A, q carrying B
//             and p, q overlapping (p = q allowed, counted once); the diagonal
//             n(A,A) is n(A);
//   c(A,B)  = n(A,B) / (n(A) + n(B) − n(A,B)), as ATLAS.ti reports it; 0 when
//             the denominator is 0, 1 on the diagonal. Like ATLAS.ti's, c can
//             exceed 1 when one quote overlaps several quotes of the other code.
//   X(A,B)  = the quotes "coded with both": every quote carrying A that is or
//             overlaps a quote carrying B, and every quote carrying B that is
//             or overlaps a quote carrying A; X(A,A) = the quotes carrying A;
//   J(A,B)  = |X(A,B)| / |Q(A) ∪ Q(B)| (Jaccard over quotes; Q(A) = the
//             quotes carrying A): the share of the two codes' quotes that
//             take part in their co-occurrence, in [0, 1]; 0 when neither
//             code has a quote, 1 on the diagonal of a code with quotes.
// Code × document and code × case tables give, per code, the quotes carrying
// it in each document / for each case (counts) and their presence (0/1).

#include "analysis/matrix.h"
#include "analysis/table.h"

namespace crosscut::analysis {

struct CooccurrenceRequest {
    QStringList codes;  // code paths; empty = every code that is not a dimension
    Filter filter;
};

struct CooccurrenceResult {
    QList<Label> codes;
    QList<qint64> quoteCounts;          // n(A)
    QList<QList<qint64>> counts;        // n(A,B), symmetric
    QList<QList<double>> coefficients;  // c(A,B), symmetric
    QList<QList<qint64>> withBoth;      // |X(A,B)|, symmetric
    QList<QList<double>> jaccard;       // J(A,B), symmetric

    Table countTable() const;
    Table coefficientTable() const;
    Table jaccardTable() const;
};

Result<CooccurrenceResult> computeCooccurrence(Project &project, const CooccurrenceRequest &request);
Result<CooccurrenceResult> computeCooccurrence(const Snapshot &snapshot, const CooccurrenceRequest &request);

// X(A,B) above for two code paths (each carried with its descendants), the
// quote ids ascending; the drill-down of a co-occurrence cell.
Result<QList<Id>> quotesCodedWithBoth(const Snapshot &snapshot, const QString &codeA, const QString &codeB,
                                      const Filter &filter = {});
Result<QList<Id>> quotesCodedWithBoth(Project &project, const QString &codeA, const QString &codeB,
                                      const Filter &filter = {});

// Codes × documents (or × cases): quotes carrying each code in each column.
// presence = true gives 0/1 instead of counts.
Result<Table> codeByDocumentTable(const Snapshot &snapshot, const CooccurrenceRequest &request, bool presence);
Result<Table> codeByCaseTable(const Snapshot &snapshot, const CooccurrenceRequest &request, bool presence);

}  // namespace crosscut::analysis
