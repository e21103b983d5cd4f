#include "export/memoexport.h"

#include "export/atomicfile.h"
#include "util/csv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace crosscut::exporting {

using analysis::MemoEntry;
using analysis::MemoKind;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("MemoExport", text); }
QString trCount(const char *text, qsizetype n) { return QCoreApplication::translate("MemoExport", text, nullptr, int(n)); }

// "2026-12-01 22:48 UTC" from the stored ISO 8601.
QString shownDate(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC") : iso;
}

QString titleOf(const MemoEntry &m) { return m.title.isEmpty() ? tr("(untitled)") : m.title; }

// "Quote · interview-a [24–56]"
QString attachment(const MemoEntry &m)
{
    const QString kind = analysis::memoKindLabel(m.kind);
    return m.attachedTo.isEmpty() ? kind : kind + QStringLiteral(" · ") + m.attachedTo;
}

// The label the context carries in the exports (the quote's is a quotation).
QString contextLabel(MemoKind kind)
{
    switch (kind) {
    case MemoKind::Code: return tr("Code description");
    case MemoKind::Case: return tr("Case description");
    case MemoKind::LiveFlag: return tr("Flag note");
    default: return {};
    }
}

QString byline(const MemoEntry &m)
{
    QStringList parts;
    if (!m.author.isEmpty())
        parts << m.author;
    parts << tr("written %1").arg(shownDate(m.createdAt));
    if (m.modifiedAt != m.createdAt)
        parts << tr("modified %1").arg(shownDate(m.modifiedAt));
    return parts.join(QStringLiteral(" · "));
}

QString esc(const QString &s) { return s.toHtmlEscaped(); }

// Paragraphs at blank lines, line breaks inside them.
QString htmlParagraphs(const QString &text)
{
    QString out;
    const QStringList paragraphs = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QStringLiteral("\n\n"));
    for (const QString &p : paragraphs) {
        if (p.trimmed().isEmpty())
            continue;
        out += QStringLiteral("<p dir=\"auto\">") + esc(p).replace(QLatin1Char('\n'), QStringLiteral("<br>")) + QStringLiteral("</p>\n");
    }
    return out;
}

const char *const kStyle =
    "body{font-family:'Noto Sans','Noto Naskh Arabic','Noto Sans Devanagari',sans-serif;max-width:48em;margin:2em auto;"
    "padding:0 1em;line-height:1.5;color:#222}"
    "h1{font-size:1.6em}article{border-top:1px solid #ccc;padding:.6em 0}h2{font-size:1.2em;margin:.2em 0}"
    ".about{color:#444;margin:.2em 0}.kind{font-weight:bold;color:#1b5e8c}.meta{color:#666;font-size:.9em;margin:.2em 0}"
    "blockquote{margin:.5em 0;padding:.3em 1em;border-inline-start:4px solid #9bb;background:#f4f8f8}"
    ".context{color:#444;font-style:italic}";

}  // namespace

