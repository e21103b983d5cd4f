// The framework matrix: the matrix engine gives each cell its quotes; the
// summaries come from framework_summary. See framework.h.
#include "analysis/framework.h"

#include "analysis/snapshot.h"
#include "project/project.h"
#include "project/projectwriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace crosscut::analysis {

QString toString(FrameworkRows rows)
{
    return rows == FrameworkRows::Cases ? QStringLiteral("cases") : QStringLiteral("documents");
}

std::optional<FrameworkRows> frameworkRowsFromString(const QString &s)
{
    if (s == QLatin1String("cases"))
        return FrameworkRows::Cases;
    if (s == QLatin1String("documents"))
        return FrameworkRows::Documents;
    return std::nullopt;
}

QString rowKindOf(FrameworkRows rows)
{
    return rows == FrameworkRows::Cases ? QStringLiteral("case") : QStringLiteral("document");
}

int FrameworkResult::gapCount() const
{
    int n = 0;
    for (const auto &row : cells)
        for (const FrameworkCell &c : row)
            n += c.isGap() ? 1 : 0;
    return n;
}

int FrameworkResult::summaryCount() const
{
    int n = 0;
    for (const auto &row : cells)
        for (const FrameworkCell &c : row)
            n += c.summary.text.isEmpty() ? 0 : 1;
    return n;
}

Table FrameworkResult::countTable() const
{
    Table t;
    t.title = QStringLiteral("Framework matrix: %1 × %2 (quotes)").arg(rowTitle, columnTitle);
    t.rowHeader = rowTitle;
    t.columnHeader = columnTitle;
    t.rows = rows;
    t.columns = columns;
    for (const auto &row : cells) {
        QList<double> values;
        for (const FrameworkCell &c : row)
            values.append(double(c.quoteIds.size()));
        t.cells.append(values);
    }
    return t;
}

QString FrameworkResult::cellText(int row, int column) const
{
    const FrameworkCell &c = cell(row, column);
    if (c.isGap())
        return {};
    const qsizetype n = c.quoteIds.size();
    const QString count = n == 1 ? QStringLiteral("(1 quote)") : QStringLiteral("(%1 quotes)").arg(n);
    return c.summary.text.isEmpty() ? count : c.summary.text + QLatin1Char(' ') + count;
}

namespace {

Status checkColumns(const AxisSpec &spec)
{
    if (spec.kind != AxisSpec::Kind::Dimension && spec.kind != AxisSpec::Kind::Codes)
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("framework columns must be codes: dimension:NAME or codes:PATH,PATH,… "
                                        "(\"%1\" is not)")
                             .arg(spec.toString()));
    return {};
}

QString summaryKey(Id row, Id code) { return QStringLiteral("%1:%2").arg(row).arg(code); }

Result<QHash<QString, FrameworkSummary>> loadSummaries(Project &project, FrameworkRows rows)
{
    sql::Statement &stmt = project.statement(
        "SELECT f.row_id, f.code_id, f.text, coalesce(c.name, ''), f.modified_at FROM framework_summary f "
        "LEFT JOIN coder c ON c.id = f.author_id WHERE f.row_kind = ?");
    stmt.bind(1, rowKindOf(rows));
    QHash<QString, FrameworkSummary> out;
    while (stmt.next())
        out.insert(summaryKey(stmt.int64(0), stmt.int64(1)), {stmt.text(2), stmt.text(3), stmt.text(4)});
    stmt.reset();
    return out;
}

Result<QString> rowName(Project &project, FrameworkRows rows, Id rowId)
{
    auto name = project.database().scalar(rows == FrameworkRows::Cases ? QStringLiteral("SELECT name FROM case_ WHERE id = ?")
                                                                       : QStringLiteral("SELECT name FROM document WHERE id = ?"),
                                          {rowId});
    if (!name)
        return name.error();
    if (!name->isValid())
        return makeError(ErrorKind::NotFound,
                         QStringLiteral("no %1 with id %2; nothing was changed").arg(rowKindOf(rows)).arg(rowId));
    return name->toString();
}

}  // namespace

Result<FrameworkResult> computeFramework(Project &project, const FrameworkRequest &request)
{
    if (Status s = checkColumns(request.columns); !s)
        return s.error();
    auto snapshot = Snapshot::load(project);
    if (!snapshot)
        return snapshot.error();
    return computeFramework(project, *snapshot, request);
}

Result<FrameworkResult> computeFramework(Project &project, const Snapshot &snapshot, const FrameworkRequest &request)
{
    if (Status s = checkColumns(request.columns); !s)
        return s.error();
    MatrixRequest m;
    m.rows.kind = request.rows == FrameworkRows::Cases ? AxisSpec::Kind::Cases : AxisSpec::Kind::Documents;
    m.columns = request.columns;
    m.unit = Unit::Quotes;
    m.filter = request.filter;
    m.collectQuotes = true;
    auto matrix = computeMatrix(snapshot, m);
    if (!matrix)
        return matrix.error();
    auto summaries = loadSummaries(project, request.rows);
    if (!summaries)
        return summaries.error();

    FrameworkResult out;
    out.rowKind = request.rows;
    out.rowTitle = request.rows == FrameworkRows::Cases ? QStringLiteral("Cases") : QStringLiteral("Documents");
    out.columnTitle = request.columns.kind == AxisSpec::Kind::Codes ? QStringLiteral("Codes") : matrix->columnTitle;
    out.rows = matrix->rows;
    out.columns = matrix->columns;
    out.cells.reserve(out.rows.size());
    for (qsizetype r = 0; r < out.rows.size(); ++r) {
        QList<FrameworkCell> row;
        row.reserve(out.columns.size());
        for (qsizetype c = 0; c < out.columns.size(); ++c) {
            FrameworkCell cell;
            cell.quoteIds = matrix->quoteIds.at(r).at(c);
            cell.summary = summaries->value(summaryKey(out.rows[r].id.value_or(0), out.columns[c].id.value_or(0)));
            row.append(std::move(cell));
        }
        out.cells.append(std::move(row));
    }
    return out;
}

