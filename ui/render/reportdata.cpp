#include "render/reportdata.h"

#include "analysis/groupcomparison.h"
#include "privacy/redaction.h"
#include "project/project.h"
#include "render/reportmethods.h"
#include "render/reportsummary.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <functional>

namespace crosscut::render {

namespace {

using namespace analysis;

// Above this many quotes behind the matrix the XLSX drill-down sheet is cut
// short: a spreadsheet of more is unreadable and slow to write.
constexpr int kMaxDrillDownQuotes = 20000;
constexpr qsizetype kRepresentativePool = 500;

QList<Code> dimensionsInOrder(Project &project)
{
    QList<Code> dims;
    for (const auto &code : project.codes())
        if (!code.parentId && code.isDimension)
            dims.append(code);
    std::stable_sort(dims.begin(), dims.end(), [](const Code &a, const Code &b) { return a.sortOrder < b.sortOrder; });
    return dims;
}

Result<QPair<QString, QString>> defaultAxes(Project &project, const ReportOptions &options)
{
    const QList<Code> dims = dimensionsInOrder(project);
    auto isDimension = [&dims](const QString &name) {
        return std::any_of(dims.begin(), dims.end(), [&name](const Code &c) { return c.name == name; });
    };
    QStringList picks;
    for (const QString &preferred : {QStringLiteral("Leadership"), QStringLiteral("Population served")})
        if (isDimension(preferred))
            picks.append(preferred);
    for (const auto &d : dims)
        if (picks.size() < 2 && !picks.contains(d.name))
            picks.append(d.name);
    QString rows = options.rows;
    QString cols = options.columns;
    auto spec = [](const QString &name) -> QString { return QStringLiteral("dimension:") + QString(name).replace(QLatin1Char('/'), QStringLiteral("\\/")); };
    if (rows.isEmpty() && !picks.isEmpty())
        rows = spec(picks.takeFirst());
    if (cols.isEmpty()) {
        picks.removeAll(rows.mid(10));
        if (!picks.isEmpty())
            cols = spec(picks.first());
        else
            cols = QStringLiteral("documents");
    }
    if (rows.isEmpty())
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("the project has no dimensions to report on: give --rows SPEC and --cols SPEC"));
    return qMakePair(rows, cols);
}

// The speaker of the turn holding a position, per document read once.
class Speakers {
public:
    explicit Speakers(Project &project) : m_project(project) {}
    QString at(Id document, qint64 position)
    {
        auto it = m_turns.find(document);
        if (it == m_turns.end())
            it = m_turns.insert(document, m_project.speakerTurns(document));
        // Turns are in text order: the last one starting at or before the position.
        const auto after = std::upper_bound(it->cbegin(), it->cend(), position,
                                            [](qint64 p, const SpeakerTurn &t) { return p < t.start; });
        if (after == it->cbegin())
            return {};
        const SpeakerTurn &turn = *std::prev(after);
        return position < turn.end ? turn.speaker : QString();
    }

private:
    Project &m_project;
    QHash<Id, QList<SpeakerTurn>> m_turns;
};

// Quotes chosen to show the range of a cell: taken in turn from each
// (document, speaker) pair, in order of first appearance, so neither one
// talkative interview nor one talkative speaker of a focus group fills it.
// A quote is taken once, whatever the number of its codings.
QList<Id> representative(Project &project, Speakers &speakers, const QList<Id> &ids, int count)
{
    using Source = QPair<Id, QString>;
    QHash<Source, QList<Id>> bySource;
    QList<Source> sourceOrder;
    QSet<Id> seen;
    // Looking at the first few hundred is enough to find several sources
    // and keeps a cell of 100,000 quotes from costing 100,000 look-ups.
    for (const Id id : ids.mid(0, kRepresentativePool)) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const auto quote = project.quote(id);
        const Source source = quote ? Source{quote->documentId, speakers.at(quote->documentId, quote->start)} : Source{0, QString()};
        if (!bySource.contains(source))
            sourceOrder.append(source);
        bySource[source].append(id);
    }
    QList<Id> picked;
    for (int round = 0; picked.size() < count; ++round) {
        bool any = false;
        for (const Source &source : std::as_const(sourceOrder)) {
            const auto &list = bySource[source];
            if (round < list.size() && picked.size() < count) {
                picked.append(list.at(round));
                any = true;
            }
        }
        if (!any)
            break;
    }
    return picked;
}

