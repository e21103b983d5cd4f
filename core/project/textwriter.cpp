// The two ways an operation changes a document's text: appending (a live
// commit) and replacing a span (editing an utterance). See schema version 4:
// a document's text is document.text followed by its document_chunk rows.
#include "project/projectwriter.h"
#include "text/codepoints.h"

#include <algorithm>

namespace crosscut {

Result<qint64> ProjectWriter::appendText(Id document, const QString &text)
{
    auto length = documentLength(document);
    if (!length)
        return length.error();
    const qint64 n = codePointCount(text);
    if (n == 0)
        return *length;
    // One new row, however long the text already is: the document row itself
    // only changes its length.
    if (Status s = exec("INSERT INTO document_chunk(document_id, start, length, text) VALUES (?, ?, ?, ?)",
                        {document, *length, n, text});
        !s)
        return s.error();
    if (Status s = exec("UPDATE document SET length = ? WHERE id = ?", {*length + n, document}); !s)
        return s.error();
    m_lengths.insert(document, *length + n);
    return *length;
}

Status ProjectWriter::replaceText(Id document, qint64 start, qint64 end, const QString &replacement)
{
    auto length = documentLength(document);
    if (!length)
        return length.error();
    if (start < 0 || end < start || end > *length)
        return makeError(ErrorKind::Invalid, QStringLiteral("span %1–%2 lies outside the document (length %3)")
                                                 .arg(start)
                                                 .arg(end)
                                                 .arg(*length));
    const qint64 n = codePointCount(replacement);
    const qint64 newLength = *length - (end - start) + n;
    sql::Database &db = m_project.database();
    auto baseLength = db.scalar(QStringLiteral("SELECT length(text) FROM document WHERE id = ?"), {document});
    auto chunkCount = db.scalar(QStringLiteral("SELECT count(*) FROM document_chunk WHERE document_id = ?"), {document});
    if (!baseLength || !chunkCount)
        return makeError(ErrorKind::Io, QStringLiteral("cannot read document #%1").arg(document));

    if (chunkCount->toLongLong() == 0) {
        // All text in document.text: rewrite it.
        const QString text = m_project.documentText(document);
        const QString newText = codePointSlice(text, 0, start) + replacement + codePointSlice(text, end, *length);
        if (Status s = exec("UPDATE document SET text = ?, length = ? WHERE id = ?", {newText, newLength, document}); !s)
            return s;
    } else if (start < baseLength->toLongLong()) {
        // The span reaches into document.text: the whole text becomes one
        // chunk, so that later appends stay cheap.
        const QString text = m_project.documentText(document);
        const QString newText = codePointSlice(text, 0, start) + replacement + codePointSlice(text, end, *length);
        if (Status s = exec("DELETE FROM document_chunk WHERE document_id = ?", {document}); !s)
            return s;
        if (Status s = exec("UPDATE document SET text = '', length = ? WHERE id = ?", {newLength, document}); !s)
            return s;
        if (newLength > 0)
            if (Status s = exec("INSERT INTO document_chunk(document_id, start, length, text) VALUES (?, 0, ?, ?)",
                                {document, newLength, newText});
                !s)
                return s;
    } else {
        // Only the chunks touching [start, end) are rewritten, as one; the
        // chunks after them move by the difference.
        struct Chunk {
            Id id;
            qint64 start;
            qint64 length;
            QString text;
        };
        QList<Chunk> touched;
        sql::Statement &find = m_project.statement(
            "SELECT id, start, length, text FROM document_chunk WHERE document_id = ?1 AND start <= ?3 AND start >= "
            "(SELECT coalesce(max(start), 0) FROM document_chunk WHERE document_id = ?1 AND start <= ?2) ORDER BY start");
        find.bindAll({document, start, end});
        while (find.next())
            touched.append({find.int64(0), find.int64(1), find.int64(2), find.text(3)});
        find.reset();
        if (touched.isEmpty() || touched.first().start > start)
            return makeError(ErrorKind::Corrupt, QStringLiteral("the text of document #%1 has a gap; run check").arg(document));
        const qint64 from = touched.first().start;
        const qint64 to = touched.last().start + touched.last().length;
        QString joined;
        for (const Chunk &c : touched)
            joined += c.text;
        const QString newText = codePointSlice(joined, 0, start - from) + replacement + codePointSlice(joined, end - from, to - from);
        const qint64 delta = n - (end - start);
        for (const Chunk &c : touched)
            if (Status s = exec("DELETE FROM document_chunk WHERE id = ?", {c.id}); !s)
                return s;
        if (delta != 0)
            if (Status s = exec("UPDATE document_chunk SET start = start + ? WHERE document_id = ? AND start >= ?",
                                {delta, document, to});
                !s)
                return s;
        if (!newText.isEmpty())
            if (Status s = exec("INSERT INTO document_chunk(document_id, start, length, text) VALUES (?, ?, ?, ?)",
                                {document, from, to - from + delta, newText});
                !s)
                return s;
        if (Status s = exec("UPDATE document SET length = ? WHERE id = ?", {newLength, document}); !s)
            return s;
    }
    m_lengths.insert(document, newLength);
    return {};
}

}  // namespace crosscut
