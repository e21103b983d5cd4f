// The matrix engine: one pass over the snapshot's quotes, counting each quote
// into every cell it meets. See matrix.h for the semantics.
#include "analysis/matrix.h"

#include "analysis/quoteselection.h"
#include "analysis/snapshot.h"
#include "analysis/casequotes.h"
#include "import/pdflayout.h"
#include "project/project.h"
#include "text/codepoints.h"

#include <algorithm>
#include <cstdint>

namespace crosscut::analysis {

namespace {

// One axis resolved against the snapshot: its labels, and how to find the
// items a quote carries.
struct ResolvedAxis {
    AxisSpec::Kind kind = AxisSpec::Kind::Documents;
    QString title;
    QList<Label> labels;
    std::vector<std::vector<int>> itemsByCode;  // code axes
    struct AttributeItems {
        int attribute;
        std::vector<int> itemOfTarget;  // per document or case: item, or -1
    };
    std::vector<AttributeItems> attributes;   // attribute axes
    std::vector<int> itemOfDocument;          // documents axis
    std::vector<int> itemOfCase;              // cases axis: item, or -1 for an excluded case

    void itemsOf(const Snapshot &s, const QuoteSelection &sel, const Snapshot::QuoteRow &q,
                 std::vector<int> &out) const
    {
        switch (kind) {
        case AxisSpec::Kind::Dimension:
        case AxisSpec::Kind::Codes:
            carriedItems(s, sel, q, itemsByCode, out);
            return;
        case AxisSpec::Kind::Attribute:
            out.clear();
            for (const AttributeItems &a : attributes) {
                if (s.attributes()[static_cast<size_t>(a.attribute)].scope == AttributeScope::Document) {
                    const int item = a.itemOfTarget[static_cast<size_t>(q.document)];
                    if (item >= 0)
                        out.push_back(item);
                } else {
                    for (const int c : q.cases) {
                        const int item = a.itemOfTarget[static_cast<size_t>(c)];
                        if (item >= 0)
                            out.push_back(item);
                    }
                }
            }
            if (out.size() > 1) {
                std::sort(out.begin(), out.end());
                out.erase(std::unique(out.begin(), out.end()), out.end());
            }
            return;
        case AxisSpec::Kind::Documents:
            out.clear();
            if (itemOfDocument[static_cast<size_t>(q.document)] >= 0)
                out.push_back(itemOfDocument[static_cast<size_t>(q.document)]);
            return;
        case AxisSpec::Kind::Cases:
            out.clear();
            for (const int c : q.cases)
                if (itemOfCase[static_cast<size_t>(c)] >= 0)
                    out.push_back(itemOfCase[static_cast<size_t>(c)]);
            return;
        }
    }
};

Label codeLabel(const Snapshot::CodeRow &code, const QString &text)
{
    return Label{text, code.id, code.color};
}

Result<ResolvedAxis> resolveAxis(const Snapshot &s, const AxisSpec &spec, const QuoteSelection &sel,
                                 const std::vector<bool> &excludedCase)
{
    ResolvedAxis axis;
    axis.kind = spec.kind;
    switch (spec.kind) {
    case AxisSpec::Kind::Dimension: {
        auto dim = s.resolveCode(spec.dimension);
        if (!dim)
            return makeError(ErrorKind::NotFound, QStringLiteral("unknown dimension \"%1\"").arg(spec.dimension));
        const auto &code = s.codes()[static_cast<size_t>(*dim)];
        if (code.children.empty())
            return makeError(ErrorKind::Invalid,
                             QStringLiteral("\"%1\" has no values (child codes) to use as a dimension").arg(code.path));
        axis.title = code.name;
        std::vector<int> items(code.children.begin(), code.children.end());
        for (const int child : items)
            axis.labels.append(codeLabel(s.codes()[static_cast<size_t>(child)], s.codes()[static_cast<size_t>(child)].name));
        axis.itemsByCode = itemsByCode(s, items);
        return axis;
    }
    case AxisSpec::Kind::Codes: {
        if (spec.codes.isEmpty())
            return makeError(ErrorKind::Invalid, QStringLiteral("codes: lists no code"));
        std::vector<int> items;
        for (const QString &path : spec.codes) {
            auto c = s.resolveCode(path);
            if (!c)
                return c.error();
            items.push_back(*c);
            const auto &code = s.codes()[static_cast<size_t>(*c)];
            axis.labels.append(codeLabel(code, code.path));
        }
        axis.title = QStringLiteral("Codes");
        axis.itemsByCode = itemsByCode(s, items);
        return axis;
    }
    case AxisSpec::Kind::Attribute: {
        auto attrs = resolveAttribute(s, spec.attribute, spec.scope);
        if (!attrs)
            return attrs.error();
        // Values in use, sorted; numerically when every attribute is a number
        // and every value parses as one.
        QStringList values;
        bool numeric = true;
        for (const int a : *attrs) {
            const auto &attribute = s.attributes()[static_cast<size_t>(a)];
            numeric = numeric && attribute.type == AttributeType::Number;
            for (const QString &v : attribute.values)
                if (!v.isEmpty())
                    values.append(v);
        }
        values.removeDuplicates();
        if (numeric) {
            for (const QString &v : std::as_const(values)) {
                bool ok = false;
                v.toDouble(&ok);
                numeric = numeric && ok;
            }
        }
        if (numeric)
            std::sort(values.begin(), values.end(),
                      [](const QString &a, const QString &b) { return a.toDouble() < b.toDouble(); });
        else
            std::sort(values.begin(), values.end(), nameLess);
        QHash<QString, int> itemOfValue;
        for (qsizetype i = 0; i < values.size(); ++i) {
            itemOfValue.insert(values[i], static_cast<int>(i));
            axis.labels.append(Label{values[i], std::nullopt, QString()});
        }
        for (const int a : *attrs) {
            ResolvedAxis::AttributeItems items{a, {}};
            for (const QString &v : s.attributes()[static_cast<size_t>(a)].values)
                items.itemOfTarget.push_back(v.isEmpty() ? -1 : itemOfValue.value(v, -1));
            axis.attributes.push_back(std::move(items));
        }
        axis.title = spec.attribute;
        return axis;
    }
    case AxisSpec::Kind::Documents: {
        axis.title = QStringLiteral("Documents");
        axis.itemOfDocument.assign(s.documents().size(), -1);
        for (size_t d = 0; d < s.documents().size(); ++d) {
            if (!sel.keepsDocument(static_cast<int>(d)))
                continue;
            axis.itemOfDocument[d] = static_cast<int>(axis.labels.size());
            axis.labels.append(Label{s.documents()[d].name, s.documents()[d].id, QString()});
        }
        return axis;
    }
    case AxisSpec::Kind::Cases:
        axis.title = QStringLiteral("Cases");
        axis.itemOfCase.assign(s.cases().size(), -1);
        for (size_t c = 0; c < s.cases().size(); ++c) {
            if (excludedCase[c])
                continue;
            axis.itemOfCase[c] = static_cast<int>(axis.labels.size());
            axis.labels.append(Label{s.cases()[c].name, s.cases()[c].id, QString()});
        }
        return axis;
    }
    return axis;
}

QStringList labelTexts(const QList<Label> &labels)
{
    QStringList out;
    for (const Label &l : labels)
        out.append(l.text);
    return out;
}

}  // namespace

QStringList MatrixResult::rowLabels() const { return labelTexts(rows); }
QStringList MatrixResult::columnLabels() const { return labelTexts(columns); }

bool MatrixResult::isUndefined(int row, int column) const
{
    switch (normalization) {
    case Normalization::None: return false;
    case Normalization::Row: return rowTotals.value(row) == 0;
    case Normalization::Column: return columnTotals.value(column) == 0;
    case Normalization::Total: return grandTotal == 0;
    }
    return false;
}

Table MatrixResult::toTable(bool normalised) const
{
    Table t;
    const bool percent = normalised && normalization != Normalization::None;
    t.title = rowTitle + QStringLiteral(" × ") + columnTitle + QStringLiteral(" (") + toString(unit)
              + (percent ? QStringLiteral(", ") + toString(normalization) + QStringLiteral(" %") : QString())
              + QLatin1Char(')');
    t.rowHeader = rowTitle;
    t.columnHeader = columnTitle;
    t.rows = rows;
    t.columns = columns;
    t.format = percent ? NumberFormat::Percent : NumberFormat::Count;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QList<double> row;
        QList<bool> undefinedRow;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            row.append(percent ? values[r][c] : static_cast<double>(counts[r][c]));
            undefinedRow.append(percent && isUndefined(int(r), int(c)));
        }
        t.cells.append(row);
        t.undefined.append(undefinedRow);
    }
    switch (percent ? normalization : Normalization::None) {
    case Normalization::Row: t.note = QStringLiteral("row % = cell / sum of the row's cells"); break;
    case Normalization::Column: t.note = QStringLiteral("column % = cell / sum of the column's cells"); break;
    case Normalization::Total: t.note = QStringLiteral("total % = cell / sum of all cells"); break;
    case Normalization::None: t.note = QStringLiteral("%1 meeting each cell").arg(toString(unit)); break;
    }
    return t;
}

