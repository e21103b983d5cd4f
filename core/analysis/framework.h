#pragma once
// The framework matrix (issue #19): the conceptual-model matrix with words in
// it. Rows are the cases (or the documents); columns are codes, given as a
// matrix axis spec ("dimension:NAME" — its values — or "codes:A,B"), read
// exactly as the matrix reads them (matrix.h): a quote is in cell (r, c) when
// it carries row r (its case, or its document) and code c or a code below it.
// Each cell holds those quotes and the analyst's summary of them. A summary
// is stored per (row, code) — table framework_summary, schema version 9 — so
// it survives a different column spec that shows the same code. Writing one
// is an undoable operation; its earlier texts come from the operation log.

#include "analysis/matrix.h"
#include "analysis/table.h"
#include "model/entities.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace crosscut {
class Project;
}

namespace crosscut::analysis {

class Snapshot;

enum class FrameworkRows { Cases, Documents };

QString toString(FrameworkRows rows);                         // "cases" | "documents"
std::optional<FrameworkRows> frameworkRowsFromString(const QString &s);
QString rowKindOf(FrameworkRows rows);                        // "case" | "document" (framework_summary.row_kind)

struct FrameworkRequest {
    FrameworkRows rows = FrameworkRows::Cases;
    AxisSpec columns;   // Dimension or Codes; anything else is refused
    Filter filter;
};

struct FrameworkSummary {
    QString text;
    QString author;      // coder name; empty when unknown
    QString modifiedAt;  // ISO 8601, UTC
};

struct FrameworkCell {
    QList<Id> quoteIds;  // ascending
    FrameworkSummary summary;
    // A gap: nothing said and nothing written — where to look next.
    bool isGap() const { return quoteIds.isEmpty() && summary.text.isEmpty(); }
};

struct FrameworkResult {
    FrameworkRows rowKind = FrameworkRows::Cases;
    QString rowTitle;     // "Cases" / "Documents"
    QString columnTitle;  // the dimension's name, or "Codes"
    QList<Label> rows;    // id: case or document id
    QList<Label> columns; // id: code id
    QList<QList<FrameworkCell>> cells;  // rows × columns

    const FrameworkCell &cell(int row, int column) const { return cells.at(row).at(column); }
    int gapCount() const;
    int summaryCount() const;
    // Quote counts as a table (the numbers behind the words).
    Table countTable() const;
    // "summary (n quotes)" per cell, "" for a gap: what CSV and Markdown print.
    QString cellText(int row, int column) const;
};

// Computes the framework matrix; loads a snapshot of the project first.
Result<FrameworkResult> computeFramework(Project &project, const FrameworkRequest &request);
// Over a snapshot taken of `project` (the summaries are read from it).
Result<FrameworkResult> computeFramework(Project &project, const Snapshot &snapshot, const FrameworkRequest &request);

// Re-reads only the summaries into a computed framework (after a change
// that touched framework_summary alone: the quotes are still right).
Status refreshSummaries(Project &project, FrameworkResult &framework);

// The summary of one cell (empty text when none).
Result<FrameworkSummary> frameworkSummary(Project &project, FrameworkRows rows, Id rowId, Id codeId);

// Sets the summary of (row, code) as one undoable operation labelled
// "Edit summary ROW × CODE"; empty (or blank) text clears it. An unknown row
// or code is an error and changes nothing; setting the text it already has
// writes no operation.
Status setFrameworkSummary(Project &project, FrameworkRows rows, Id rowId, Id codeId, const QString &text);

// One earlier state of a cell's summary, from the operation log.
struct SummaryRevision {
    QString text;      // empty: the summary was cleared
    QString author;    // the coder who made the operation
    QString at;        // when (ISO 8601, UTC)
    QString label;     // the operation's label
};

// The cell's history, newest first: every done (not undone) operation that
// set or cleared its summary.
Result<QList<SummaryRevision>> summaryHistory(Project &project, FrameworkRows rows, Id rowId, Id codeId);

}  // namespace crosscut::analysis
