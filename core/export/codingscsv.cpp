#include "export/codingscsv.h"

#include "privacy/redaction.h"
#include "project/project.h"
#include "text/codepoints.h"
#include "util/csv.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace crosscut::exporting {

namespace {

struct Row {
    QString document;
    int documentOrder = 0;
    qint64 start = 0;
    qint64 end = 0;
    Id documentId = 0;
    QString code;
    QString coder;
};

}  // namespace

Result<QByteArray> codingsCsv(Project &project, bool utf8Bom, const privacy::Redaction *redaction)
{
    QHash<Id, QString> codePaths;
    for (const auto &code : project.codes())
        codePaths.insert(code.id, project.codePath(code.id));

    QList<Row> rows;
    auto &stmt = project.statement(
        "SELECT d.id, d.name, d.sort_order, q.start, q.end, c.code_id, coder.name "
        "FROM coding c JOIN quote q ON q.id = c.quote_id JOIN document d ON d.id = q.document_id "
        "JOIN coder ON coder.id = c.coder_id");
    while (stmt.next()) {
        Row row;
        row.documentId = stmt.int64(0);
        row.document = stmt.text(1);
        row.documentOrder = static_cast<int>(stmt.int64(2));
        row.start = stmt.int64(3);
        row.end = stmt.int64(4);
        row.code = codePaths.value(stmt.int64(5));
        row.coder = stmt.text(6);
        rows.append(row);
    }
    if (stmt.error())
        return *stmt.error();
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.documentOrder, a.document, a.start, a.end, a.code, a.coder)
               < std::tie(b.documentOrder, b.document, b.start, b.end, b.code, b.coder);
    });

    QByteArray out;
    if (utf8Bom)
        out += QByteArrayLiteral("\xEF\xBB\xBF");
    const bool redacted = redaction && redaction->enabled();
    if (redacted)
        out += csv::formatRow({privacy::watermark()}).toUtf8();
    out += csv::formatRow({QStringLiteral("document"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("text"),
                           QStringLiteral("code"), QStringLiteral("coder")})
               .toUtf8();
    // Each document's text is indexed once: code points to UTF-16.
    Id indexed = 0;
    QString text;
    CodePointIndex index;
    privacy::RedactedText redactedText;  // when redacting: the document as exported
    for (const auto &row : rows) {
        if (row.documentId != indexed) {
            text = project.documentText(row.documentId);
            index = CodePointIndex(text);
            if (redacted)
                redactedText = redaction->redact(text);
            indexed = row.documentId;
        }
        const qsizetype from = index.toUtf16(row.start);
        const qsizetype to = index.toUtf16(row.end);
        QString quoted = text.mid(from, to - from);
        QString document = row.document;
        if (redacted) {
            quoted = redactedText.slice(row.start, row.end);
            document = redaction->redactText(document);
        }
        out += csv::formatRow({document, QString::number(row.start), QString::number(row.end), quoted, row.code, row.coder})
                   .toUtf8();
    }
    return out;
}

}  // namespace crosscut::exporting