Result<MatrixResult> computeMatrix(Project &project, const MatrixRequest &request)
{
    auto snapshot = Snapshot::load(project);
    if (!snapshot)
        return snapshot.error();
    return computeMatrix(*snapshot, request);
}

Result<MatrixResult> computeMatrix(const Snapshot &s, const MatrixRequest &request)
{
    auto sel = QuoteSelection::resolve(s, request.filter);
    if (!sel)
        return sel.error();
    std::vector<bool> excludedCase(s.cases().size(), false);
    if (!request.excludedCases.isEmpty())
        for (size_t c = 0; c < s.cases().size(); ++c)
            excludedCase[c] = request.excludedCases.contains(s.cases()[c].id);
    auto rowAxis = resolveAxis(s, request.rows, *sel, excludedCase);
    if (!rowAxis)
        return rowAxis.error();
    auto colAxis = resolveAxis(s, request.columns, *sel, excludedCase);
    if (!colAxis)
        return colAxis.error();

    const size_t nr = static_cast<size_t>(rowAxis->labels.size());
    const size_t nc = static_cast<size_t>(colAxis->labels.size());
    const size_t cells = nr * nc;
    std::vector<qint64> counts(cells, 0);
    std::vector<int> lastDocument(request.unit == Unit::Documents ? cells : 0, -1);
    // Cases unit: one bitset of cases per cell, allocated on first use.
    const size_t caseWords = (s.cases().size() + 63) / 64;
    std::vector<std::vector<std::uint64_t>> seenCases(request.unit == Unit::Cases ? cells : 0);
    std::vector<std::vector<Id>> quoteIds(request.collectQuotes ? cells : 0);

    std::vector<int> rowItems, colItems;
    for (const auto &q : s.quotes()) {
        if (!sel->keeps(q))
            continue;
        rowAxis->itemsOf(s, *sel, q, rowItems);
        if (rowItems.empty())
            continue;
        colAxis->itemsOf(s, *sel, q, colItems);
        for (const int r : rowItems) {
            for (const int c : colItems) {
                const size_t cell = static_cast<size_t>(r) * nc + static_cast<size_t>(c);
                switch (request.unit) {
                case Unit::Quotes: ++counts[cell]; break;
                case Unit::Documents:
                    // Quotes come grouped by document, so "new document" is
                    // "different from the last one counted here".
                    if (lastDocument[cell] != q.document) {
                        lastDocument[cell] = q.document;
                        ++counts[cell];
                    }
                    break;
                case Unit::Cases: {
                    auto &bits = seenCases[cell];
                    if (bits.empty() && !q.cases.empty())
                        bits.assign(caseWords, 0);
                    for (const int k : q.cases) {
                        if (excludedCase[static_cast<size_t>(k)])
                            continue;
                        const std::uint64_t mask = std::uint64_t(1) << (k % 64);
                        auto &word = bits[static_cast<size_t>(k / 64)];
                        if (!(word & mask)) {
                            word |= mask;
                            ++counts[cell];
                        }
                    }
                    break;
                }
                }
                if (request.collectQuotes)
                    quoteIds[cell].push_back(q.id);
            }
        }
    }

    MatrixResult m;
    m.unit = request.unit;
    m.normalization = request.normalization;
    m.rowTitle = rowAxis->title;
    m.columnTitle = colAxis->title;
    m.rows = rowAxis->labels;
    m.columns = colAxis->labels;
    m.rowTotals.fill(0, static_cast<qsizetype>(nr));
    m.columnTotals.fill(0, static_cast<qsizetype>(nc));
    for (size_t r = 0; r < nr; ++r) {
        QList<qint64> row;
        row.reserve(static_cast<qsizetype>(nc));
        for (size_t c = 0; c < nc; ++c) {
            const qint64 n = counts[r * nc + c];
            row.append(n);
            m.rowTotals[static_cast<qsizetype>(r)] += n;
            m.columnTotals[static_cast<qsizetype>(c)] += n;
            m.grandTotal += n;
        }
        m.counts.append(row);
    }
    auto share = [](qint64 n, qint64 total) { return total == 0 ? 0.0 : 100.0 * static_cast<double>(n) / static_cast<double>(total); };
    for (size_t r = 0; r < nr; ++r) {
        QList<double> row;
        for (size_t c = 0; c < nc; ++c) {
            const qint64 n = counts[r * nc + c];
            switch (request.normalization) {
            case Normalization::None: row.append(static_cast<double>(n)); break;
            case Normalization::Row: row.append(share(n, m.rowTotals[static_cast<qsizetype>(r)])); break;
            case Normalization::Column: row.append(share(n, m.columnTotals[static_cast<qsizetype>(c)])); break;
            case Normalization::Total: row.append(share(n, m.grandTotal)); break;
            }
        }
        m.values.append(row);
    }
    if (request.collectQuotes) {
        for (size_t r = 0; r < nr; ++r) {
            QList<QList<Id>> row;
            for (size_t c = 0; c < nc; ++c) {
                auto &ids = quoteIds[r * nc + c];
                std::sort(ids.begin(), ids.end());
                row.append(QList<Id>(ids.begin(), ids.end()));
            }
            m.quoteIds.append(row);
        }
    }
    return m;
}

