#include "render/reportdata.h"

#include "analysis/groupcomparison.h"
#include "privacy/redaction.h"
#include "project/project.h"

#include <QHash>
#include <QMap>

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

// Quotes chosen to show the range of a cell: taken in turn from each document
// (in order of first appearance), so one talkative interview does not fill it.
QList<Id> representative(Project &project, const QList<Id> &ids, int count)
{
    QMap<Id, QList<Id>> byDocument;
    QList<Id> documentOrder;
    // Looking at the first few hundred is enough to find several documents
    // and keeps a cell of 100,000 quotes from costing 100,000 look-ups.
    for (const Id id : ids.mid(0, kRepresentativePool)) {
        const auto quote = project.quote(id);
        const Id doc = quote ? quote->documentId : 0;
        if (!byDocument.contains(doc))
            documentOrder.append(doc);
        byDocument[doc].append(id);
    }
    QList<Id> picked;
    for (int round = 0; picked.size() < count; ++round) {
        bool any = false;
        for (const Id doc : documentOrder) {
            const auto &list = byDocument[doc];
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

}  // namespace

Result<Table> groupAveragesTable(Project &project, const QString &groupAttribute, const MatrixResult &byCodes)
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
    data.date = options.date.isValid() ? options.date : QDate::currentDate();
    data.quotesPerCell = options.quotesPerCell;

    MatrixRequest request;
    request.rows = *rows;
    request.columns = *cols;
    request.normalization = Normalization::Row;
    auto matrix = computeMatrix(project, request);
    if (!matrix)
        return matrix.error();
    data.matrix = *matrix;
    if (redaction.enabled()) {
        redactLabels(data.matrix.rows, request.rows.kind, redaction);
        redactLabels(data.matrix.columns, request.columns.kind, redaction);
    }
    const MatrixResult &m = data.matrix;

    data.counts = m.toTable(false);
    data.counts.title = QStringLiteral("%1 × %2 (quotes)").arg(m.rowTitle, m.columnTitle);
    data.counts.rowHeader = m.rowTitle;
    data.counts.columnHeader = m.columnTitle;
    data.counts.format = NumberFormat::Count;
    data.counts.columns.append(Label{QStringLiteral("Total"), std::nullopt, QString()});
    for (int r = 0; r < data.counts.rowCount(); ++r)
        data.counts.cells[r].append(static_cast<double>(m.rowTotals.value(r)));
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
            auto averages = groupAveragesTable(project, group, byCodes);
            if (!averages && !options.groupAttribute.isEmpty())
                return averages.error();
            if (averages)
                data.groupAverages = *averages;
        }
    }

    // Representative quotes per cell, and every quote for the drill-down sheet.
    QList<Id> drillIds;
    for (int r = 0; r < m.rows.size(); ++r) {
        for (int c = 0; c < m.columns.size(); ++c) {
            const QList<Id> ids = m.quoteIds.value(r).value(c);
            if (ids.isEmpty())
                continue;
            const QString cellName = m.rows.at(r).text + QStringLiteral(" × ") + m.columns.at(c).text;
            for (const Id id : ids) {
                if (!options.drillDown || drillIds.size() >= kMaxDrillDownQuotes)
                    break;
                drillIds.append(id);
                data.allCellQuoteCells.append(cellName);
            }
            if (options.quotesPerCell == 0)
                continue;
            CellQuotes cell;
            cell.rowLabel = m.rows.at(r).text;
            cell.columnLabel = m.columns.at(c).text;
            cell.quoteCount = ids.size();
            auto excerpts = quoteExcerpts(project, representative(project, ids, options.quotesPerCell), 0);
            if (!excerpts)
                return excerpts.error();
            cell.quotes = *excerpts;
            redactExcerpts(project, cell.quotes, redaction);
            data.cells.append(cell);
        }
    }
    auto all = quoteExcerpts(project, drillIds, 0);
    if (!all)
        return all.error();
    data.allCellQuotes = *all;
    redactExcerpts(project, data.allCellQuotes, redaction);

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

    // Title page facts.
    auto &coderStmt = project.statement(
        "SELECT coder.name, COUNT(*) FROM coding JOIN coder ON coder.id = coding.coder_id GROUP BY coder.id ORDER BY coder.name");
    while (coderStmt.next())
        data.coders.append(QStringLiteral("%1 (%2)").arg(coderStmt.text(0), plural(static_cast<int>(coderStmt.int64(1)),
                                                                                      QStringLiteral("coding"), QStringLiteral("codings"))));
    const auto documents = project.documents();
    data.documents = static_cast<int>(documents.size());
    QMap<QString, int> kinds;
    for (const auto &doc : documents)
        ++kinds[doc.kind];
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
        QString kind = it.key();
        kind.replace(QLatin1Char('-'), QLatin1Char(' '));
        data.documentCounts.append(plural(it.value(), kind, kind + QStringLiteral("s")));
    }
    data.quotes = static_cast<int>(project.quotes().size());
    data.codings = project.codingCount();
    data.cases = static_cast<int>(project.cases().size());

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
    return data;
}

}  // namespace crosscut::render
