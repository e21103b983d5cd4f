// The command table: one line per command of DESIGN.md's CLI contract.
#include "cli/command.h"
#include "cli/wordsrequest.h"

namespace crosscut::cli {

int runMemos(Context &ctx);  // memo manager (memoscommand.cpp)

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> table = {
        {"init",
         "init PROJECT [--template intersectional|empty|FILE.json] [--from FILE.qdpx [--skip-missing-sources]]\n"
         "  [--template-language en|ru|uk|id|fr|es|ur]   # the intersectional template's names in that language, same guids\n"
         "  [--encrypt [--key-file FILE]]   # encrypted with CROSSCUT_PASSWORD, a key file (made if missing) or a typed password",
         {QStringLiteral("--template"), QStringLiteral("--template-language"), QStringLiteral("--from")},
         {QStringLiteral("--skip-missing-sources"), QStringLiteral("--encrypt")}, 1, 1, &runInit},
        {"encrypt", "encrypt PROJECT [--key-file FILE]   # encrypt a plain project in place (atomically)", {}, {}, 1, 1,
         &runEncrypt},
        {"decrypt", "decrypt PROJECT --out COPY   # write a plain copy of an encrypted project", {QStringLiteral("--out")},
         {}, 1, 1, &runDecrypt},
        {"rekey", "rekey PROJECT [--new-key-file FILE]   # new password from CROSSCUT_NEW_PASSWORD, or typed",
         {QStringLiteral("--new-key-file")}, {}, 1, 1, &runRekey},
        {"codebook-import", "codebook-import PROJECT FILE.qdc   # merge a REFI-QDA codebook by name path", {}, {}, 2, 2,
         &runCodebookImport},
        {"code",
         "code PROJECT --doc NAME --start N --end N --code PATH [--coder NAME]\n"
         "  crosscut-cli code PROJECT --from FILE.csv   # document,start,end,code,coder",
         {QStringLiteral("--doc"), QStringLiteral("--start"), QStringLiteral("--end"), QStringLiteral("--code"),
          QStringLiteral("--coder"), QStringLiteral("--from")},
         {}, 1, 1, &runCode},
        {"codebook", "codebook PROJECT [--format tree|csv|json]", {QStringLiteral("--format")}, {}, 1, 1, &runCodebook},
        {"quotes", "quotes PROJECT [--code PATH] [--doc NAME] [--case NAME] [--coder NAME]\n"
         "       [--format csv|json|xlsx|docx|html] [--out FILE] [--group-by code|document] [--redact]\n"
         "  each quote with document, speaker, attribution (\"Akinyi · 01-kenya · ¶12\"), paragraph, turn, time,\n"
         "  start/end in code points, codes, coders, cases, memos and a column per document and case attribute\n"
         "  --case: quotes in the case's documents or in its speaker turns\n"
         "  --out: write FILE atomically (xlsx and docx need it; csv, json and html print to stdout without it)\n"
         "  --group-by: docx/html headings per code (default) or per document\n"
         "  --redact: speaker and case names in texts replaced by role labels, identifying attributes left out,\n"
         "  a \"Redacted export\" watermark",
         {QStringLiteral("--code"), QStringLiteral("--doc"), QStringLiteral("--case"), QStringLiteral("--coder"),
          QStringLiteral("--format"), QStringLiteral("--out"), QStringLiteral("--group-by")},
         {QStringLiteral("--redact")}, 1, 1, &runQuotes},
        {"check", "check PROJECT   # integrity report", {}, {}, 1, 1, &runCheck},
        {"undo", "undo PROJECT   # undo the last operation", {}, {}, 1, 1, &runUndo},
        {"redo", "redo PROJECT   # redo the last undone operation", {}, {}, 1, 1, &runRedo},
        {"history", "history PROJECT [--limit N]   # the operation log", {QStringLiteral("--limit")}, {}, 1, 1, &runHistory},
        {"live",
         "live PROJECT --title T [--roster FILE.csv] [--date D] [--place P] [--facilitator F] [--coder NAME]\n"
         "  stdin: SPEAKER<TAB>TEXT[<TAB>CODE,CODE…] | #flag NOTE | #pause | #resume; prints \"ack N turn ID START END\"\n"
         "  per committed utterance; an existing session of that title is resumed",
         {QStringLiteral("--title"), QStringLiteral("--roster"), QStringLiteral("--date"), QStringLiteral("--place"),
          QStringLiteral("--facilitator"), QStringLiteral("--coder")},
         {}, 1, 1, &runLive},
        {"live-export", "live-export PROJECT --doc NAME --format txt|srt|vtt|csv [--out FILE] [--redact]\n"
         "  --redact: speakers by role labels, names in utterances and flags replaced, a \"Redacted export\" first line",
         {QStringLiteral("--doc"), QStringLiteral("--format"), QStringLiteral("--out")}, {QStringLiteral("--redact")}, 1, 1,
         &runLiveExport},
        {"live-align",
         "live-align PROJECT --doc NAME --cues RECORDING.srt|.vtt   # move a session onto a recording's clock,\n"
         "  matching utterances to the recording transcript's cues by their words",
         {QStringLiteral("--doc"), QStringLiteral("--cues")}, {}, 1, 1, &runLiveAlign},
        {"import",
         "import PROJECT FILE... [--kind interview|focus-group|notes]\n"
         "  .txt/.md (any encoding), .docx, .odt, .srt, .vtt, .pdf (its text layer; without speakers, one turn per\n"
         "  page named \"p. N\"); all files or none. Without --kind a transcript with\n"
         "  three or more speakers (Name: or [Name] prefixes) is a focus-group, anything else an interview",
         {QStringLiteral("--kind")}, {}, 2, -1, &runImport},
        {"attributes",
         "attributes PROJECT [--from FILE.csv [--create-cases] | --identifying NAME[,NAME...] | --not-identifying NAME[,NAME...]]\n"
         "                [--scope case|document]\n"
         "  --from: rows document,attribute,value[,type] or case,attribute,value[,type], all or none;\n"
         "  --create-cases: with case,…, makes the cases the file names that the project does not hold;\n"
         "  --identifying: left out of every --redact export (a phone, a village); with neither, lists the\n"
         "  attributes as CSV name,scope,type,identifying",
         {QStringLiteral("--from"), QStringLiteral("--identifying"), QStringLiteral("--not-identifying"), QStringLiteral("--scope")},
         {QStringLiteral("--create-cases")}, 1, 1, &runAttributes},
        {"survey",
         "survey PROJECT FILE.csv|FILE.xlsx --id COLUMN [--open COL,...] [--skip COL,...] [--type COL=TYPE]...\n"
         "                [--wave W] [--ties-column COL]\n"
         "  one case per respondent (the --id column; an existing case of that name is reused); every other column a\n"
         "  case attribute typed number, date (YYYY-MM-DD), category (few distinct values) or text (--type overrides);\n"
         "  each --open column one document named after its header, each answer a speaker turn of the respondent's\n"
         "  case. CSV: \",\" or \";\", quoted line breaks; XLSX: the first worksheet. All rows or none, one undoable\n"
         "  operation. --wave W names attributes and documents \"Q3 [W]\", so two waves live in one project.\n"
         "  COL is a header, or its first word (Q7); \"\\,\" is a comma inside one. --ties-column: the organisations\n"
         "  each respondent collaborated with (separated by ; , or line breaks)",
         {QStringLiteral("--id"), QStringLiteral("--open"), QStringLiteral("--skip"), QStringLiteral("--type"),
          QStringLiteral("--wave"), QStringLiteral("--ties-column")},
         {}, 2, 2, &runSurvey},
        {"pseudonymise",
         "pseudonymise PROJECT --names FILE.csv [--key-out KEY.csv]   # header name,pseudonym; whole words,\n"
         "  case-sensitive, longest first; irreversible in the project: the history is erased, the key goes only to KEY.csv",
         {QStringLiteral("--names"), QStringLiteral("--key-out")}, {}, 1, 1, &runPseudonymise},
        {"handout",
         "handout MASTER --coder NAME --out COPY.crosscut [--documents NAME,...] [--blind] [--encrypt [--copy-key-file F]]\n"
         "  a coder's copy: the codebook and the documents with their quotes, codings, memos, cases and attributes,\n"
         "  every guid kept, a fresh history; --blind leaves out other coders' codings and memos and marks the copy;\n"
         "  --encrypt: with CROSSCUT_COPY_PASSWORD, --copy-key-file (made if missing) or a typed password",
         {QStringLiteral("--coder"), QStringLiteral("--out"), QStringLiteral("--documents"), QStringLiteral("--copy-key-file")},
         {QStringLiteral("--blind"), QStringLiteral("--encrypt")}, 1, 1, &runHandout},
        {"merge",
         "merge MASTER FILE... [--keep-both] [--theirs] [--copy-key-file F]   # coder copies back, one undoable operation\n"
         "  documents by guid, then text hash; codes by guid, then path; a same-named document with another text is\n"
         "  refused (--keep-both: imported as \"NAME (2)\"); differing attribute values: the master's kept (--theirs:\n"
         "  the copy's). Encrypted copies: --copy-key-file, else CROSSCUT_COPY_PASSWORD, else the master's password",
         {QStringLiteral("--copy-key-file")}, {QStringLiteral("--keep-both"), QStringLiteral("--theirs")}, 2, -1,
         &runMerge},
        {"search", "search PROJECT QUERY [--format csv|json]   # FTS5 query; hits in code points with context",
         {QStringLiteral("--format")}, {}, 2, 2, &runSearch},
        {"kwic",
         "kwic PROJECT WORD|PHRASE [--width N] [--whole-word] [--sort left|right|document] [--format csv|json|md]\n"
         "              [--apply CODE]\n"
         "  keyword in context: every occurrence with N code points of context (default 40); without --whole-word\n"
         "  the last word may go on (advoca: advocacy); --apply codes the hits' sentences (one undoable operation)",
         {QStringLiteral("--width"), QStringLiteral("--sort"), QStringLiteral("--format"), QStringLiteral("--apply")},
         {QStringLiteral("--whole-word")}, 2, 2, &runKwic},
        {"matrix",
         "matrix PROJECT --rows SPEC --cols SPEC [--unit quotes|documents|cases] [--normalize none|row|col|total]\n"
         "                [--coder NAME]... [--doc NAME]... [--where ATTR=VALUE]... [--format csv|json|md|xlsx] [--out FILE] [--redact]\n"
         "  SPEC: dimension:PATH | codes:PATH,PATH | attribute:[document:|case:]NAME | documents | cases\n"
         "  row % = cell / sum of its row's cells; col % = cell / sum of its column's cells; total % = cell / sum of all cells\n"
         "  --redact: cases by role labels, names in document labels and quotes replaced, identifying attributes refused",
         {QStringLiteral("--rows"), QStringLiteral("--cols"), QStringLiteral("--unit"), QStringLiteral("--normalize"),
          QStringLiteral("--coder"), QStringLiteral("--doc"), QStringLiteral("--where"), QStringLiteral("--format"),
          QStringLiteral("--out")},
         {QStringLiteral("--redact")}, 1, 1, &runMatrix},
        // Framework matrix (issue #19).
        {"framework",
         "framework PROJECT --rows cases|documents --cols SPEC [--coder NAME]... [--doc NAME]... [--where ATTR=VALUE]...\n"
         "                [--format csv|md|json|xlsx|docx] [--out FILE]\n"
         "  SPEC: dimension:PATH | codes:PATH,PATH; each cell: the analyst's summary and \"(n quotes)\"; empty = a gap",
         {QStringLiteral("--rows"), QStringLiteral("--cols"), QStringLiteral("--coder"), QStringLiteral("--doc"),
          QStringLiteral("--where"), QStringLiteral("--format"), QStringLiteral("--out")},
         {}, 1, 1, &runFramework},
        {"framework-summary",
         "framework-summary PROJECT --rows cases|documents --row NAME --code PATH [--text T | --clear | --history] [--coder NAME]\n"
         "  prints a framework cell's summary, sets it (one undoable operation), clears it, or lists its earlier texts",
         {QStringLiteral("--rows"), QStringLiteral("--row"), QStringLiteral("--code"), QStringLiteral("--text"),
          QStringLiteral("--coder")},
         {QStringLiteral("--clear"), QStringLiteral("--history")}, 1, 1, &runFrameworkSummary},
        {"cooccurrence",
         "cooccurrence PROJECT [--codes PATH,PATH...] [--by codes|documents|cases] [--measure count|coefficient|jaccard]\n"
         "                [--presence] [--coder NAME]... [--doc NAME]... [--format csv|json|md] [--out FILE]\n"
         "                [--both PATH,PATH]   (instead of a table: the quotes coded with both, csv|json)\n"
         "  codes overlap when their quotes share a code point; c = n12 / (n1 + n2 - n12);\n"
         "  jaccard = quotes coded with both / quotes carrying either",
         {QStringLiteral("--codes"), QStringLiteral("--by"), QStringLiteral("--measure"), QStringLiteral("--coder"),
          QStringLiteral("--doc"), QStringLiteral("--format"), QStringLiteral("--out"), QStringLiteral("--both")},
         {QStringLiteral("--presence")}, 1, 1, &runCooccurrence},
        // Document portraits (issue #19); the image export is ui/render's.
        {"portrait",
         "portrait PROJECT [--document NAME]... [--coder NAME]... [--format json|csv] [--out FILE]\n"
         "  per document: length and coded segments (code points, lanes apart), a codeline per code;\n"
         "  --out FILE.png|.svg draws the portraits (one document: strip and codelines; several: small multiples)",
         {QStringLiteral("--document"), QStringLiteral("--coder"), QStringLiteral("--format"), QStringLiteral("--out"),
          QStringLiteral("--width")},
         {}, 1, 1, &runPortrait},
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
         {}, 1, 1, &runProfiles},
        {"agreement",
         "agreement PROJECT --coders A,B[,C...] [--codes PATH,PATH...] [--doc NAME]... [--format json|csv|md] [--out FILE]\n"
         "  per code, in code points: percent, Cohen's kappa, Krippendorff's unitized alpha; per dimension cu-alpha;\n"
         "  more than two coders: every pair and the means",
         {QStringLiteral("--coders"), QStringLiteral("--codes"), QStringLiteral("--doc"), QStringLiteral("--format"),
          QStringLiteral("--out")},
         {}, 1, 1, &runAgreement},
        // Memo manager (issue 19, item 5).
        {"memos",
         "memos PROJECT [--kind project,document,code,quote,case,live] [--author NAME] [--since DATE] [--until DATE]\n"
         "              [--search TEXT] [--format md|csv|json|html|docx] [--out FILE]\n"
         "  every memo and live flag with what it is attached to and its context (the quote's text, the code's path,\n"
         "  the session time), author and dates, oldest first; dates YYYY-MM-DD (UTC) of the last change; --search is\n"
         "  case-insensitive in title, text, attached-to and context; docx needs --out",
         {QStringLiteral("--kind"), QStringLiteral("--author"), QStringLiteral("--since"), QStringLiteral("--until"),
          QStringLiteral("--search"), QStringLiteral("--format"), QStringLiteral("--out")},
         {}, 1, 1, &runMemos},
        {"words",
         "words PROJECT [--code PATH | --set NAME] [--ngram 1|2|3] [--by document|case:ATTR|document:ATTR]\n"
         "                [--stopwords en,ru,uk,fr,es,id,FILE|none] [--top N] [--min-length N] [--min-count N]\n"
         "                [--numbers] [--no-emoji] [--format csv|json|md] [--out FILE]\n"
         "  word (or 2-3 word phrase) counts over all documents, a document set or the quotes of a code (and the\n"
         "  codes below it), ICU word boundaries, folded case; columns count, documents, then one per group.\n"
         "  Phrases stop at sentence ends, line breaks and , ; : and neither begin nor end on a stop word.\n"
         "  Stop words: the project's languages (Words tab, else the documents' language attribute, else en) with\n"
         "  its own additions and removals; --stopwords replaces the languages and adds the words of FILEs",
         wordsValueOptions(), wordsFlags(), 1, 1, &runWords},
    };
    return table;
}

}  // namespace crosscut::cli