namespace {

// Code-point offsets where each non-blank line of the text starts.
QList<qint64> paragraphStarts(QStringView text)
{
    QList<qint64> starts;
    qint64 cp = 0;
    bool lineHasText = false;
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            continue;
        if (c == QLatin1Char('\n')) {
            lineHasText = false;
        } else if (!lineHasText && !c.isSpace()) {
            starts.append(cp);
            lineHasText = true;
        }
        ++cp;
    }
    return starts;
}

QString clockTime(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    const qint64 hours = seconds / 3600;
    const QString minutesSeconds = QStringLiteral("%1:%2").arg((seconds / 60) % 60, hours ? 2 : 1, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours ? QStringLiteral("%1:%2").arg(hours).arg(minutesSeconds) : minutesSeconds;
}

}  // namespace

QString attribution(const QuoteExcerpt &quote)
{
    QStringList parts;
    if (!quote.speaker.isEmpty())
        parts.append(quote.speaker);
    if (!quote.documentName.isEmpty())
        parts.append(quote.documentName);
    if (!quote.page.isEmpty())
        parts.append(quote.page);
    else if (quote.timeMs)
        parts.append(clockTime(*quote.timeMs));
    else if (quote.paragraph > 0)
        parts.append(QStringLiteral("¶%1").arg(quote.paragraph));
    return parts.join(QStringLiteral(" · "));
}