// An identifying attribute cannot be a redacted report's axis or group: its
// values would be the labels.
Status refuseIdentifying(const privacy::Redaction &redaction, const QString &attribute, std::optional<AttributeScope> scope,
                         const char *where)
{
    const bool identifying = scope ? redaction.isIdentifying(*scope, attribute) : redaction.isIdentifyingName(attribute);
    if (identifying)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1: attribute \"%2\" is marked identifying; a redacted report "
                                                            "cannot show its values")
                                                 .arg(QString::fromLatin1(where), attribute));
    return {};
}

void redactLabels(QList<Label> &labels, AxisSpec::Kind kind, const privacy::Redaction &redaction)
{
    for (Label &label : labels) {
        if (kind == AxisSpec::Kind::Cases && label.id)
            label.text = redaction.caseLabel(*label.id);
        else if (kind == AxisSpec::Kind::Documents)
            label.text = redaction.redactText(label.text);
    }
}

// Quote texts are cut from the redacted document, so a quote that cuts a
// name shows its whole label rather than a piece of the name.
void redactExcerpts(Project &project, QList<QuoteExcerpt> &quotes, const privacy::Redaction &redaction)
{
    if (!redaction.enabled())
        return;
    QHash<Id, privacy::RedactedText> documents;
    for (QuoteExcerpt &q : quotes) {
        if (!documents.contains(q.documentId))
            documents.insert(q.documentId, redaction.redact(project.documentText(q.documentId)));
        q.documentName = redaction.redactText(q.documentName);
        q.speaker = redaction.speakerLabel(q.speaker);
        q.text = documents[q.documentId].slice(q.start, q.end);
        q.before = redaction.redactText(q.before);
        q.after = redaction.redactText(q.after);
    }
}

QString plural(int n, const QString &one, const QString &many) { return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many); }

// A further matrix of the options, checked: its axes parsed, its unit and
// normalisation known. `n` is its place among --matrix flags (1-based).
Result<MatrixRequest> matrixRequest(const ReportMatrixSpec &spec, int n, const privacy::Redaction &redaction)
{
    const QString where = QStringLiteral("--matrix %1").arg(n);
    auto fail = [&where](const QString &message) { return makeError(ErrorKind::Invalid, where + QStringLiteral(": ") + message); };
    if (spec.rows.trimmed().isEmpty() || spec.columns.trimmed().isEmpty())
        return fail(QStringLiteral("needs rows and columns (\"ROWS | COLS [| UNIT [| NORM]]\")"));
    MatrixRequest request;
    auto rows = AxisSpec::parse(spec.rows.trimmed());
    if (!rows)
        return fail(QStringLiteral("rows: ") + rows.message());
    auto cols = AxisSpec::parse(spec.columns.trimmed());
    if (!cols)
        return fail(QStringLiteral("columns: ") + cols.message());
    const auto unit = unitFromString(spec.unit.trimmed().isEmpty() ? QStringLiteral("quotes") : spec.unit.trimmed());
    if (!unit)
        return fail(QStringLiteral("unknown unit \"%1\": quotes, documents or cases").arg(spec.unit.trimmed()));
    const auto norm = normalizationFromString(spec.normalisation.trimmed().isEmpty() ? QStringLiteral("row") : spec.normalisation.trimmed());
    if (!norm)
        return fail(QStringLiteral("unknown normalisation \"%1\": none, row, col or total").arg(spec.normalisation.trimmed()));
    if (redaction.enabled()) {
        for (const AxisSpec *axis : {&*rows, &*cols})
            if (axis->kind == AxisSpec::Kind::Attribute)
                if (Status s = refuseIdentifying(redaction, axis->attribute, axis->scope, "--matrix"); !s)
                    return s.error();
    }
    request.rows = *rows;
    request.columns = *cols;
    request.unit = *unit;
    request.normalization = *norm;
    return request;
}

