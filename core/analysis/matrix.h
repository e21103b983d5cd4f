#pragma once
// The conceptual-model matrix: DESIGN.md "Matrices — exact semantics".
//
// A matrix crosses a row axis and a column axis. Each axis is one of
//   dimension:PATH       the children (values) of a code, in codebook order
//   codes:PATH,PATH,…    the listed codes, in the order given
//   attribute:NAME       the values of a document or case attribute, sorted
//                        (numerically when the attribute is a number);
//                        attribute:document:NAME / attribute:case:NAME pick
//                        the scope. An unscoped NAME defined for documents
//                        AND cases uses both: a quote carries value v when
//                        its document or one of its cases has v.
//   documents            every document, sorted by name
//   cases                every case, sorted by name
// Code paths use codepath.h syntax ("Leadership/Key population-led", "#12").
//
// What a quote carries:
// - a code when one of its (counted) codings is that code or any code below it;
// - an attribute value when its document has it (document scope) or one of
//   its cases has it (case scope);
// - its document;
// - its cases: the case of the speaker turn containing the quote's start
//   (speaker_turn.case_id) plus every case its document belongs to
//   (document_case).
// A quote meets cell (r, c) when it carries r and carries c.
//
// Units: Quotes counts the quotes meeting the cell; Documents the distinct
// documents holding at least one such quote; Cases the distinct cases carried
// by at least one such quote.
//
// Filters apply before counting: with coders named, only codings by those
// coders count and quotes without such a coding are left out; with documents
// named, only quotes in them count (and a documents axis lists only them);
// each attribute condition keeps only quotes carrying that value (all
// conditions must hold).
//
// Totals and normalisation: rowTotals[r] = Σ_c counts[r][c],
// colTotals[c] = Σ_r counts[r][c], grandTotal = Σ counts. Normalised values
// are percentages 0–100: Row = 100·cell/rowTotals[r], Column =
// 100·cell/colTotals[c], Total = 100·cell/grandTotal; 0 where the total is 0.
// (A quote carrying two row values counts in both rows, so these are shares
// of the cell counts, not of distinct quotes.)

#include "analysis/table.h"
#include "model/entities.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace crosscut {
class Project;
}

namespace crosscut::analysis {

class Snapshot;

struct AxisSpec {
    enum class Kind { Dimension, Codes, Attribute, Documents, Cases };
    Kind kind = Kind::Documents;
    QString dimension;                        // Dimension: the code path
    QStringList codes;                        // Codes: the code paths, in order
    QString attribute;                        // Attribute: the attribute name
    std::optional<AttributeScope> scope;      // Attribute: nullopt = as found (see above)

    // Parses "dimension:NAME", "codes:PATH,PATH", "attribute:NAME",
    // "attribute:document:NAME", "attribute:case:NAME", "documents", "cases".
    // In a codes list a literal comma inside a name is written "\,".
    // Only the syntax is checked here; names are resolved by computeMatrix.
    static Result<AxisSpec> parse(const QString &text);
    QString toString() const;
};

enum class Unit { Quotes, Documents, Cases };
enum class Normalization { None, Row, Column, Total };

QString toString(Unit unit);          // "quotes" | "documents" | "cases"
QString toString(Normalization n);    // "none" | "row" | "col" | "total"
std::optional<Unit> unitFromString(const QString &s);
std::optional<Normalization> normalizationFromString(const QString &s);  // "col" or "column"

struct AttributeCondition {
    QString attribute;
    QString value;
    std::optional<AttributeScope> scope;  // nullopt: as for an unscoped axis

    // Parses "ATTR=VALUE", "document:ATTR=VALUE" or "case:ATTR=VALUE".
    static Result<AttributeCondition> parse(const QString &text);
};

// Filters shared by every analysis in this folder. Names are resolved against
// the project; an unknown coder, document or attribute is an error.
struct Filter {
    QStringList coders;     // coder names; empty = every coder
    QStringList documents;  // document names; empty = every document
    QList<AttributeCondition> where;

    bool isEmpty() const { return coders.isEmpty() && documents.isEmpty() && where.isEmpty(); }
};

struct MatrixRequest {
    AxisSpec rows;
    AxisSpec columns;
    Unit unit = Unit::Quotes;
    Normalization normalization = Normalization::None;
    Filter filter;
    bool collectQuotes = true;  // fill MatrixResult::quoteIds (drill-down)
    // Cases that are no cases of this matrix (a report's interviewers and
    // facilitators): left off a cases axis and not counted by unit=cases.
    // Their quotes still count as quotes. Empty: every case.
    QList<Id> excludedCases;
};

struct MatrixResult {
    Unit unit = Unit::Quotes;
    Normalization normalization = Normalization::None;
    QString rowTitle;     // e.g. "Leadership", "Country", "Documents"
    QString columnTitle;
    QList<Label> rows;    // ids: code id, document id or case id; none for attribute values
    QList<Label> columns;
    QList<QList<qint64>> counts;    // rows × columns, raw counts in `unit`
    QList<QList<double>> values;    // normalised (equal to counts for None)
    QList<qint64> rowTotals;
    QList<qint64> columnTotals;
    qint64 grandTotal = 0;
    // Ids of the quotes meeting each cell, ascending (whatever the unit);
    // empty when the request did not collect them.
    QList<QList<QList<Id>>> quoteIds;

    QStringList rowLabels() const;
    QStringList columnLabels() const;
    // The counts, or the normalised values when normalised = true.
    Table toTable(bool normalised) const;
    // True when the cell's share has no denominator (an empty row for row %,
    // an empty column for column %, an empty matrix for total %): a reader
    // is shown "—", not 0 %.
    bool isUndefined(int row, int column) const;
};

// Computes a matrix. Loads the project's codings once; to compute several
// matrices over the same data, build a Snapshot and use the overload.
Result<MatrixResult> computeMatrix(Project &project, const MatrixRequest &request);
Result<MatrixResult> computeMatrix(const Snapshot &snapshot, const MatrixRequest &request);

// A quote with what a reader needs to judge it: drill-down from a cell.
struct QuoteExcerpt {
    Id quoteId = 0;
    Id documentId = 0;
    QString documentName;
    qint64 start = 0;  // code points
    qint64 end = 0;
    QString speaker;   // of the speaker turn containing start; empty if none
    QString page;      // "p. 4": the page of start, for a PDF document with page turns (then no speaker)
    QString text;      // the quote itself
    QString before;    // up to contextCodePoints code points before it
    QString after;     // up to contextCodePoints code points after it
    QStringList codes; // code paths of its codings (every coder)
    QStringList coders;
    int paragraph = 0; // 1-based: the non-blank line of the document that holds start
    int turn = 0;      // 1-based: the speaker turn that holds start; 0 when none
    std::optional<qint64> timeMs;  // the turn's start time in a live session
};

// Where a reader finds the quote: "Akinyi · 01-kenya-sex-worker-collective ·
// ¶12", with the time instead of the paragraph for a timed turn ("· 12:04"),
// the page for a PDF ("· p. 4"); the parts that are unknown are left out.
QString attribution(const QuoteExcerpt &quote);

// The quotes with the given ids, in the order given. An unknown id is an error.
Result<QList<QuoteExcerpt>> quoteExcerpts(Project &project, const QList<Id> &quoteIds, int contextCodePoints = 100);

}  // namespace crosscut::analysis
