#include "analysis/profiles.h"

#include "analysis/casequotes.h"
#include "analysis/quoteselection.h"
#include "analysis/snapshot.h"

#include <algorithm>
#include <map>
#include <set>

namespace crosscut::analysis {

namespace {

struct Dimension {
    int code;
    std::vector<int> values;  // code indices of its children
    std::vector<std::vector<int>> itemsByCode;
};

Label codeLabel(const Snapshot::CodeRow &c, const QString &text) { return Label{text, c.id, c.color}; }

// A quote's position on a bipolar dimension (see profiles.h), if it has one.
std::optional<double> quotePosition(const Snapshot &s, const QuoteSelection &sel, const Snapshot::QuoteRow &q,
                                    const Dimension &d)
{
    double sum = 0;
    int n = 0;
    for (auto i = q.firstCoding; i < q.endCoding; ++i) {
        const auto &coding = s.codings()[i];
        if (!sel.counts(coding))
            continue;
        for (const int v : d.itemsByCode[static_cast<size_t>(coding.code)]) {
            const auto position = coding.position ? coding.position
                                                  : s.codes()[static_cast<size_t>(d.values[static_cast<size_t>(v)])].axisPosition;
            if (position) {
                sum += *position;
                ++n;
            }
        }
    }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

}  // namespace

Table ProfilesResult::distributionTable() const
{
    Table t;
    t.title = QStringLiteral("Positional profiles (quotes per dimension value)");
    t.rowHeader = QStringLiteral("Case");
    t.columnHeader = QStringLiteral("Dimension/Value");
    t.format = NumberFormat::Count;
    for (const CaseProfile &c : cases) {
        if (t.rows.isEmpty())
            for (const DimensionProfile &d : c.dimensions)
                for (const Label &v : d.values)
                    t.columns.append(Label{d.dimension.text + QLatin1Char('/') + v.text, v.id, v.color});
        t.rows.append(c.caseLabel);
        QList<double> row;
        for (const DimensionProfile &d : c.dimensions)
            for (const qint64 n : d.quoteCounts)
                row.append(static_cast<double>(n));
        t.cells.append(row);
    }
    t.note = QStringLiteral("a case's quotes carrying each value");
    return t;
}

Table ProfilesResult::bipolarTable() const
{
    Table t;
    t.title = QStringLiteral("Mean position on bipolar dimensions");
    t.rowHeader = QStringLiteral("Case");
    t.columnHeader = QStringLiteral("Dimension");
    t.format = NumberFormat::Decimal;
    for (const CaseProfile &c : cases) {
        if (t.rows.isEmpty())
            for (const DimensionProfile &d : c.dimensions)
                if (d.bipolar)
                    t.columns.append(d.dimension);
        t.rows.append(c.caseLabel);
        QList<double> row;
        for (const DimensionProfile &d : c.dimensions)
            if (d.bipolar)
                row.append(d.mean.value_or(0.0));
        t.cells.append(row);
    }
    t.note = QStringLiteral("-1 … 1 along the axis; 0 also where a case has no positioned quote");
    return t;
}

Result<ProfilesResult> computeProfiles(Project &project, const ProfilesRequest &request)
{
    auto snapshot = Snapshot::load(project);
    if (!snapshot)
        return snapshot.error();
    return computeProfiles(*snapshot, request);
}

Result<ProfilesResult> computeProfiles(const Snapshot &s, const ProfilesRequest &request)
{
    auto sel = QuoteSelection::resolve(s, request.filter);
    if (!sel)
        return sel.error();
    int onlyCase = -1;
    if (!request.caseName.isEmpty()) {
        onlyCase = s.caseIndex(request.caseName);
        if (onlyCase < 0)
            return makeError(ErrorKind::NotFound, QStringLiteral("no case named \"%1\"").arg(request.caseName));
    }
    std::vector<int> groupAttribute;
    if (!request.groupAttribute.isEmpty()) {
        auto a = resolveAttribute(s, request.groupAttribute, AttributeScope::Case);
        if (!a)
            return a.error();
        groupAttribute = *a;
    }

    std::vector<Dimension> dimensions;
    for (size_t c = 0; c < s.codes().size(); ++c) {
        const auto &code = s.codes()[c];
        if (!code.isDimension || code.children.empty())
            continue;
        Dimension d{static_cast<int>(c), code.children, {}};
        d.itemsByCode = itemsByCode(s, d.values);
        dimensions.push_back(std::move(d));
    }
    const auto byCase = quotesByCase(s, *sel);

    ProfilesResult out;
    // Positions per case and dimension, kept for the group summary.
    std::vector<std::vector<std::vector<std::pair<int, double>>>> positions(
        s.cases().size(), std::vector<std::vector<std::pair<int, double>>>(dimensions.size()));
    std::vector<int> items;
    for (size_t c = 0; c < s.cases().size(); ++c) {
        if (request.excludedCases.contains(s.cases()[c].id))
            continue;
        const bool wanted = onlyCase < 0 || onlyCase == static_cast<int>(c);
        if (!wanted && groupAttribute.empty())
            continue;
        const auto &caseRow = s.cases()[c];
        CaseProfile profile;
        profile.caseLabel = Label{caseRow.name, caseRow.id, QString()};
        profile.quoteCount = static_cast<int>(byCase[c].size());
        for (size_t di = 0; di < dimensions.size(); ++di) {
            const Dimension &d = dimensions[di];
            const auto &dimCode = s.codes()[static_cast<size_t>(d.code)];
            DimensionProfile p;
            p.dimension = codeLabel(dimCode, dimCode.name);
            p.bipolar = dimCode.isBipolar;
            for (const int v : d.values) {
                p.values.append(codeLabel(s.codes()[static_cast<size_t>(v)], s.codes()[static_cast<size_t>(v)].name));
                p.axisPositions.append(s.codes()[static_cast<size_t>(v)].axisPosition);
            }
            p.quoteCounts.fill(0, static_cast<qsizetype>(d.values.size()));
            p.quoteIds.resize(static_cast<qsizetype>(d.values.size()));
            std::vector<double> caseValues;
            for (const int qi : byCase[c]) {
                const auto &q = s.quotes()[static_cast<size_t>(qi)];
                carriedItems(s, *sel, q, d.itemsByCode, items);
                for (const int v : items) {
                    ++p.quoteCounts[v];
                    p.quoteIds[v].append(q.id);
                }
                if (p.bipolar) {
                    if (const auto position = quotePosition(s, *sel, q, d)) {
                        caseValues.push_back(*position);
                        p.positions.append(QuotePosition{q.id, *position});
                        positions[c][di].emplace_back(qi, *position);
                    }
                }
            }
            for (auto &ids : p.quoteIds)
                std::sort(ids.begin(), ids.end());
            int used = 0;
            for (const qint64 n : std::as_const(p.quoteCounts))
                used += n > 0 ? 1 : 0;
            p.hatShift = used > 1;
            if (p.bipolar && !caseValues.empty()) {
                const auto [mean, spread] = meanAndSpread(caseValues);
                p.positionedQuotes = static_cast<int>(caseValues.size());
                p.mean = mean;
                p.spread = spread;
            }
            if (wanted && p.hatShift) {
                HatShift shift;
                shift.caseLabel = profile.caseLabel;
                shift.dimension = p.dimension;
                std::set<Id> ids;
                for (qsizetype v = 0; v < p.values.size(); ++v) {
                    if (p.quoteCounts[v] == 0)
                        continue;
                    shift.values.append(p.values[v]);
                    ids.insert(p.quoteIds[v].begin(), p.quoteIds[v].end());
                }
                shift.quoteIds = QList<Id>(ids.begin(), ids.end());
                out.hatShifts.append(shift);
            }
            profile.dimensions.append(p);
        }
        if (wanted)
            out.cases.append(profile);
    }

    if (!groupAttribute.empty()) {
        for (size_t di = 0; di < dimensions.size(); ++di) {
            const auto &dimCode = s.codes()[static_cast<size_t>(dimensions[di].code)];
            if (!dimCode.isBipolar)
                continue;
            // group value → (quote index → position), cases with positions
            std::map<QString, std::pair<std::map<int, double>, int>, bool (*)(const QString &, const QString &)> groups(
                [](const QString &a, const QString &b) {
                    if (a.isEmpty() != b.isEmpty())
                        return b.isEmpty();  // cases without a value last
                    return nameLess(a, b);
                });
            for (size_t c = 0; c < s.cases().size(); ++c) {
                if (positions[c][di].empty())
                    continue;
                QString value;
                for (const int a : groupAttribute)
                    if (value.isEmpty())
                        value = s.attributes()[static_cast<size_t>(a)].values[c];
                auto &group = groups[value];
                ++group.second;
                for (const auto &[qi, position] : positions[c][di])
                    group.first[qi] = position;
            }
            for (const auto &[value, group] : groups) {
                std::vector<double> values;
                for (const auto &[qi, position] : group.first)
                    values.push_back(position);
                const auto [mean, spread] = meanAndSpread(values);
                out.groups.append(BipolarGroupSummary{codeLabel(dimCode, dimCode.name), value, group.second,
                                                      static_cast<int>(values.size()), mean, spread});
            }
        }
    }
    return out;
}

}  // namespace crosscut::analysis