// The counts with a Total column, titled by the unit.
Table countsTable(const MatrixResult &m)
{
    Table t = m.toTable(false);
    t.title = QStringLiteral("%1 × %2 (%3)").arg(m.rowTitle, m.columnTitle, toString(m.unit));
    t.rowHeader = m.rowTitle;
    t.columnHeader = m.columnTitle;
    t.format = NumberFormat::Count;
    t.columns.append(Label{QStringLiteral("Total"), std::nullopt, QString()});
    for (int r = 0; r < t.rowCount(); ++r)
        t.cells[r].append(static_cast<double>(m.rowTotals.value(r)));
    return t;
}

// The normalised values (the counts again when the matrix is not normalised).
Table sharesTable(const MatrixResult &m)
{
    Table t = m.toTable(true);
    t.rowHeader = m.rowTitle;
    t.columnHeader = m.columnTitle;
    if (m.normalization == Normalization::None) {
        t.title = QStringLiteral("%1 × %2 (%3)").arg(m.rowTitle, m.columnTitle, toString(m.unit));
        t.format = NumberFormat::Count;
    } else {
        const QString which = m.normalization == Normalization::Row      ? QStringLiteral("row %")
                              : m.normalization == Normalization::Column ? QStringLiteral("column %")
                                                                         : QStringLiteral("total %");
        t.title = QStringLiteral("%1 × %2 (%3)").arg(m.rowTitle, m.columnTitle, which);
        t.format = NumberFormat::Percent;
    }
    return t;
}

// The representative quotes of every non-empty cell.
Result<QList<CellQuotes>> cellQuotes(Project &project, const MatrixResult &m, int perCell, Speakers &speakers,
                                     const privacy::Redaction &redaction)
{
    QList<CellQuotes> out;
    if (perCell == 0)
        return out;
    for (int r = 0; r < m.rows.size(); ++r) {
        for (int c = 0; c < m.columns.size(); ++c) {
            const QList<Id> ids = m.quoteIds.value(r).value(c);
            if (ids.isEmpty())
                continue;
            CellQuotes cell;
            cell.rowLabel = m.rows.at(r).text;
            cell.columnLabel = m.columns.at(c).text;
            cell.quoteCount = ids.size();
            auto excerpts = quoteExcerpts(project, representative(project, speakers, ids, perCell), 0);
            if (!excerpts)
                return excerpts.error();
            cell.quotes = *excerpts;
            redactExcerpts(project, cell.quotes, redaction);
            out.append(cell);
        }
    }
    return out;
}

}  // namespace

Result<Table> groupAveragesTable(Project &project, const QString &groupAttribute, const MatrixResult &byCodes,
                                 const QList<Id> &excludedCases, QList<int> *groupCases)
{
    Table table;
    table.rowHeader = groupAttribute;
    table.columnHeader = byCodes.columnTitle;
    table.format = NumberFormat::Decimal;
    table.title = QStringLiteral("Average quotes per case by %1").arg(groupAttribute);
    table.note = QStringLiteral("mean over the cases of each group of the quotes carrying each code; n = cases in the group");
    QList<GroupComparisonResult> results;
    for (const auto &column : byCodes.columns) {
        if (!column.id)
            return makeError(ErrorKind::Invalid, QStringLiteral("per-group averages need codes as columns"));
        GroupComparisonRequest request;
        request.groupAttribute = groupAttribute;
        request.measure = GroupMeasure::QuotesWithCode;
        request.code = QStringLiteral("#%1").arg(*column.id);
        request.excludedCases = excludedCases;
        auto result = compareGroups(project, request);
        if (!result)
            return result.error();
        results.append(*result);
        table.columns.append(column);
    }
    if (results.isEmpty())
        return table;
    for (const auto &group : results.first().groups) {
        const QString name = group.group.isEmpty() ? QStringLiteral("(no value)") : group.group;
        table.rows.append(Label{QStringLiteral("%1 (n=%2)").arg(name).arg(group.cases), std::nullopt, QString()});
        if (groupCases)
            groupCases->append(group.cases);
        QList<double> row;
        for (const auto &result : results) {
            double mean = 0;
            for (const auto &g : result.groups)
                if (g.group == group.group)
                    mean = g.mean;
            row.append(mean);
        }
        table.cells.append(row);
    }
    return table;
}

