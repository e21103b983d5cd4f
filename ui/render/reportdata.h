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

struct ReportOptions {
    QString rows;              // axis spec; empty: dimension:Leadership (or the first dimension)
    QString columns;           // empty: dimension:Population served (or the second dimension)
    int quotesPerCell = 3;     // representative quotes shown per matrix cell (0: none)
    QString title;             // empty: "Evaluation report: <project>"
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

struct ReportData {
    QString title;
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
Result<analysis::Table> groupAveragesTable(Project &project, const QString &groupAttribute, const analysis::MatrixResult &byCodes);

}  // namespace crosscut::render
