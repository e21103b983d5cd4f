// crosscut-cli ties and network: collaboration ties and their measures
// (core/network).
#include "cli/command.h"
#include "cli/fullcommands.h"
#include "export/atomicfile.h"
#include "network/network.h"
#include "network/ties.h"
#include "util/csv.h"

#include <QFileInfo>

namespace crosscut::cli {

namespace {

int listTies(Context &ctx)
{
    int exitCode = Ok;
    auto project = ctx.openProject(&exitCode);
    if (!project)
        return exitCode;
    QHash<Id, QString> names;
    for (const Case &c : project->cases())
        names.insert(c.id, c.name);
    QString out = csv::formatRow({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("wave"), QStringLiteral("kind")});
    const std::optional<QString> wave = ctx.args.has(QStringLiteral("--wave")) ? std::optional(ctx.args.value(QStringLiteral("--wave"))) : std::nullopt;
    const std::optional<QString> kind = ctx.args.has(QStringLiteral("--kind")) ? std::optional(ctx.args.value(QStringLiteral("--kind"))) : std::nullopt;
    for (const network::Tie &t : network::ties(*project, wave, kind))
        out += csv::formatRow({names.value(t.a), names.value(t.b), t.wave, t.kind});
    return ctx.emitResult(out.toUtf8());
}

}  // namespace

int runTies(Context &ctx)
{
    if (!ctx.args.has(QStringLiteral("--from")))
        return listTies(ctx);
    if (ctx.args.has(QStringLiteral("--wave")) || ctx.args.has(QStringLiteral("--kind")) || ctx.args.has(QStringLiteral("--out")))
        return ctx.usage(QStringLiteral("--wave, --kind and --out list ties; with --from the file gives wave and kind"));
    const QString path = ctx.args.value(QStringLiteral("--from"));
    auto input = network::readTieCsv(path);
    if (!input)
        return ctx.fail(input.error());
    int exitCode = Ok;
    auto project = ctx.openProject(&exitCode);
    if (!project)
        return exitCode;
    auto added = network::addTies(*project, *input, QFileInfo(path).fileName());
    if (!added)
        return ctx.fail(added.error());
    const qsizetype known = input->size() - *added;
    ctx.out << "added " << *added << (*added == 1 ? " tie (" : " ties (") << known
            << (known == 1 ? " row was" : " rows were") << " already in the project or repeated a tie)\n";
    return Ok;
}

int runNetwork(Context &ctx)
{
    const bool nodes = ctx.args.has(QStringLiteral("--nodes"));
    const QString format = ctx.args.value(QStringLiteral("--format"), QStringLiteral("json"));
    const bool graphFile = format == QLatin1String("graphml") || format == QLatin1String("gexf");
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("md") && !graphFile)
        return ctx.usage(QStringLiteral("--format must be json, csv, md, graphml or gexf"));
    if (graphFile && nodes)
        return ctx.usage(QStringLiteral("--nodes prints a table (json, csv or md); graphml and gexf hold the whole network"));
    if (graphFile && !ctx.args.has(QStringLiteral("--out")))
        return ctx.usage(QStringLiteral("--format %1 needs --out FILE").arg(format));

    network::NetworkSpec spec;
    if (ctx.args.has(QStringLiteral("--group"))) {
        const QString group = ctx.args.value(QStringLiteral("--group"));
        if (!group.startsWith(QLatin1String("case:")) || group.size() <= 5)
            return ctx.usage(QStringLiteral("--group takes case:ATTRIBUTE (a case attribute, e.g. case:\"Population served\")"));
        spec.groupAttribute = group.mid(5).trimmed();
    } else if (!graphFile) {
        return ctx.usage(QStringLiteral("network needs --group case:ATTRIBUTE"));
    }
    if (ctx.args.has(QStringLiteral("--wave")))
        spec.wave = ctx.args.value(QStringLiteral("--wave"));
    if (ctx.args.has(QStringLiteral("--kind")))
        spec.kind = ctx.args.value(QStringLiteral("--kind"));
    if (ctx.args.has(QStringLiteral("--out")))
        if (Status s = exporting::checkWritableTarget(ctx.args.value(QStringLiteral("--out"))); !s)
            return ctx.fail(s.error());

