#include "analysis/cooccurrence.h"

#include "analysis/quoteselection.h"
#include "analysis/snapshot.h"

#include <algorithm>
#include <bit>
#include <cstdint>

namespace crosscut::analysis {

namespace {

Result<std::vector<int>> resolveCodes(const Snapshot &s, const QStringList &paths)
{
    std::vector<int> codes;
    if (paths.isEmpty()) {
        for (size_t c = 0; c < s.codes().size(); ++c)
            if (!s.codes()[c].isDimension)
                codes.push_back(static_cast<int>(c));
        return codes;
    }
    for (const QString &path : paths) {
        auto c = s.resolveCode(path);
        if (!c)
            return c.error();
        codes.push_back(*c);
    }
    return codes;
}

QList<Label> codeLabels(const Snapshot &s, const std::vector<int> &codes)
{
    QList<Label> out;
    for (const int c : codes) {
        const auto &code = s.codes()[static_cast<size_t>(c)];
        out.append(Label{code.path, code.id, code.color});
    }
    return out;
}

Table symmetricTable(const CooccurrenceResult &r, const QString &title, NumberFormat format)
{
    Table t;
    t.title = title;
    t.rowHeader = QStringLiteral("Code");
    t.columnHeader = QStringLiteral("Code");
    t.rows = r.codes;
    t.columns = r.codes;
    t.format = format;
    return t;
}

}  // namespace

Table CooccurrenceResult::countTable() const
{
    Table t = symmetricTable(*this, QStringLiteral("Code co-occurrence (overlapping quotes)"), NumberFormat::Count);
    for (const auto &row : counts) {
        QList<double> values;
        for (const qint64 n : row)
            values.append(static_cast<double>(n));
        t.cells.append(values);
    }
    t.note = QStringLiteral("pairs of overlapping quotes (the same quote included); diagonal: quotes carrying the code");
    return t;
}

Table CooccurrenceResult::coefficientTable() const
{
    Table t = symmetricTable(*this, QStringLiteral("Code co-occurrence coefficient"), NumberFormat::Coefficient);
    t.cells = coefficients;
    t.note = QStringLiteral("c = n12 / (n1 + n2 - n12)");
    return t;
}

Table CooccurrenceResult::jaccardTable() const
{
    Table t = symmetricTable(*this, QStringLiteral("Code co-occurrence (Jaccard)"), NumberFormat::Coefficient);
    t.cells = jaccard;
    t.note = QStringLiteral("J = quotes coded with both / quotes carrying either");
    return t;
}

Result<CooccurrenceResult> computeCooccurrence(Project &project, const CooccurrenceRequest &request)
{
    auto snapshot = Snapshot::load(project);
    if (!snapshot)
        return snapshot.error();
    return computeCooccurrence(*snapshot, request);
}

Result<CooccurrenceResult> computeCooccurrence(const Snapshot &s, const CooccurrenceRequest &request)
{
    auto sel = QuoteSelection::resolve(s, request.filter);
    if (!sel)
        return sel.error();
    auto codes = resolveCodes(s, request.codes);
    if (!codes)
        return codes.error();
    const auto byCode = itemsByCode(s, *codes);
    const size_t n = codes->size();

    // The kept quotes that carry at least one of the codes, with their items
    // in one flat array (items[first, first + count)).
    struct Carrier {
        int document;
        qint64 start, end;
        std::uint32_t first, count;
    };
    std::vector<Carrier> carriers;
    std::vector<int> flatItems;
    std::vector<int> items;
    std::vector<qint64> quoteCounts(n, 0);
    std::vector<qint64> pairs(n * n, 0);
    std::vector<qint64> sameQuote(n * n, 0);  // quotes carrying both a and b
    for (const auto &q : s.quotes()) {
        if (!sel->keeps(q))
            continue;
        carriedItems(s, *sel, q, byCode, items);
        if (items.empty())
            continue;
        for (size_t a = 0; a < items.size(); ++a) {
            ++quoteCounts[static_cast<size_t>(items[a])];
            for (size_t b = a + 1; b < items.size(); ++b) {
                ++pairs[static_cast<size_t>(items[a]) * n + static_cast<size_t>(items[b])];
                ++sameQuote[static_cast<size_t>(items[a]) * n + static_cast<size_t>(items[b])];
            }
        }
        carriers.push_back(Carrier{q.document, q.start, q.end, static_cast<std::uint32_t>(flatItems.size()),
                                   static_cast<std::uint32_t>(items.size())});
        flatItems.insert(flatItems.end(), items.begin(), items.end());
    }
    // Distinct overlapping quotes: carriers are sorted by (document, start),
    // so each quote only needs the ones that start before it ends. An
    // unordered pair of quotes adds one to each unordered pair of distinct
    // codes {a, b} with a on one quote and b on the other; `stamp` makes
    // sure a code pair counts once per quote pair without sorting.
    std::vector<std::uint64_t> stamp(n * n, 0);
    std::uint64_t pairId = 0;
    // Per carrier, a bit per code carried by it or by a quote overlapping it.
    const size_t words = (n + 63) / 64;
    std::vector<std::uint64_t> near(carriers.size() * words, 0);
    auto mark = [&](size_t carrier, const Carrier &from) {
        std::uint64_t *bits = near.data() + carrier * words;
        for (std::uint32_t x = 0; x < from.count; ++x) {
            const auto item = static_cast<size_t>(flatItems[from.first + x]);
            bits[item / 64] |= std::uint64_t(1) << (item % 64);
        }
    };
    for (size_t i = 0; i < carriers.size(); ++i) {
        const Carrier &p = carriers[i];
        const int *pItems = flatItems.data() + p.first;
        mark(i, p);
        for (size_t j = i + 1; j < carriers.size(); ++j) {
            const Carrier &q = carriers[j];
            if (q.document != p.document || q.start >= p.end)
                break;
            ++pairId;
            mark(i, q);
            mark(j, p);
            const int *qItems = flatItems.data() + q.first;
            for (std::uint32_t x = 0; x < p.count; ++x) {
                for (std::uint32_t y = 0; y < q.count; ++y) {
                    const int a = pItems[x];
                    const int b = qItems[y];
                    if (a == b)
                        continue;
                    const size_t cell = static_cast<size_t>(std::min(a, b)) * n + static_cast<size_t>(std::max(a, b));
                    if (stamp[cell] != pairId) {
                        stamp[cell] = pairId;
                        ++pairs[cell];
                    }
                }
            }
        }
    }

    // |X(a,b)|: a carrier counts once for {a, b} when it carries one of them
    // and it or an overlapping quote carries the other.
    std::vector<qint64> withBoth(n * n, 0);
    for (size_t i = 0; i < carriers.size(); ++i) {
        ++pairId;
        const Carrier &p = carriers[i];
        const std::uint64_t *bits = near.data() + i * words;
        for (std::uint32_t x = 0; x < p.count; ++x) {
            const auto a = static_cast<size_t>(flatItems[p.first + x]);
            for (size_t w = 0; w < words; ++w) {
                for (std::uint64_t word = bits[w]; word != 0; word &= word - 1) {
                    const size_t b = w * 64 + static_cast<size_t>(std::countr_zero(word));
                    if (b == a)
                        continue;
                    const size_t cell = std::min(a, b) * n + std::max(a, b);
                    if (stamp[cell] != pairId) {
                        stamp[cell] = pairId;
                        ++withBoth[cell];
                    }
                }
            }
        }
    }

    CooccurrenceResult out;
    out.codes = codeLabels(s, *codes);
    for (size_t a = 0; a < n; ++a) {
        out.quoteCounts.append(quoteCounts[a]);
        QList<qint64> row;
        QList<double> coefficients;
        for (size_t b = 0; b < n; ++b) {
            const qint64 n12 = a == b ? quoteCounts[a] : pairs[std::min(a, b) * n + std::max(a, b)];
            row.append(n12);
            const qint64 denominator = quoteCounts[a] + quoteCounts[b] - n12;
            coefficients.append(denominator > 0 ? static_cast<double>(n12) / static_cast<double>(denominator) : 0.0);
        }
        out.counts.append(row);
        out.coefficients.append(coefficients);
        QList<qint64> both;
        QList<double> jaccard;
        for (size_t b = 0; b < n; ++b) {
            const size_t cell = std::min(a, b) * n + std::max(a, b);
            const qint64 x = a == b ? quoteCounts[a] : withBoth[cell];
            const qint64 either = a == b ? quoteCounts[a] : quoteCounts[a] + quoteCounts[b] - sameQuote[cell];
            both.append(x);
            jaccard.append(either > 0 ? static_cast<double>(x) / static_cast<double>(either) : 0.0);
        }
        out.withBoth.append(both);
        out.jaccard.append(jaccard);
    }
    return out;
}

Result<QList<Id>> quotesCodedWithBoth(Project &project, const QString &codeA, const QString &codeB, const Filter &filter)
{
    auto snapshot = Snapshot::load(project);
    if (!snapshot)
        return snapshot.error();
    return quotesCodedWithBoth(*snapshot, codeA, codeB, filter);
}

Result<QList<Id>> quotesCodedWithBoth(const Snapshot &s, const QString &codeA, const QString &codeB, const Filter &filter)
{
    auto sel = QuoteSelection::resolve(s, filter);
    if (!sel)
        return sel.error();
    auto codes = resolveCodes(s, {codeA, codeB});
    if (!codes)
        return codes.error();
    const auto byCode = itemsByCode(s, *codes);
    // The kept quotes carrying A (bit 1) or B (bit 2), in (document, start) order.
    struct Carrier {
        int document;
        qint64 start, end;
        Id id;
        int carries;
    };
    std::vector<Carrier> carriers;
    std::vector<int> items;
    for (const auto &q : s.quotes()) {
        if (!sel->keeps(q))
            continue;
        carriedItems(s, *sel, q, byCode, items);
        int carries = 0;
        for (const int i : items)
            carries |= 1 << i;
        if (carries != 0)
            carriers.push_back(Carrier{q.document, q.start, q.end, q.id, carries});
    }
    const bool same = (*codes)[0] == (*codes)[1];
    std::vector<char> taken(carriers.size(), 0);
    for (size_t i = 0; i < carriers.size(); ++i) {
        const Carrier &p = carriers[i];
        if (same) {
            taken[i] = 1;
            continue;
        }
        if (p.carries == 3)
            taken[i] = 1;
        for (size_t j = i + 1; j < carriers.size(); ++j) {
            const Carrier &q = carriers[j];
            if (q.document != p.document || q.start >= p.end)
                break;
            // One carries A and the other B.
            if ((p.carries | q.carries) == 3) {
                taken[i] = 1;
                taken[j] = 1;
            }
        }
    }
    QList<Id> out;
    for (size_t i = 0; i < carriers.size(); ++i)
        if (taken[i])
            out.append(carriers[i].id);
    std::sort(out.begin(), out.end());
    return out;
}

namespace {

// Codes × documents or × cases.
Result<Table> codeByTable(const Snapshot &s, const CooccurrenceRequest &request, bool presence, bool byCase)
{
    auto sel = QuoteSelection::resolve(s, request.filter);
    if (!sel)
        return sel.error();
    auto codes = resolveCodes(s, request.codes);
    if (!codes)
        return codes.error();
    const auto byCode = itemsByCode(s, *codes);
    Table t;
    t.rowHeader = QStringLiteral("Code");
    t.columnHeader = byCase ? QStringLiteral("Cases") : QStringLiteral("Documents");
    t.title = QStringLiteral("Codes × %1 (%2)").arg(t.columnHeader, presence ? QStringLiteral("presence") : QStringLiteral("quotes"));
    t.rows = codeLabels(s, *codes);
    std::vector<int> column;
    if (byCase) {
        for (const auto &c : s.cases()) {
            column.push_back(static_cast<int>(t.columns.size()));
            t.columns.append(Label{c.name, c.id, QString()});
        }
    } else {
        for (size_t d = 0; d < s.documents().size(); ++d) {
            column.push_back(sel->keepsDocument(static_cast<int>(d)) ? static_cast<int>(t.columns.size()) : -1);
            if (column.back() >= 0)
                t.columns.append(Label{s.documents()[d].name, s.documents()[d].id, QString()});
        }
    }
    for (qsizetype r = 0; r < t.rows.size(); ++r)
        t.cells.append(QList<double>(t.columns.size(), 0.0));
    std::vector<int> items;
    for (const auto &q : s.quotes()) {
        if (!sel->keeps(q))
            continue;
        carriedItems(s, *sel, q, byCode, items);
        for (const int i : items) {
            if (byCase) {
                for (const int c : q.cases)
                    t.cells[i][column[static_cast<size_t>(c)]] += 1;
            } else if (column[static_cast<size_t>(q.document)] >= 0) {
                t.cells[i][column[static_cast<size_t>(q.document)]] += 1;
            }
        }
    }
    if (presence)
        for (auto &row : t.cells)
            for (double &v : row)
                v = v > 0 ? 1.0 : 0.0;
    t.format = NumberFormat::Count;
    t.note = presence ? QStringLiteral("1 when at least one quote carries the code") : QStringLiteral("quotes carrying the code");
    return t;
}

}  // namespace

Result<Table> codeByDocumentTable(const Snapshot &s, const CooccurrenceRequest &request, bool presence)
{
    return codeByTable(s, request, presence, false);
}

Result<Table> codeByCaseTable(const Snapshot &s, const CooccurrenceRequest &request, bool presence)
{
    return codeByTable(s, request, presence, true);
}

}  // namespace crosscut::analysis