QByteArray memosToHtml(const QList<MemoEntry> &memos, const MemoExportInfo &info)
{
    const QString heading = info.projectName.isEmpty() ? tr("Memos") : tr("Memos — %1").arg(info.projectName);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>") + esc(heading)
        + QStringLiteral("</title>\n<style>") + QString::fromLatin1(kStyle) + QStringLiteral("</style>\n</head>\n<body>\n");
    html += QStringLiteral("<h1 dir=\"auto\">") + esc(heading) + QStringLiteral("</h1>\n");
    QString summary = trCount("%n memo(s)", memos.size());
    if (!info.filterSummary.isEmpty())
        summary += QStringLiteral(" · ") + info.filterSummary;
    html += QStringLiteral("<p class=\"meta\" dir=\"auto\">") + esc(summary) + QStringLiteral("</p>\n");
    for (const MemoEntry &m : memos) {
        html += QStringLiteral("<article class=\"memo\">\n<h2 dir=\"auto\">") + esc(titleOf(m)) + QStringLiteral("</h2>\n");
        html += QStringLiteral("<p class=\"about\"><span class=\"kind\">") + esc(analysis::memoKindLabel(m.kind))
            + QStringLiteral("</span>");
        if (!m.attachedTo.isEmpty())
            html += QStringLiteral(" · <span dir=\"auto\">") + esc(m.attachedTo) + QStringLiteral("</span>");
        html += QStringLiteral("</p>\n");
        if (!m.context.trimmed().isEmpty()) {
            if (m.kind == MemoKind::Quote)
                html += QStringLiteral("<blockquote dir=\"auto\">") + esc(m.context).replace(QLatin1Char('\n'), QStringLiteral("<br>"))
                    + QStringLiteral("</blockquote>\n");
            else
                html += QStringLiteral("<p class=\"context\" dir=\"auto\">") + esc(contextLabel(m.kind)) + QStringLiteral(": ")
                    + esc(m.context) + QStringLiteral("</p>\n");
        }
        html += QStringLiteral("<p class=\"meta\" dir=\"auto\">") + esc(byline(m)) + QStringLiteral("</p>\n");
        html += htmlParagraphs(m.text);
        html += QStringLiteral("</article>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

QByteArray memosToCsv(const QList<MemoEntry> &memos)
{
    QString out = csv::formatRow({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"),
                                  QStringLiteral("attached_to"), QStringLiteral("context"), QStringLiteral("author"),
                                  QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("text")});
    for (const MemoEntry &m : memos)
        out += csv::formatRow({m.memoId ? QString::number(*m.memoId) : QString(), analysis::memoKindKey(m.kind), m.title,
                               m.attachedTo, m.context, m.author, m.createdAt, m.modifiedAt, m.text});
    return out.toUtf8();
}

QByteArray memosToJson(const QList<MemoEntry> &memos)
{
    QJsonArray array;
    for (const MemoEntry &m : memos) {
        QJsonObject o{{QStringLiteral("id"), m.memoId ? QJsonValue(*m.memoId) : QJsonValue()},
                      {QStringLiteral("kind"), analysis::memoKindKey(m.kind)},
                      {QStringLiteral("title"), m.title},
                      {QStringLiteral("attached_to"), m.attachedTo},
                      {QStringLiteral("context"), m.context},
                      {QStringLiteral("author"), m.author},
                      {QStringLiteral("created"), m.createdAt},
                      {QStringLiteral("modified"), m.modifiedAt},
                      {QStringLiteral("text"), m.text},
                      {QStringLiteral("editable"), m.editable()}};
        if (m.targetId)
            o.insert(QStringLiteral("target_id"), *m.targetId);
        if (m.kind == MemoKind::Quote || m.kind == MemoKind::LiveFlag) {
            if (m.documentId)
                o.insert(QStringLiteral("document_id"), *m.documentId);
            o.insert(QStringLiteral("start"), m.start);
            o.insert(QStringLiteral("end"), m.end);
        }
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray memosToMarkdown(const QList<MemoEntry> &memos, const MemoExportInfo &info)
{
    QString md = QStringLiteral("# ") + (info.projectName.isEmpty() ? tr("Memos") : tr("Memos — %1").arg(info.projectName))
        + QStringLiteral("\n\n");
    if (!info.filterSummary.isEmpty())
        md += info.filterSummary + QStringLiteral("\n\n");
    for (const MemoEntry &m : memos) {
        md += QStringLiteral("## ") + titleOf(m) + QStringLiteral("\n\n*") + attachment(m) + QStringLiteral("*\n\n");
        if (!m.context.trimmed().isEmpty()) {
            if (m.kind == MemoKind::Quote)
                md += QStringLiteral("> ") + QString(m.context).replace(QLatin1Char('\n'), QStringLiteral("\n> ")) + QStringLiteral("\n\n");
            else
                md += contextLabel(m.kind) + QStringLiteral(": ") + m.context + QStringLiteral("\n\n");
        }
        md += byline(m) + QStringLiteral("\n\n");
        if (!m.text.trimmed().isEmpty())
            md += m.text.trimmed() + QStringLiteral("\n\n");
    }
    return md.toUtf8();
}

Status writeMemos(const QString &path, const QList<MemoEntry> &memos, const MemoExportInfo &info)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray data;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        data = memosToHtml(memos, info);
    } else if (suffix == QLatin1String("docx")) {
        Result<QByteArray> docx = memosToDocx(memos, info);
        if (!docx)
            return docx.error();
        data = *docx;
    } else if (suffix == QLatin1String("csv")) {
        data = memosToCsv(memos);
    } else if (suffix == QLatin1String("json")) {
        data = memosToJson(memos);
    } else if (suffix == QLatin1String("md")) {
        data = memosToMarkdown(memos, info);
    } else {
        return makeError(ErrorKind::Invalid,
                         tr("Memos are exported as .html, .docx, .csv, .json or .md, not “%1”.").arg(QFileInfo(path).fileName()));
    }
    return writeAtomically(path, data);
}

}  // namespace crosscut::exporting