Result<QList<QuoteExcerpt>> quoteExcerpts(Project &project, const QList<Id> &quoteIds, int contextCodePoints)
{
    QHash<Id, QList<qint64>> paragraphs;
    QHash<Id, QString> texts;
    QHash<Id, QList<SpeakerTurn>> turns;
    QHash<Id, QString> documentNames;
    QHash<Id, bool> pdfDocuments;
    QHash<Id, QString> coderNames;
    for (const Coder &c : project.coders())
        coderNames.insert(c.id, c.name);
    QHash<Id, QString> codePaths;
    QList<QuoteExcerpt> out;
    for (const Id id : quoteIds) {
        const auto quote = project.quote(id);
        if (!quote)
            return makeError(ErrorKind::NotFound, QStringLiteral("no quote with id %1").arg(id));
        QuoteExcerpt e;
        e.quoteId = id;
        e.documentId = quote->documentId;
        e.start = quote->start;
        e.end = quote->end;
        if (!texts.contains(quote->documentId)) {
            texts.insert(quote->documentId, project.documentText(quote->documentId));
            turns.insert(quote->documentId, project.speakerTurns(quote->documentId));
            const auto doc = project.document(quote->documentId);
            documentNames.insert(quote->documentId, doc ? doc->name : QString());
            pdfDocuments.insert(quote->documentId, doc && import::isPdfSourceFile(doc->sourceFile));
            paragraphs.insert(quote->documentId, paragraphStarts(texts[quote->documentId]));
        }
        e.documentName = documentNames.value(quote->documentId);
        const QString &text = texts[quote->documentId];
        const qint64 before = std::max<qint64>(0, quote->start - contextCodePoints);
        e.before = codePointSlice(text, before, quote->start);
        e.text = codePointSlice(text, quote->start, quote->end);
        e.after = codePointSlice(text, quote->end, quote->end + contextCodePoints);
        const QList<SpeakerTurn> &documentTurns = turns[quote->documentId];
        for (qsizetype t = 0; t < documentTurns.size(); ++t)
            if (documentTurns[t].start <= quote->start && quote->start < documentTurns[t].end) {
                e.speaker = documentTurns[t].speaker;
                e.turn = static_cast<int>(t) + 1;
                e.timeMs = documentTurns[t].timeStartMs;
            }
        const QList<qint64> &starts = paragraphs[quote->documentId];
        // The paragraph holding start: the last one starting at or before it
        // (a quote starting in the blank lines before a paragraph counts in it).
        const auto after = std::upper_bound(starts.begin(), starts.end(), quote->start);
        e.paragraph = after == starts.begin() ? (starts.isEmpty() ? 0 : 1) : static_cast<int>(after - starts.begin());
        if (pdfDocuments.value(quote->documentId) && import::pageFromTurnLabel(e.speaker)) {
            e.page = e.speaker;  // a page turn of a PDF: an attribution, not a speaker
            e.speaker.clear();
        }
        for (const Coding &c : project.codings(id)) {
            if (!codePaths.contains(c.codeId))
                codePaths.insert(c.codeId, project.codePath(c.codeId));
            const QString path = codePaths.value(c.codeId);
            if (!e.codes.contains(path))
                e.codes.append(path);
            const QString coder = coderNames.value(c.coderId);
            if (!e.coders.contains(coder))
                e.coders.append(coder);
        }
        out.append(e);
    }
    return out;
}

}  // namespace crosscut::analysis
