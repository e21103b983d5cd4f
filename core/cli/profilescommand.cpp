// crosscut-cli profiles: positional profiles and hat shifts per case (see
// analysis/profiles.h), with per-group bipolar summaries and group averages.
#include "analysis/groupcomparison.h"
#include "analysis/profiles.h"
#include "analysis/snapshot.h"
#include "cli/command.h"
#include "export/atomicfile.h"
#include "export/tableformats.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace crosscut::cli {

namespace {

QJsonArray labels(const QList<analysis::Label> &list)
{
    QJsonArray out;
    for (const analysis::Label &l : list)
        out.append(l.text);
    return out;
}

QJsonArray ids(const QList<Id> &list)
{
    QJsonArray out;
    for (const Id id : list)
        out.append(id);
    return out;
}

QJsonObject profilesJson(const analysis::ProfilesResult &p)
{
    QJsonArray cases;
    for (const analysis::CaseProfile &c : p.cases) {
        QJsonArray dimensions;
        for (const analysis::DimensionProfile &d : c.dimensions) {
            QJsonArray counts;
            for (const qint64 n : d.quoteCounts)
                counts.append(n);
            QJsonObject o{{QStringLiteral("dimension"), d.dimension.text},
                          {QStringLiteral("values"), labels(d.values)},
                          {QStringLiteral("quotes"), counts},
                          {QStringLiteral("hatShift"), d.hatShift}};
            if (d.mean) {
                o.insert(QStringLiteral("mean"), *d.mean);
                o.insert(QStringLiteral("spread"), *d.spread);
                o.insert(QStringLiteral("positionedQuotes"), d.positionedQuotes);
            }
            dimensions.append(o);
        }
        cases.append(QJsonObject{{QStringLiteral("case"), c.caseLabel.text},
                                 {QStringLiteral("quotes"), c.quoteCount},
                                 {QStringLiteral("dimensions"), dimensions}});
    }
    QJsonArray shifts;
    for (const analysis::HatShift &h : p.hatShifts)
        shifts.append(QJsonObject{{QStringLiteral("case"), h.caseLabel.text},
                                  {QStringLiteral("dimension"), h.dimension.text},
                                  {QStringLiteral("values"), labels(h.values)},
                                  {QStringLiteral("quoteIds"), ids(h.quoteIds)}});
    QJsonArray groups;
    for (const analysis::BipolarGroupSummary &g : p.groups)
        groups.append(QJsonObject{{QStringLiteral("dimension"), g.dimension.text},
                                  {QStringLiteral("group"), g.group},
                                  {QStringLiteral("cases"), g.cases},
                                  {QStringLiteral("positionedQuotes"), g.positionedQuotes},
                                  {QStringLiteral("mean"), g.mean},
                                  {QStringLiteral("spread"), g.spread}});
    return QJsonObject{{QStringLiteral("cases"), cases},
                       {QStringLiteral("hatShifts"), shifts},
                       {QStringLiteral("groups"), groups}};
}

QString hatShiftsMarkdown(const analysis::ProfilesResult &p)
{
    QString out = QStringLiteral("\n**Hat shifts** (a case speaking from more than one value of a dimension)\n\n");
    if (p.hatShifts.isEmpty())
        return out + QStringLiteral("None.\n");
    for (const analysis::HatShift &h : p.hatShifts) {
        QStringList values;
        for (const analysis::Label &v : h.values)
            values.append(v.text);
        QStringList quoteIds;
        for (const Id id : h.quoteIds)
            quoteIds.append(QStringLiteral("#%1").arg(id));
        out += QStringLiteral("- %1 — %2: %3 (quotes %4)\n")
                   .arg(h.caseLabel.text, h.dimension.text, values.join(QStringLiteral(", ")), quoteIds.join(QStringLiteral(", ")));
    }
    return out;
}

}  // namespace

int runProfiles(Context &ctx)
{
    using namespace analysis;
    // --draw is ui/render's (profilesdrawcommand.cpp), which stands in for this command in crosscut-cli-full.
    if (ctx.args.has(QStringLiteral("--draw")) || ctx.args.has(QStringLiteral("--dimension")))
        return ctx.usage(QStringLiteral("--draw and --dimension need the drawing commands of crosscut-cli-full"));
    const QString format = ctx.args.value(QStringLiteral("--format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json") && format != QLatin1String("md"))
        return ctx.usage(QStringLiteral("--format must be csv, json or md"));
    ProfilesRequest request;
    request.caseName = ctx.args.value(QStringLiteral("--case"));
    request.groupAttribute = ctx.args.value(QStringLiteral("--group"));
    request.filter.coders = ctx.args.options.value(QStringLiteral("--coder"));
    request.filter.documents = ctx.args.options.value(QStringLiteral("--doc"));
    const bool compare = ctx.args.has(QStringLiteral("--average"));
    if (compare && request.groupAttribute.isEmpty())
        return ctx.usage(QStringLiteral("--average needs --group ATTRIBUTE"));

    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    auto snapshot = Snapshot::load(*project);
    if (!snapshot)
        return ctx.fail(snapshot.error());

    QByteArray data;
    if (compare) {
        // Group averages: --average CODE counts quotes coded CODE per case;
        // --average distinct[:CODE] counts distinct codes (under CODE).
        GroupComparisonRequest g;
        g.groupAttribute = request.groupAttribute;
        g.filter = request.filter;
        const QString what = ctx.args.value(QStringLiteral("--average"));
        if (what == QLatin1String("distinct") || what.startsWith(QLatin1String("distinct:"))) {
            g.measure = GroupMeasure::DistinctCodes;
            g.code = what.mid(9);
        } else {
            g.code = what;
        }
        auto result = compareGroups(*snapshot, g);
        if (!result)
            return ctx.fail(result.error());
        const Table t = result->toTable();
        data = format == QLatin1String("csv")    ? exporting::tableToCsv(t)
               : format == QLatin1String("json") ? QJsonDocument(exporting::tableToJson(t)).toJson(QJsonDocument::Compact) + '\n'
                                                 : exporting::tableToMarkdown(t).toUtf8();
    } else {
        auto result = computeProfiles(*snapshot, request);
        if (!result)
            return ctx.fail(result.error());
        if (format == QLatin1String("json")) {
            data = QJsonDocument(profilesJson(*result)).toJson(QJsonDocument::Compact) + '\n';
        } else if (format == QLatin1String("csv")) {
            data = exporting::tableToCsv(result->distributionTable());
        } else {
            QString md = exporting::tableToMarkdown(result->distributionTable()) + hatShiftsMarkdown(*result);
            const Table bipolar = result->bipolarTable();
            if (bipolar.columnCount() > 0)
                md += QLatin1Char('\n') + exporting::tableToMarkdown(bipolar);
            data = md.toUtf8();
        }
    }
    return ctx.emitResult(data);
}

}  // namespace crosscut::cli
