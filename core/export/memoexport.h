#pragma once
// The memo manager's exports (analysis/memolist.h): each memo with its
// title, kind, what it is attached to and that target's context (the quote's
// text as a quote, the code's path and description, the flag's session
// time), author, dates and text.
//   HTML   one self-contained page, every text escaped, dir="auto" on every
//          block of user text so that Urdu reads right to left
//   DOCX   through DocxDocument (headings, Quote paragraphs, bidi)
//   CSV    id,kind,title,attached_to,context,author,created,modified,text
//   JSON   an array of objects with those keys (id null for a read-only flag)
//   Markdown  one section per memo

#include "analysis/memolist.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace crosscut::exporting {

struct MemoExportInfo {
    QString projectName;
    QString filterSummary;  // e.g. "kind: quote · author: Amina"; empty: every memo
};

QByteArray memosToHtml(const QList<analysis::MemoEntry> &memos, const MemoExportInfo &info);
QByteArray memosToCsv(const QList<analysis::MemoEntry> &memos);
QByteArray memosToJson(const QList<analysis::MemoEntry> &memos);
QByteArray memosToMarkdown(const QList<analysis::MemoEntry> &memos, const MemoExportInfo &info);
Result<QByteArray> memosToDocx(const QList<analysis::MemoEntry> &memos, const MemoExportInfo &info);

// Writes the export `path`'s suffix names (.html/.htm, .docx, .csv, .json,
// .md) atomically; another suffix is refused and nothing is written.
Status writeMemos(const QString &path, const QList<analysis::MemoEntry> &memos, const MemoExportInfo &info);

}  // namespace crosscut::exporting
