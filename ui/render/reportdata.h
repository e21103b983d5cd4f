#pragma once
// Everything an evaluation report shows, gathered from a project in one pass
// so that the HTML, ODT, PDF and XLSX forms are written from the same data.

#include "analysis/framework.h"
#include "analysis/matrix.h"
#include "analysis/profiles.h"
#include "analysis/table.h"
#include "render/networkreport.h"
#include "team/agreementsummary.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace crosscut {
class Project;
}

namespace crosscut::render {

// One matrix of the report (rows × columns, unit, normalisation as in
// analysis::MatrixRequest; strings as the CLI spells them).
struct ReportMatrixSpec {
    QString rows;
    QString columns;
    QString unit = QStringLiteral("quotes");        // quotes | documents | cases
    QString normalisation = QStringLiteral("row");  // none | row | col | total: the shares shown beside counts
};

// The report's sections, each of which can be left out.
enum class ReportSection {
    Summary,      // one page of key figures in sentences
    Methods,      // documents by kind and language, coders, codebook, dates, agreement
    Matrices,
    Charts,
    Quotes,       // representative quotes per cell
    Profiles,     // positional profiles drawn (dot plots, case × dimension grid)
    Network,
    Agreement,
    Framework,
    Codebook,
    Appendix,     // the long text tables of the profiles
};
QString toString(ReportSection section);                            // "summary", "methods", …
std::optional<ReportSection> reportSectionFromString(const QString &name);
QList<ReportSection> allReportSections();

struct ReportOptions {
    QString rows;              // axis spec; empty: dimension:Leadership (or the first dimension)
    QString columns;           // empty: dimension:Population served (or the second dimension)
    // More matrices after the first (rows × columns above); each gets its
    // table, heat map and chart, and its representative quotes.
    QList<ReportMatrixSpec> moreMatrices;
    int quotesPerCell = 3;     // representative quotes shown per matrix cell (0: none)
    QString title;             // empty: "Evaluation report: <project>"
    QString subtitle;          // title page, below the title; may be empty
    QString organisation;      // title page; may be empty
    QString author;            // title page; may be empty
    // Sections left out (every section is in by default).
    QList<ReportSection> leftOut;
    // Which cases count: a case whose attribute `roleAttribute` has one of
    // `excludedRoles` (compared case-insensitively) is no case of the report's
    // counts, groups and profiles (interviewers and facilitators are not
    // cases of the evaluation). Quotes are unaffected. Empty attribute: none
    // excluded.
    QString roleAttribute = QStringLiteral("Role");
    QStringList excludedRoles = {QStringLiteral("Interviewer"), QStringLiteral("Facilitator")};
    QString groupAttribute;    // case attribute for the per-group averages; empty: the columns' attribute or none
    QDate date;                // invalid: today
    bool drillDown = true;     // gather every cell's quotes (the XLSX quotes sheet needs them)
    // Redacted (privacy/redaction.h): cases and speakers by role labels, names
    // in quotes and document names replaced, identifying attributes refused
    // as axes or groups and left out, the "Redacted export" watermark on top.
    bool redact = false;
    // Collaboration network: the case attribute its figures are grouped by;
    // empty: groupAttribute when it is a case attribute, else the first one.
    QString networkGroup;
    // Framework matrix (analysis/framework.h): cases × these columns
    // (dimension:NAME or codes:PATH,…) with the analysts' summaries. Empty:
    // the report's columns when they are codes, else no section; "none": no
    // section.
    QString frameworkColumns;
};

struct CellQuotes {
    QString rowLabel;
    QString columnLabel;
    qint64 quoteCount = 0;
    QList<analysis::QuoteExcerpt> quotes;  // the representative ones
};

struct CodebookEntry {
    int depth = 0;
    QString name;
    QString path;
    QString color;
    QString description;
    bool dimension = false;
    int codings = 0;
};

// A further matrix of the report (ReportOptions::moreMatrices).
struct ReportMatrixData {
    analysis::MatrixResult matrix;
    analysis::Table counts;   // with a Total column
    analysis::Table shares;   // the normalisation asked for (row % by default)
    QList<CellQuotes> cells;
};

// The methods page.
struct ReportMethods {
    QStringList documentsByKind;      // "8 interviews", "1 focus group"
    QStringList documentsByLanguage;  // "English (5)", "Russian (2)": the document attribute Language, else the script of its letters
    QList<QPair<QString, int>> coderCodings;  // coder, codings
    int codes = 0;
    int dimensions = 0;
    QDate firstImport, lastImport;    // documents' import dates
    QDate firstCoding, lastCoding;    // codings' dates
    int excludedCases = 0;            // cases left out by role
    QStringList excludedRoles;        // the roles that were left out, as found
};

struct ReportData {
    QString title;
    QString subtitle;
    QString organisation;
    QString author;
    QList<ReportSection> leftOut;
    // The summary page: the key figures in sentences generated from the data
    // ("Key-population-led quotes outnumber provider-led ones 23 to 8; …").
    QStringList summary;
    ReportMethods methods;
    QList<ReportMatrixData> moreMatrices;
    // Per row of groupAverages: the number of cases behind it (n < 3 is flagged).
    QList<int> groupAverageCases;
    QString projectName;
    QDate date;
    QStringList coders;          // "name (n codings)"
    QStringList documentCounts;  // "12 interviews", "2 focus groups"
    int documents = 0;
    int quotes = 0;
    int codings = 0;
    int cases = 0;
    int quotesPerCell = 3;
    bool redacted = false;       // written with the watermark

    analysis::MatrixResult matrix;
    analysis::Table counts;       // with a Total column
    analysis::Table rowPercent;
    std::optional<analysis::Table> groupAverages;  // per-group averages per case, when a case attribute exists
    QList<CellQuotes> cells;
    QList<analysis::QuoteExcerpt> allCellQuotes;  // every quote behind a cell, for the XLSX drill-down
    QList<QString> allCellQuoteCells;             // the cell of each of allCellQuotes
    analysis::ProfilesResult profiles;
    QList<CodebookEntry> codebook;
    // Inter-coder agreement over double-coded documents; empty with one coder.
    team::AgreementSummary agreement;
    // The "Collaboration network" section; empty when the project has no ties.
    std::optional<NetworkReport> network;
    // The framework matrix section; none when no code columns apply.
    std::optional<analysis::FrameworkResult> framework;
};

// Picks default axes when the options leave them empty.
Result<ReportData> collectReport(Project &project, const ReportOptions &options);

// The per-group averages chart data for rows = a case attribute, columns = a
// dimension or codes: mean per case of the quotes carrying each column code.
// Cases in `excludedCases` are in no group; `groupCases`, when given, gets
// the number of cases behind each row.
Result<analysis::Table> groupAveragesTable(Project &project, const QString &groupAttribute, const analysis::MatrixResult &byCodes,
                                           const QList<Id> &excludedCases = {}, QList<int> *groupCases = nullptr);

}  // namespace crosscut::render
