// The quote export as one self-contained HTML page (export/quoteexport.h):
// a section per code or document, each quote a blockquote with its
// attribution and a line of what is known about it. Every text is escaped;
// every block of user text has dir="auto" so that Urdu reads right to left.
#include "export/quoteexport.h"

#include <QCoreApplication>

namespace crosscut::exporting {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("QuoteExport", text); }
QString trCount(const char *text, qsizetype n) { return QCoreApplication::translate("QuoteExport", text, nullptr, int(n)); }

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString lines(const QString &text) { return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>")); }

const char *const kStyle =
    "body{font-family:'Noto Sans','Noto Naskh Arabic','Noto Sans Devanagari',sans-serif;max-width:50em;margin:2em auto;"
    "padding:0 1em;line-height:1.5;color:#222}"
    "h1{font-size:1.6em}h2{font-size:1.25em;border-bottom:1px solid #ccc;margin-top:1.6em}"
    ".watermark{font-weight:bold;color:#a00}.meta{color:#666;font-size:.9em;margin:.2em 0}"
    ".quote{margin:1em 0}blockquote{margin:0;padding:.4em 1em;border-inline-start:4px solid #9bb;background:#f4f8f8}"
    ".source{margin:.1em 0;text-align:end;color:#444;font-size:.92em}.facts{color:#555;font-size:.85em;margin:.2em 0}"
    ".memo{font-style:italic;color:#444;font-size:.9em;margin:.2em 0}";

}  // namespace

QStringList quoteFactLines(const QuoteExport &quotes, const QuoteExportRow &row)
{
    QStringList coding;
    if (!row.codes.isEmpty())
        coding << tr("Codes: %1").arg(row.codes.join(QStringLiteral("; ")));
    if (!row.coders.isEmpty())
        coding << tr("Coders: %1").arg(row.coders.join(QStringLiteral(", ")));
    QStringList otherCases = row.cases;
    otherCases.removeAll(row.speaker);
    if (!otherCases.isEmpty())
        coding << tr("Cases: %1").arg(otherCases.join(QStringLiteral(", ")));
    QStringList values;
    for (int i = 0; i < quotes.documentAttributes.size(); ++i)
        if (!row.documentAttributes.value(i).isEmpty())
            values << quotes.documentAttributes.at(i) + QStringLiteral(": ") + row.documentAttributes.at(i);
    for (int i = 0; i < quotes.caseAttributes.size(); ++i) {
        const QString value = row.caseAttributes.value(i);
        if (value.isEmpty())
            continue;
        const QString shown = quotes.caseAttributes.at(i) + QStringLiteral(": ") + value;
        if (!values.contains(shown))
            values << shown;
    }
    QStringList lines;
    if (!coding.isEmpty())
        lines << coding.join(QStringLiteral(" · "));
    if (!values.isEmpty())
        lines << values.join(QStringLiteral(" · "));
    return lines;
}

QByteArray quotesToHtml(const QuoteExport &quotes, QuoteGrouping grouping)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>") + esc(quotes.title)
        + QStringLiteral("</title>\n<style>") + QString::fromLatin1(kStyle) + QStringLiteral("</style>\n</head>\n<body>\n");
    if (!quotes.watermark.isEmpty())
        html += QStringLiteral("<p class=\"watermark\">") + esc(quotes.watermark) + QStringLiteral("</p>\n");
    html += QStringLiteral("<h1 dir=\"auto\">") + esc(quotes.title) + QStringLiteral("</h1>\n");
    QString summary = trCount("%n quote(s)", quotes.rows.size());
    if (!quotes.summary.isEmpty())
        summary += QStringLiteral(" · ") + quotes.summary;
    html += QStringLiteral("<p class=\"meta\" dir=\"auto\">") + esc(summary) + QStringLiteral("</p>\n");
    for (const auto &group : groupQuotes(quotes, grouping)) {
        html += QStringLiteral("<div class=\"group\">\n<h2 dir=\"auto\">") + esc(group.first) + QStringLiteral(" <span class=\"meta\">(")
            + esc(trCount("%n quote(s)", group.second.size())) + QStringLiteral(")</span></h2>\n");
        for (const int i : group.second) {
            const QuoteExportRow &row = quotes.rows.at(i);
            html += QStringLiteral("<div class=\"quote\">\n<blockquote dir=\"auto\">") + lines(row.text) + QStringLiteral("</blockquote>\n");
            html += QStringLiteral("<p class=\"source\" dir=\"auto\">— ") + esc(row.attribution) + QStringLiteral("</p>\n");
            for (const QString &line : quoteFactLines(quotes, row))
                html += QStringLiteral("<p class=\"facts\" dir=\"auto\">") + esc(line) + QStringLiteral("</p>\n");
            for (const QString &memo : row.memos)
                html += QStringLiteral("<p class=\"memo\" dir=\"auto\">") + esc(tr("Memo: %1").arg(memo)).replace(QLatin1Char('\n'), QStringLiteral("<br>"))
                    + QStringLiteral("</p>\n");
            html += QStringLiteral("</div>\n");
        }
        html += QStringLiteral("</div>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

}  // namespace crosscut::exporting