Status refreshSummaries(Project &project, FrameworkResult &framework)
{
    auto summaries = loadSummaries(project, framework.rowKind);
    if (!summaries)
        return summaries.error();
    for (qsizetype r = 0; r < framework.rows.size(); ++r)
        for (qsizetype c = 0; c < framework.columns.size(); ++c)
            framework.cells[r][c].summary = summaries->value(
                summaryKey(framework.rows[r].id.value_or(0), framework.columns[c].id.value_or(0)));
    return {};
}

Result<FrameworkSummary> frameworkSummary(Project &project, FrameworkRows rows, Id rowId, Id codeId)
{
    sql::Statement &stmt = project.statement(
        "SELECT f.text, coalesce(c.name, ''), f.modified_at FROM framework_summary f "
        "LEFT JOIN coder c ON c.id = f.author_id WHERE f.row_kind = ? AND f.row_id = ? AND f.code_id = ?");
    stmt.bind(1, rowKindOf(rows));
    stmt.bind(2, rowId);
    stmt.bind(3, codeId);
    FrameworkSummary out;
    if (stmt.next())
        out = {stmt.text(0), stmt.text(1), stmt.text(2)};
    stmt.reset();
    return out;
}

Status setFrameworkSummary(Project &project, FrameworkRows rows, Id rowId, Id codeId, const QString &text)
{
    auto name = rowName(project, rows, rowId);
    if (!name)
        return name.error();
    auto code = project.code(codeId);
    if (!code)
        return makeError(ErrorKind::NotFound, QStringLiteral("no code with id %1; nothing was changed").arg(codeId));
    const QString trimmed = text.trimmed().isEmpty() ? QString() : text;
    auto current = frameworkSummary(project, rows, rowId, codeId);
    if (!current)
        return current.error();
    if (current->text == trimmed)
        return {};
    const QString label = QStringLiteral("%1 summary %2 × %3")
                              .arg(trimmed.isEmpty() ? QStringLiteral("Clear") : QStringLiteral("Edit"), *name, code->name);
    const QString kind = rowKindOf(rows);
    return project.transact(label, [&](ProjectWriter &w) -> Status {
        if (trimmed.isEmpty())
            return w.exec("DELETE FROM framework_summary WHERE row_kind = ? AND row_id = ? AND code_id = ?",
                          {kind, rowId, codeId});
        auto author = w.coderId(project.currentCoder());
        if (!author)
            return author.error();
        if (current->text.isEmpty())
            return w.exec("INSERT INTO framework_summary(row_kind, row_id, code_id, text, author_id, modified_at, guid) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)",
                          {kind, rowId, codeId, trimmed, *author, w.timestamp(), ProjectWriter::newGuid()});
        return w.exec("UPDATE framework_summary SET text = ?, author_id = ?, modified_at = ? "
                      "WHERE row_kind = ? AND row_id = ? AND code_id = ?",
                      {trimmed, *author, w.timestamp(), kind, rowId, codeId});
    });
}

Result<QList<SummaryRevision>> summaryHistory(Project &project, FrameworkRows rows, Id rowId, Id codeId)
{
    // The log keeps each change's row as JSON (storage/changelog.h); a
    // delete's "new" is NULL, which reads as a cleared summary.
    sql::Statement &stmt = project.statement(
        "SELECT o.label, o.coder, o.created_at, c.new FROM operation_change c "
        "JOIN operation o ON c.seq BETWEEN o.first_change AND o.last_change "
        "WHERE c.tbl = 'framework_summary' AND o.state = 0 "
        "AND json_extract(coalesce(c.new, c.old), '$.row_kind') = ?1 "
        "AND json_extract(coalesce(c.new, c.old), '$.row_id') = ?2 "
        "AND json_extract(coalesce(c.new, c.old), '$.code_id') = ?3 "
        "ORDER BY c.seq DESC");
    stmt.bind(1, rowKindOf(rows));
    stmt.bind(2, rowId);
    stmt.bind(3, codeId);
    QList<SummaryRevision> out;
    while (stmt.next()) {
        SummaryRevision r;
        r.label = stmt.text(0);
        r.author = stmt.text(1);
        r.at = stmt.text(2);
        if (!stmt.isNull(3))
            r.text = QJsonDocument::fromJson(stmt.text(3).toUtf8()).object().value(QStringLiteral("text")).toString();
        out.append(r);
    }
    stmt.reset();
    return out;
}

}  // namespace crosscut::analysis
