#include "analysis/coverage.h"

#include "analysis/quoteselection.h"
#include "analysis/snapshot.h"

#include <algorithm>

namespace crosscut::analysis {

Table CoverageResult::toTable() const
{
    Table t;
    t.title = QStringLiteral("Coverage (% of each document's characters)");
    t.rowHeader = QStringLiteral("Document");
    t.columnHeader = QStringLiteral("Codes");
    t.rows = documents;
    t.columns = codes;
    t.cells = percent;
    t.format = NumberFormat::Percent;
    t.note = QStringLiteral("share of the document's code points inside quotes carrying the code; overlaps count once");
    return t;
}

Result<CoverageResult> computeCoverage(Project &project, const CoverageRequest &request)
{
    auto snapshot = Snapshot::load(project);
    if (!snapshot)
        return snapshot.error();
    return computeCoverage(*snapshot, request);
}

Result<CoverageResult> computeCoverage(const Snapshot &s, const CoverageRequest &request)
{
    auto sel = QuoteSelection::resolve(s, request.filter);
    if (!sel)
        return sel.error();
    std::vector<int> codes;
    if (request.codes.isEmpty()) {
        for (size_t c = 0; c < s.codes().size(); ++c)
            if (s.codes()[c].parent < 0)
                codes.push_back(static_cast<int>(c));
    } else {
        for (const QString &path : request.codes) {
            auto c = s.resolveCode(path);
            if (!c)
                return c.error();
            codes.push_back(*c);
        }
    }
    const auto byCode = itemsByCode(s, codes);

    CoverageResult out;
    for (const int c : codes) {
        const auto &code = s.codes()[static_cast<size_t>(c)];
        out.codes.append(Label{code.path, code.id, code.color});
    }
    std::vector<int> row;  // document index → row, or -1
    for (size_t d = 0; d < s.documents().size(); ++d) {
        if (!sel->keepsDocument(static_cast<int>(d))) {
            row.push_back(-1);
            continue;
        }
        row.push_back(static_cast<int>(out.documents.size()));
        const auto &doc = s.documents()[d];
        out.documents.append(Label{doc.name, doc.id, QString()});
        out.documentLengths.append(doc.length);
        out.coveredPoints.append(QList<qint64>(static_cast<qsizetype>(codes.size()), 0));
    }

    // Quotes come sorted by (document, start): per code, a running union of
    // spans is a single "covered up to" mark per document.
    std::vector<qint64> coveredTo(codes.size(), 0);
    int currentDocument = -1;
    std::vector<int> items;
    for (const auto &q : s.quotes()) {
        if (q.document != currentDocument) {
            currentDocument = q.document;
            std::fill(coveredTo.begin(), coveredTo.end(), 0);
        }
        const int r = row[static_cast<size_t>(q.document)];
        if (r < 0 || !sel->keeps(q))
            continue;
        carriedItems(s, *sel, q, byCode, items);
        for (const int i : items) {
            auto &to = coveredTo[static_cast<size_t>(i)];
            const qint64 from = std::max(to, q.start);
            if (q.end > from)
                out.coveredPoints[r][i] += q.end - from;
            to = std::max(to, q.end);
        }
    }
    for (qsizetype r = 0; r < out.documents.size(); ++r) {
        QList<double> p;
        for (const qint64 n : std::as_const(out.coveredPoints[r]))
            p.append(out.documentLengths[r] > 0 ? 100.0 * static_cast<double>(n) / static_cast<double>(out.documentLengths[r]) : 0.0);
        out.percent.append(p);
    }
    return out;
}

}  // namespace crosscut::analysis
