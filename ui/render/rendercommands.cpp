#include "render/rendercommands.h"

#include "cli/wordsrequest.h"

#include <algorithm>

namespace crosscut::render {

namespace {

// The report options `report` and `export` share (reportcommand.cpp reads them).
QStringList reportValueOptions()
{
    return {QStringLiteral("--rows"), QStringLiteral("--cols"), QStringLiteral("--quotes-per-cell"), QStringLiteral("--title"),
            QStringLiteral("--group"), QStringLiteral("--network-group"), QStringLiteral("--framework"),
            QStringLiteral("--subtitle"), QStringLiteral("--organisation"), QStringLiteral("--author"), QStringLiteral("--matrix"),
            QStringLiteral("--leave-out"), QStringLiteral("--role-attribute"), QStringLiteral("--exclude-roles")};
}

}  // namespace

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
         "report PROJECT --out FILE.pdf|.docx|.odt|.html|.xlsx [--rows SPEC --cols SPEC] [--quotes-per-cell N] [--title T]\n"
         "                [--group CASE-ATTRIBUTE] [--network-group CASE-ATTRIBUTE] [--framework SPEC|none] [--redact]\n"
         "  --framework: the framework matrix section's columns (default: --cols when they are codes)\n"
         "  default matrix: dimension:Leadership × dimension:Population served (else the first two dimensions)\n"
         "  --redact: speakers and cases by role labels (their Role attribute + a number, else Participant N / Case N),\n"
         "  those names replaced inside quotes too, identifying attributes left out, a \"Redacted export\" line on top\n"
         "  --network-group: the case attribute of the \"Collaboration network\" section (when the project has ties);\n"
         "  default: --group when it is a case attribute, else the first case attribute\n"
         "  [--subtitle T] [--organisation T] [--author T]: the title page\n"
         "  --matrix \"ROWS | COLS [| UNIT [| NORM]]\": one more matrix (repeatable), e.g.\n"
         "    --matrix \"attribute:Country | dimension:Leadership | quotes | col\"; UNIT quotes|documents|cases (default\n"
         "    quotes), NORM none|row|col|total (default row); a literal | inside a name is written \\|\n"
         "  --leave-out SECTION,...: summary, methods, matrices, charts, quotes, profiles, network, agreement,\n"
         "    framework, codebook, appendix\n"
         "  --role-attribute NAME (default Role) --exclude-roles A,B (default Interviewer,Facilitator; '' excludes\n"
         "    none): cases with such a role are no cases of the report's counts, groups and profiles",
         reportValueOptions() + QStringList{QStringLiteral("--out")},
         {QStringLiteral("--redact")}, 1, 1, &runReport},
        {"network-chart",
         "network-chart PROJECT --group case:ATTR --draw graph|mean_ties|cross_ratio|ei_index --out FILE.png|.svg\n"
         "                [--wave W]... [--kind K] [--title T] [--width N] [--height N]\n"
         "  graph: the collaboration network, one drawing per wave side by side (a case at the same place in each),\n"
         "  circles coloured by ATTR and sized by ties; mean_ties, cross_ratio, ei_index: that measure per group of\n"
         "  ATTR as bars, one per wave. Without --wave: every wave the ties carry (ties without waves: one drawing)",
         {QStringLiteral("--group"), QStringLiteral("--draw"), QStringLiteral("--out"), QStringLiteral("--wave"),
          QStringLiteral("--kind"), QStringLiteral("--title"), QStringLiteral("--width"), QStringLiteral("--height")},
         {}, 1, 1, &runNetworkChart},
        {"export",
         "export PROJECT --format csv|xlsx|html|odt|docx|pdf|qdpx|qdc --out FILE [--bom] [--redact] [report options]\n"
         "  csv: one row per coding (document,start,end,text,code,coder); xlsx/html/odt/pdf: the evaluation report;\n"
         "  qdpx/qdc: REFI-QDA project / codebook\n"
         "  --redact: as for report; csv starts with a \"Redacted export\" line and keeps start/end in the project's\n"
         "  text; qdpx gets redacted source texts with every quote's positions recomputed into them, cases named\n"
         "  by role labels, no identifying variables, the watermark as project description; qdc holds no names\n"
         "  qdpx: a quote coded by several coders is one selection per coder (other tools keep one coder per\n"
         "  selection); cases name their documents (SourceRef) and their speakers' turns (SelectionRef to an\n"
         "  uncoded selection of each turn); --no-turn-selections leaves the turns out (QualCoder reads no case\n"
         "  links and shows each as an empty annotation)",
         reportValueOptions() + QStringList{QStringLiteral("--format"), QStringLiteral("--out")},
         {QStringLiteral("--bom"), QStringLiteral("--redact"), QStringLiteral("--no-turn-selections")}, 1, 1, &runExport},
        {"wordcloud",
         "wordcloud PROJECT --out FILE.png|.svg [words options: --code PATH | --set NAME, --ngram N, --stopwords ...,\n"
         "                --top N (default 120), --min-length N, --min-count N, --numbers, --no-emoji] [--title T]\n"
         "                [--width W] [--height H]\n"
         "  the counts of `words` as a cloud: sizes by count, deterministic spiral placement, colour-blind-safe colours",
         cli::wordsValueOptions() + QStringList{QStringLiteral("--title"), QStringLiteral("--width"), QStringLiteral("--height")},
         cli::wordsFlags(), 1, 1, &runWordCloud},
        // Stands in for core's portrait (same synopsis), drawing --out FILE.png|.svg.
        {"portrait",
         "portrait PROJECT [--document NAME]... [--coder NAME]... [--format json|csv] [--out FILE] [--width PX]\n"
         "  per document: length and coded segments (code points, lanes apart), a codeline per code;\n"
         "  --out FILE.png|.svg draws them (one --document: strip and codelines; else small multiples of all)",
         {QStringLiteral("--document"), QStringLiteral("--coder"), QStringLiteral("--format"), QStringLiteral("--out"),
          QStringLiteral("--width")},
         {}, 1, 1, &runPortraitCommand},
        // Stands in for core's profiles (same synopsis), drawing --draw dots|grid.
        {"profiles",
         "profiles PROJECT [--case NAME] [--group ATTR] [--average PATH|distinct[:PATH]] [--coder NAME]...\n"
         "                [--doc NAME]... [--format csv|json|md] [--out FILE]\n"
         "                [--draw dots|grid --out FILE.png|.svg [--dimension NAME] [--width PX]]\n"
         "  per case: quotes per dimension value, hat shifts, bipolar mean/spread; --average: per-group average per case\n"
         "  --draw dots: per bipolar dimension (or --dimension), a row per case, a dot per positioned quote on the axis\n"
         "  between the poles, the mean as a diamond, the spread as a line; --draw grid: cases × dimensions, the values\n"
         "  each case speaks from as chips in the code colours, hat shifts outlined (--dimension: that column only)",
         {QStringLiteral("--case"), QStringLiteral("--group"), QStringLiteral("--average"), QStringLiteral("--coder"),
          QStringLiteral("--doc"), QStringLiteral("--format"), QStringLiteral("--out"), QStringLiteral("--draw"),
          QStringLiteral("--dimension"), QStringLiteral("--width")},
         {}, 1, 1, &runProfilesCommand},
    };
}

bool needsGui(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString command = args.first();
    if (command == QLatin1String("chart") || command == QLatin1String("report") || command == QLatin1String("wordcloud")
        || command == QLatin1String("network-chart"))
        return true;
    if (command == QLatin1String("portrait")) {
        for (qsizetype i = 1; i < args.size(); ++i) {
            if (args.at(i) == QLatin1String("--out") && i + 1 < args.size())
                return isPortraitImage(args.at(i + 1));
            if (args.at(i).startsWith(QLatin1String("--out=")))
                return isPortraitImage(args.at(i).mid(6));
        }
        return false;
    }
    if (command == QLatin1String("profiles"))
        return std::any_of(args.cbegin() + 1, args.cend(), [](const QString &arg) {
            return arg == QLatin1String("--draw") || arg.startsWith(QLatin1String("--draw="));
        });
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
