#include "render/rendercommands.h"

namespace crosscut::render {

QList<cli::CommandSpec> renderCommands()
{
    return {
        {"chart",
         "chart PROJECT --rows SPEC --cols SPEC --type bar|stacked|grouped|heatmap --out FILE.png|.svg\n"
         "                [--unit quotes|documents|cases] [--normalize none|row|col|total] [--title T]\n"
         "                [--colours safe|codes]   (default safe: a colour-blind-safe palette)\n"
         "  bar: row totals; stacked: rows split by columns; heatmap: the grid shaded;\n"
         "  grouped: --rows attribute:case:ATTR, mean per case of the quotes carrying each column code",
         {QStringLiteral("--rows"), QStringLiteral("--cols"), QStringLiteral("--type"), QStringLiteral("--out"),
          QStringLiteral("--unit"), QStringLiteral("--normalize"), QStringLiteral("--title"), QStringLiteral("--width"),
          QStringLiteral("--height"), QStringLiteral("--colours")},
         {}, 1, 1, &runChart},
        {"report",
         "report PROJECT --out FILE.pdf|.odt|.html|.xlsx [--rows SPEC --cols SPEC] [--quotes-per-cell N] [--title T]\n"
         "                [--group CASE-ATTRIBUTE] [--framework SPEC|none] [--redact]\n"
         "  --framework: the framework matrix section's columns (default: --cols when they are codes)\n"
         "  default matrix: dimension:Leadership × dimension:Population served (else the first two dimensions)\n"
         "  --redact: speakers and cases by role labels (their Role attribute + a number, else Participant N / Case N),\n"
         "  those names replaced inside quotes too, identifying attributes left out, a \"Redacted export\" line on top",
         {QStringLiteral("--out"), QStringLiteral("--rows"), QStringLiteral("--cols"), QStringLiteral("--quotes-per-cell"),
          QStringLiteral("--title"), QStringLiteral("--group"), QStringLiteral("--framework")},
         {QStringLiteral("--redact")}, 1, 1, &runReport},
        {"export",
         "export PROJECT --format csv|xlsx|html|odt|pdf|qdpx|qdc --out FILE [--bom] [--redact] [report options]\n"
         "  csv: one row per coding (document,start,end,text,code,coder); xlsx/html/odt/pdf: the evaluation report;\n"
         "  qdpx/qdc: REFI-QDA project / codebook\n"
         "  --redact: as for report; csv starts with a \"Redacted export\" line and keeps start/end in the project's\n"
         "  text; qdpx gets redacted source texts with every quote's positions recomputed into them, cases named\n"
         "  by role labels, no identifying variables, the watermark as project description; qdc holds no names",
         {QStringLiteral("--format"), QStringLiteral("--out"), QStringLiteral("--rows"), QStringLiteral("--cols"),
          QStringLiteral("--quotes-per-cell"), QStringLiteral("--title"), QStringLiteral("--group")},
         {QStringLiteral("--bom"), QStringLiteral("--redact")}, 1, 1, &runExport},
    };
}

bool needsGui(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString command = args.first();
    if (command == QLatin1String("chart") || command == QLatin1String("report"))
        return true;
    if (command == QLatin1String("export")) {
        // Only the report formats draw; csv, qdpx and qdc do not.
        const qsizetype at = args.indexOf(QStringLiteral("--format"));
        const QString format = at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
        for (const QString &arg : args)
            if (arg.startsWith(QLatin1String("--format=")))
                return !QStringList{QStringLiteral("csv"), QStringLiteral("qdpx"), QStringLiteral("qdc")}.contains(arg.mid(9));
        return !QStringList{QStringLiteral("csv"), QStringLiteral("qdpx"), QStringLiteral("qdc")}.contains(format);
    }
    return false;
}

}  // namespace crosscut::render