    int exitCode = Ok;
    auto project = ctx.openProject(&exitCode);
    if (!project)
        return exitCode;
    auto known = [](const char *label, const QStringList &values) {
        return values.isEmpty() ? QStringLiteral("the project has no ties")
                                : QLatin1String(label) + QStringLiteral(": ") + values.join(QStringLiteral(", "));
    };
    if (spec.wave && !network::waves(*project).contains(*spec.wave))
        return ctx.fail(ErrorKind::NotFound, QStringLiteral("no tie is of wave \"%1\" (%2)")
                                                 .arg(*spec.wave, known("waves", network::waves(*project))));
    if (spec.kind && !network::kinds(*project).contains(*spec.kind))
        return ctx.fail(ErrorKind::NotFound, QStringLiteral("no tie is of kind \"%1\" (%2)")
                                                 .arg(*spec.kind, known("kinds", network::kinds(*project))));
    auto graph = network::readGraph(*project, spec, graphFile);
    if (!graph)
        return ctx.fail(graph.error());
    if (graphFile)
        return ctx.emitResult(format == QLatin1String("graphml") ? network::toGraphML(*graph) : network::toGexf(*graph));
    if (nodes) {
        auto table = network::computeNodeMeasures(*graph);
        if (!table)
            return ctx.fail(table.error());
        return ctx.emitResult(format == QLatin1String("json")  ? network::nodesJson(*table)
                              : format == QLatin1String("csv") ? network::nodesCsv(*table)
                                                               : network::nodesMarkdown(*table));
    }
    const network::NetworkMeasures measures = network::computeMeasures(*graph);
    return ctx.emitResult(format == QLatin1String("json")  ? network::measuresJson(measures)
                          : format == QLatin1String("csv") ? network::measuresCsv(measures)
                                                           : network::measuresMarkdown(measures));
}

// Collaboration ties and the network (igraph): crosscut-cli-full only (fullcommands.h).
QList<CommandSpec> networkCommands()
{
    return {
        {"ties",
         "ties PROJECT --from FILE.csv   # collaboration ties: header from,to[,wave][,kind] (case names), ',' or ';'\n"
         "  undirected: a pair in one wave and of one kind is one tie whichever side reported it; a tie already in the\n"
         "  project adds nothing; an unknown case, a self-tie or an empty field refuses the whole file (line named)\n"
         "  crosscut-cli ties PROJECT [--wave W] [--kind K] [--out FILE]   # lists the ties as CSV from,to,wave,kind",
         {QStringLiteral("--from"), QStringLiteral("--wave"), QStringLiteral("--kind"), QStringLiteral("--out")}, {}, 1, 1,
         &runTies},
        {"network",
         "network PROJECT --group case:ATTR [--wave W] [--kind K] [--nodes] [--format json|csv|md|graphml|gexf] [--out FILE]\n"
         "  cases: every case with a tie (in W/K) or a value of ATTR; density = ties / (n(n-1)/2); per value of ATTR:\n"
         "  mean_ties (mean degree, no tie = 0), cross_ratio (mean over tied members of ties outside the group / ties;\n"
         "  a case without a value is outside every group), ei_index = (E - I) / (E + I), Krackhardt & Stern.\n"
         "  Without --wave ties of every wave count and a pair tied in two waves is two ties: compare per wave.\n"
         "  --nodes: per case degree, betweenness and component (igraph); graphml|gexf: the network with every case\n"
         "  attribute on its node and wave and kind on its edges (--out needed, --group optional)",
         {QStringLiteral("--group"), QStringLiteral("--wave"), QStringLiteral("--kind"), QStringLiteral("--format"),
          QStringLiteral("--out")},
         {QStringLiteral("--nodes")}, 1, 1, &runNetwork},
    };
}

}  // namespace crosscut::cli
