#include "analysis/groupcomparison.h"

#include "analysis/casequotes.h"
#include "analysis/quoteselection.h"
#include "analysis/snapshot.h"

#include <algorithm>
#include <set>

namespace crosscut::analysis {

Table GroupComparisonResult::toTable() const
{
    Table t;
    t.title = QStringLiteral("Average per case of %1, by %2").arg(measure, attribute);
    t.rowHeader = attribute;
    t.columnHeader = QString();
    t.columns = {Label{QStringLiteral("n (cases)"), std::nullopt, QString()},
                 Label{QStringLiteral("mean"), std::nullopt, QString()},
                 Label{QStringLiteral("spread (SD)"), std::nullopt, QString()}};
    t.format = NumberFormat::Decimal;
    for (const GroupStat &g : groups) {
        t.rows.append(Label{g.group.isEmpty() ? QStringLiteral("(no value)") : g.group, std::nullopt, QString()});
        t.cells.append({static_cast<double>(g.cases), g.mean, g.spread});
    }
    t.note = QStringLiteral("mean over the group's cases; SD is the population standard deviation");
    return t;
}

Result<GroupComparisonResult> compareGroups(Project &project, const GroupComparisonRequest &request)
{
    auto snapshot = Snapshot::load(project);
    if (!snapshot)
        return snapshot.error();
    return compareGroups(*snapshot, request);
}

Result<GroupComparisonResult> compareGroups(const Snapshot &s, const GroupComparisonRequest &request)
{
    auto sel = QuoteSelection::resolve(s, request.filter);
    if (!sel)
        return sel.error();
    auto attributes = resolveAttribute(s, request.groupAttribute, AttributeScope::Case);
    if (!attributes)
        return attributes.error();
    int root = -1;
    if (!request.code.isEmpty()) {
        auto c = s.resolveCode(request.code);
        if (!c)
            return c.error();
        root = *c;
    } else if (request.measure == GroupMeasure::QuotesWithCode) {
        return makeError(ErrorKind::Invalid, QStringLiteral("counting quotes with a code needs the code"));
    }

    GroupComparisonResult out;
    out.attribute = request.groupAttribute;
    const QString rootPath = root >= 0 ? s.codes()[static_cast<size_t>(root)].path : QString();
    out.measure = request.measure == GroupMeasure::QuotesWithCode
                      ? QStringLiteral("quotes coded %1").arg(rootPath)
                      : root >= 0 ? QStringLiteral("distinct codes under %1").arg(rootPath) : QStringLiteral("distinct codes");

    const auto byCase = quotesByCase(s, *sel);
    QHash<QString, std::vector<double>> perGroup;
    for (size_t c = 0; c < s.cases().size(); ++c) {
        if (request.excludedCases.contains(s.cases()[c].id))
            continue;
        qint64 value = 0;
        std::set<int> distinct;
        for (const int qi : byCase[c]) {
            const auto &q = s.quotes()[static_cast<size_t>(qi)];
            bool carries = false;
            for (auto i = q.firstCoding; i < q.endCoding; ++i) {
                const auto &coding = s.codings()[i];
                if (!sel->counts(coding))
                    continue;
                if (request.measure == GroupMeasure::QuotesWithCode) {
                    carries = carries || s.isWithin(coding.code, root);
                } else if (root < 0 || (coding.code != root && s.isWithin(coding.code, root))) {
                    distinct.insert(coding.code);
                }
            }
            value += carries ? 1 : 0;
        }
        if (request.measure == GroupMeasure::DistinctCodes)
            value = static_cast<qint64>(distinct.size());
        QString group;
        for (const int a : *attributes)
            if (group.isEmpty())
                group = s.attributes()[static_cast<size_t>(a)].values[c];
        perGroup[group].push_back(static_cast<double>(value));
    }
    QStringList names = perGroup.keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty();
        return nameLess(a, b);
    });
    for (const QString &name : std::as_const(names)) {
        const auto &values = perGroup[name];
        GroupStat g;
        g.group = name;
        g.cases = static_cast<int>(values.size());
        for (const double v : values)
            g.total += static_cast<qint64>(v);
        std::tie(g.mean, g.spread) = meanAndSpread(values);
        out.groups.append(g);
    }
    return out;
}

}  // namespace crosscut::analysis