Result<ReportData> collectReport(Project &project, const ReportOptions &options)
{
    auto axes = defaultAxes(project, options);
    if (!axes)
        return axes.error();
    auto rows = AxisSpec::parse(axes->first);
    if (!rows)
        return makeError(ErrorKind::Invalid, QStringLiteral("--rows: ") + rows.message());
    auto cols = AxisSpec::parse(axes->second);
    if (!cols)
        return makeError(ErrorKind::Invalid, QStringLiteral("--cols: ") + cols.message());
    if (options.quotesPerCell < 0)
        return makeError(ErrorKind::Invalid, QStringLiteral("--quotes-per-cell must be 0 or more"));

    const privacy::Redaction redaction = options.redact ? privacy::Redaction::fromProject(project) : privacy::Redaction();
    QList<MatrixRequest> moreRequests;
    for (int i = 0; i < options.moreMatrices.size(); ++i) {
        auto more = matrixRequest(options.moreMatrices.at(i), i + 1, redaction);
        if (!more)
            return more.error();
        moreRequests.append(*more);
    }
    if (redaction.enabled()) {
        for (const auto &[axis, where] : {std::pair{&*rows, "--rows"}, std::pair{&*cols, "--cols"}})
            if (axis->kind == AxisSpec::Kind::Attribute)
                if (Status s = refuseIdentifying(redaction, axis->attribute, axis->scope, where); !s)
                    return s.error();
        if (!options.groupAttribute.isEmpty())
            if (Status s = refuseIdentifying(redaction, options.groupAttribute, AttributeScope::Case, "--group"); !s)
                return s.error();
    }

    ReportData data;
    data.redacted = redaction.enabled();
    data.projectName = redaction.enabled() ? redaction.redactText(project.name()) : project.name();
    data.title = options.title.isEmpty() ? QStringLiteral("Evaluation report: %1").arg(data.projectName)
                                         : redaction.redactText(options.title);
    data.subtitle = redaction.redactText(options.subtitle);
    data.organisation = redaction.redactText(options.organisation);
    data.author = redaction.redactText(options.author);
    data.leftOut = options.leftOut;
    data.date = options.date.isValid() ? options.date : QDate::currentDate();
    data.quotesPerCell = options.quotesPerCell;

    // Interviewers and facilitators are no cases of the evaluation.
    const CasesLeftOut leftOut = casesLeftOutByRole(project, options.roleAttribute, options.excludedRoles);
    Speakers speakers(project);

    MatrixRequest request;
    request.rows = *rows;
    request.columns = *cols;
    request.normalization = Normalization::Row;
    request.excludedCases = leftOut.ids;
    auto matrix = computeMatrix(project, request);
    if (!matrix)
        return matrix.error();
    data.matrix = *matrix;
    if (redaction.enabled()) {
        redactLabels(data.matrix.rows, request.rows.kind, redaction);
        redactLabels(data.matrix.columns, request.columns.kind, redaction);
    }
    const MatrixResult &m = data.matrix;

    data.counts = countsTable(m);
    data.rowPercent = m.toTable(true);
    data.rowPercent.title = QStringLiteral("%1 × %2 (row %)").arg(m.rowTitle, m.columnTitle);
    data.rowPercent.rowHeader = m.rowTitle;
    data.rowPercent.columnHeader = m.columnTitle;
    data.rowPercent.format = NumberFormat::Percent;
    data.rowPercent.note = QStringLiteral("row % = cell / row total");

    // Per-group averages: by the chosen case attribute, else the first one.
    QString group = options.groupAttribute;
    const auto caseAttributes = project.attributes(AttributeScope::Case);
    for (const Attribute &a : caseAttributes) {
        if (!group.isEmpty())
            break;
        if (!redaction.isIdentifying(a))
            group = a.name;
    }
    if (!group.isEmpty()) {
        const bool rowsAreCodes = !m.rows.isEmpty()
                                  && std::all_of(m.rows.begin(), m.rows.end(), [](const Label &l) { return l.id.has_value(); })
                                  && (request.rows.kind == AxisSpec::Kind::Dimension || request.rows.kind == AxisSpec::Kind::Codes);
        MatrixResult byCodes = m;
        if (rowsAreCodes) {
            byCodes.columns = m.rows;
            byCodes.columnTitle = m.rowTitle;
        }
        const bool colsAreCodes = request.columns.kind == AxisSpec::Kind::Dimension || request.columns.kind == AxisSpec::Kind::Codes;
        if (rowsAreCodes || colsAreCodes) {
            QList<int> groupCases;
            auto averages = groupAveragesTable(project, group, byCodes, leftOut.ids, &groupCases);
            if (!averages && !options.groupAttribute.isEmpty())
                return averages.error();
            if (averages) {
                data.groupAverages = *averages;
                data.groupAverageCases = groupCases;
            }
        }
    }

    // Representative quotes per cell, and every quote for the drill-down sheet.
    auto cells = cellQuotes(project, m, options.quotesPerCell, speakers, redaction);
    if (!cells)
        return cells.error();
    data.cells = *cells;
    QList<Id> drillIds;
    for (int r = 0; r < m.rows.size() && options.drillDown; ++r) {
        for (int c = 0; c < m.columns.size(); ++c) {
            const QString cellName = m.rows.at(r).text + QStringLiteral(" × ") + m.columns.at(c).text;
            for (const Id id : m.quoteIds.value(r).value(c)) {
                if (drillIds.size() >= kMaxDrillDownQuotes)
                    break;
                drillIds.append(id);
                data.allCellQuoteCells.append(cellName);
            }
        }
    }
    auto all = quoteExcerpts(project, drillIds, 0);
    if (!all)
        return all.error();
    data.allCellQuotes = *all;
    redactExcerpts(project, data.allCellQuotes, redaction);

    // The further matrices, each with its shares and quotes.
    for (MatrixRequest &more : moreRequests) {
        more.excludedCases = leftOut.ids;
        auto moreMatrix = computeMatrix(project, more);
        if (!moreMatrix)
            return makeError(moreMatrix.error().kind,
                             QStringLiteral("--matrix %1: ").arg(data.moreMatrices.size() + 1) + moreMatrix.message());
        ReportMatrixData extra;
        extra.matrix = *moreMatrix;
        if (redaction.enabled()) {
            redactLabels(extra.matrix.rows, more.rows.kind, redaction);
            redactLabels(extra.matrix.columns, more.columns.kind, redaction);
        }
        extra.counts = countsTable(extra.matrix);
        extra.shares = sharesTable(extra.matrix);
        auto extraCells = cellQuotes(project, extra.matrix, options.quotesPerCell, speakers, redaction);
        if (!extraCells)
            return extraCells.error();
        extra.cells = *extraCells;
        data.moreMatrices.append(extra);
    }

    // Framework matrix: the cases across code columns, with the summaries.
    {
        QString spec = options.frameworkColumns.trimmed();
        if (spec.isEmpty() && (cols->kind == AxisSpec::Kind::Dimension || cols->kind == AxisSpec::Kind::Codes))
            spec = cols->toString();
        if (!spec.isEmpty() && spec != QLatin1String("none")) {
            auto frameworkCols = AxisSpec::parse(spec);
            if (!frameworkCols)
                return makeError(ErrorKind::Invalid, QStringLiteral("--framework: ") + frameworkCols.message());
            FrameworkRequest frameworkRequest;
            frameworkRequest.rows = FrameworkRows::Cases;
            frameworkRequest.columns = *frameworkCols;
            auto framework = computeFramework(project, frameworkRequest);
            if (!framework)
                return makeError(framework.error().kind, QStringLiteral("--framework: ") + framework.message());
            // Cases left out by role (interviewers, facilitators) are no rows.
            for (qsizetype r = framework->rows.size() - 1; r >= 0; --r)
                if (framework->rows[r].id && leftOut.ids.contains(*framework->rows[r].id)) {
                    framework->rows.removeAt(r);
                    framework->cells.removeAt(r);
                }
            if (redaction.enabled()) {
                redactLabels(framework->rows, AxisSpec::Kind::Cases, redaction);
                for (auto &row : framework->cells)
                    for (FrameworkCell &cell : row) {
                        cell.summary.text = redaction.redactText(cell.summary.text);
                        cell.summary.author.clear();
                    }
            }
            data.framework = std::move(framework).value();
        }
    }

    ProfilesRequest profilesRequest;
    profilesRequest.groupAttribute = group;
    profilesRequest.excludedCases = leftOut.ids;
    auto profiles = computeProfiles(project, profilesRequest);
    if (!profiles) {
        profilesRequest.groupAttribute.clear();
        profiles = computeProfiles(project, profilesRequest);
    }
    if (!profiles)
        return profiles.error();
    data.profiles = *profiles;
    if (redaction.enabled()) {
        // By label, so the order does not give the names away.
        for (auto &c : data.profiles.cases)
            c.caseLabel.text = c.caseLabel.id ? redaction.caseLabel(*c.caseLabel.id) : redaction.speakerLabel(c.caseLabel.text);
        for (auto &shift : data.profiles.hatShifts)
            shift.caseLabel.text = shift.caseLabel.id ? redaction.caseLabel(*shift.caseLabel.id)
                                                      : redaction.speakerLabel(shift.caseLabel.text);
        std::stable_sort(data.profiles.cases.begin(), data.profiles.cases.end(),
                         [](const CaseProfile &a, const CaseProfile &b) { return a.caseLabel.text < b.caseLabel.text; });
    }

    // Title page facts and the methods page.
    data.methods = collectMethods(project, leftOut);
    for (const auto &[coder, n] : std::as_const(data.methods.coderCodings))
        data.coders.append(QStringLiteral("%1 (%2)").arg(coder, plural(n, QStringLiteral("coding"), QStringLiteral("codings"))));
    const auto documents = project.documents();
    data.documents = static_cast<int>(documents.size());
    data.documentCounts = data.methods.documentsByKind;
    data.quotes = static_cast<int>(project.quotes().size());
    data.codings = project.codingCount();
    data.cases = static_cast<int>(project.cases().size() - leftOut.ids.size());

    // Codebook in tree order.
    const auto codes = project.codes();
    QHash<Id, int> counts;
    auto &countStmt = project.statement("SELECT code_id, COUNT(*) FROM coding GROUP BY code_id");
    while (countStmt.next())
        counts.insert(countStmt.int64(0), static_cast<int>(countStmt.int64(1)));
    QMultiHash<Id, Code> children;
    QList<Code> roots;
    for (const auto &code : codes) {
        if (code.parentId)
            children.insert(*code.parentId, code);
        else
            roots.append(code);
    }
    auto bySort = [](QList<Code> list) {
        std::stable_sort(list.begin(), list.end(), [](const Code &a, const Code &b) { return a.sortOrder < b.sortOrder; });
        return list;
    };
    std::function<void(const Code &, int, const QString &)> visit = [&](const Code &code, int depth, const QString &parentPath) {
        CodebookEntry entry;
        entry.depth = depth;
        entry.name = code.name;
        QString escaped = code.name;
        escaped.replace(QLatin1Char('/'), QStringLiteral("\\/"));
        entry.path = parentPath.isEmpty() ? escaped : parentPath + QLatin1Char('/') + escaped;
        entry.color = code.color;
        entry.description = redaction.redactText(code.description);
        entry.dimension = code.isDimension;
        entry.codings = counts.value(code.id);
        data.codebook.append(entry);
        for (const auto &child : bySort(children.values(code.id)))
            visit(child, depth + 1, entry.path);
    };
    for (const auto &root : bySort(roots))
        visit(root, 0, QString());

    auto agreement = team::summariseAgreement(project);
    if (!agreement)
        return agreement.error();
    data.agreement = *agreement;
    // A reason may name the document where it arose (cu-alpha's overlapping
    // values): a redacted report names none.
    if (redaction.enabled()) {
        const QList<Document> documents = project.documents();
        for (team::DimensionAgreement &d : data.agreement.dimensions)
            for (const Document &doc : documents)
                d.reason.replace(QStringLiteral("in document \"%1\"").arg(doc.name), QStringLiteral("in a document"));
    }

    // Collaboration network (issue #17).
    auto network = collectNetworkReport(project, options.networkGroup, group, redaction);
    if (!network)
        return network.error();
    data.network = *network;

    data.summary = reportSummary(data, request.rows.kind);
    return data;
}

}  // namespace crosscut::render
