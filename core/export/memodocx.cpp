// The memo manager's Word export (export/memoexport.h), through DocxDocument.
#include "export/docxdocument.h"
#include "export/memoexport.h"

#include <QCoreApplication>
#include <QDateTime>

namespace crosscut::exporting {

using analysis::MemoEntry;
using analysis::MemoKind;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("MemoExport", text); }
QString trCount(const char *text, qsizetype n) { return QCoreApplication::translate("MemoExport", text, nullptr, int(n)); }

QString shownDate(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC") : iso;
}

}  // namespace

Result<QByteArray> memosToDocx(const QList<MemoEntry> &memos, const MemoExportInfo &info)
{
    const QString heading = info.projectName.isEmpty() ? tr("Memos") : tr("Memos — %1").arg(info.projectName);
    DocxDocument doc(heading);
    doc.heading(1, heading);
    QString summary = trCount("%n memo(s)", memos.size());
    if (!info.filterSummary.isEmpty())
        summary += QStringLiteral(" · ") + info.filterSummary;
    doc.paragraph(summary);
    for (const MemoEntry &m : memos) {
        doc.heading(2, m.title.isEmpty() ? tr("(untitled)") : m.title);
        const QString kind = analysis::memoKindLabel(m.kind);
        doc.paragraph(m.attachedTo.isEmpty() ? kind : kind + QStringLiteral(" · ") + m.attachedTo);
        if (!m.context.trimmed().isEmpty()) {
            if (m.kind == MemoKind::Quote)
                doc.quote(m.context, m.attachedTo);
            else if (m.kind == MemoKind::Code)
                doc.paragraph(tr("Code description: %1").arg(m.context));
            else if (m.kind == MemoKind::Case)
                doc.paragraph(tr("Case description: %1").arg(m.context));
            else if (m.kind == MemoKind::LiveFlag)
                doc.paragraph(tr("Flag note: %1").arg(m.context));
        }
        QStringList by;
        if (!m.author.isEmpty())
            by << m.author;
        by << tr("written %1").arg(shownDate(m.createdAt));
        if (m.modifiedAt != m.createdAt)
            by << tr("modified %1").arg(shownDate(m.modifiedAt));
        doc.paragraph(by.join(QStringLiteral(" · ")));
        const QStringList paragraphs = m.text.split(QStringLiteral("\n\n"));
        for (const QString &p : paragraphs)
            if (!p.trimmed().isEmpty())
                doc.paragraph(p);
    }
    return doc.toDocx();
}

}  // namespace crosscut::exporting
