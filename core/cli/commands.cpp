// The command table: one line per command of DESIGN.md's CLI contract.
#include "cli/command.h"

namespace crosscut::cli {

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> table = {
        {"init", "init PROJECT [--template intersectional|empty|FILE.json] [--from FILE.qdpx]",
         {QStringLiteral("--template"), QStringLiteral("--from")}, {}, 1, 1, &runInit},
        {"code",
         "code PROJECT --doc NAME --start N --end N --code PATH [--coder NAME]\n"
         "  crosscut-cli code PROJECT --from FILE.csv   # document,start,end,code,coder",
         {QStringLiteral("--doc"), QStringLiteral("--start"), QStringLiteral("--end"), QStringLiteral("--code"),
          QStringLiteral("--coder"), QStringLiteral("--from")},
         {}, 1, 1, &runCode},
        {"codebook", "codebook PROJECT [--format tree|csv|json]", {QStringLiteral("--format")}, {}, 1, 1, &runCodebook},
        {"quotes", "quotes PROJECT [--code PATH] [--doc NAME] [--coder NAME] [--format csv|json]",
         {QStringLiteral("--code"), QStringLiteral("--doc"), QStringLiteral("--coder"), QStringLiteral("--format")}, {}, 1, 1,
         &runQuotes},
        {"check", "check PROJECT   # integrity report", {}, {}, 1, 1, &runCheck},
        {"undo", "undo PROJECT   # undo the last operation", {}, {}, 1, 1, &runUndo},
        {"redo", "redo PROJECT   # redo the last undone operation", {}, {}, 1, 1, &runRedo},
        {"history", "history PROJECT [--limit N]   # the operation log", {QStringLiteral("--limit")}, {}, 1, 1, &runHistory},
        {"import",
         "import PROJECT FILE... [--kind interview|focus-group|notes]\n"
         "  .txt/.md (any encoding), .docx, .odt, .srt, .vtt; all files or none. Without --kind a transcript with\n"
         "  three or more speakers (Name: or [Name] prefixes) is a focus-group, anything else an interview",
         {QStringLiteral("--kind")}, {}, 2, -1, &runImport},
        {"attributes", "attributes PROJECT --from FILE.csv   # document,attribute,value[,type] or case,attribute,value[,type]",
         {QStringLiteral("--from")}, {}, 1, 1, &runAttributes},
        {"search", "search PROJECT QUERY [--format csv|json]   # FTS5 query; hits in code points with context",
         {QStringLiteral("--format")}, {}, 2, 2, &runSearch},
    };
    return table;
}

}  // namespace crosscut::cli
