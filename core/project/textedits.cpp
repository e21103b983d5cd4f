#include "project/textedits.h"

#include "text/codepoints.h"

#include <algorithm>

namespace crosscut {

EditShift::EditShift(const QList<TextEdit> &edits, InsideEdit inside) : m_inside(inside)
{
    m_spans.reserve(edits.size());
    m_deltaBefore.reserve(edits.size() + 1);
    qint64 delta = 0;
    m_deltaBefore.append(0);
    for (const TextEdit &e : edits) {
        const qint64 n = codePointCount(e.replacement);
        m_spans.append({e.start, e.end, n});
        delta += n - (e.end - e.start);
        m_deltaBefore.append(delta);
    }
}

qint64 EditShift::mapStart(qint64 p) const
{
    // Spans ending at or before p lie wholly before it (an insertion at p too).
    const auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), p,
                                     [](qint64 v, const Span &s) { return v < s.end; });
    const qsizetype i = it - m_spans.cbegin();
    const qint64 shift = m_deltaBefore[i];
    if (it != m_spans.cend() && it->start <= p) {
        const qint64 offset = m_inside == InsideEdit::Widen ? 0 : std::min(p - it->start, it->length);
        return it->start + shift + offset;
    }
    return p + shift;
}

qint64 EditShift::mapEnd(qint64 p) const
{
    const auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), p,
                                     [](qint64 v, const Span &s) { return v < s.end; });
    qsizetype i = it - m_spans.cbegin();
    // An insertion exactly at p lies after an end there.
    qsizetype before = i;
    while (before > 0 && m_spans[before - 1].start == p)
        --before;
    const qint64 shift = m_deltaBefore[before];
    if (it != m_spans.cend() && it->start < p) {
        const qint64 offset = m_inside == InsideEdit::Widen ? it->length : std::min(p - it->start, it->length);
        return it->start + shift + offset;
    }
    return p + shift;
}

Status applyTextEdits(ProjectWriter &w, Id document, const QList<TextEdit> &edits, InsideEdit inside)
{
    if (edits.isEmpty())
        return {};
    Project &project = w.project();
    for (qsizetype i = 0; i < edits.size(); ++i)
        if (edits[i].end < edits[i].start || (i > 0 && edits[i].start < edits[i - 1].end))
            return makeError(ErrorKind::Invalid, QStringLiteral("overlapping text edits in document #%1").arg(document));
    const qint64 from = edits.first().start, to = edits.last().end;

    // One rewrite of [from, to): the text between the edits is kept.
    // (By code points: many edits in a long text stay linear.)
    const QList<uint> old = project.documentSlice(document, from, to).toUcs4();
    if (from < 0 || to - from != old.size())
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("span %1–%2 lies outside document #%3").arg(from).arg(to).arg(document));
    auto piece = [&](qint64 a, qint64 b) {
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(old.constData() + (a - from)), b - a);
    };
    QString middle;
    qint64 at = from;
    for (const TextEdit &e : edits) {
        middle += piece(at, e.start);
        middle += e.replacement;
        at = e.end;
    }
    if (Status s = w.replaceText(document, from, to, middle); !s)
        return s;

    const EditShift shift(edits, inside);
    struct Span {
        Id id;
        qint64 start;
        qint64 end;
    };
    auto collect = [&](const char *sqlText) {
        QList<Span> spans;
        sql::Statement &stmt = project.statement(sqlText);
        stmt.bindAll({document, from});
        while (stmt.next())
            spans.append({stmt.int64(0), stmt.int64(1), stmt.int64(2)});
        stmt.reset();
        return spans;
    };
    for (const Span &q : collect("SELECT id, start, end FROM quote WHERE document_id = ? AND end > ?")) {
        const qint64 s = shift.mapStart(q.start), e = shift.mapEnd(q.end);
        if (e <= s)
            return makeError(ErrorKind::Invalid,
                             QStringLiteral("this change would leave quote #%1 (%2–%3) empty; remove that quote first")
                                 .arg(q.id)
                                 .arg(q.start)
                                 .arg(q.end));
        if (s != q.start || e != q.end)
            if (Status st = w.exec("UPDATE quote SET start = ?, end = ? WHERE id = ?", {s, e, q.id}); !st)
                return st;
    }
    for (const Span &t : collect("SELECT id, start, end FROM speaker_turn WHERE document_id = ? AND end >= ?")) {
        const qint64 s = shift.mapStart(t.start), e = std::max(s, shift.mapEnd(t.end));
        if (s != t.start || e != t.end)
            if (Status st = w.exec("UPDATE speaker_turn SET start = ?, end = ? WHERE id = ?", {s, e, t.id}); !st)
                return st;
    }
    for (const Span &f : collect("SELECT id, position, position FROM live_flag WHERE document_id = ? AND position > ?")) {
        const qint64 p = shift.mapEnd(f.start);
        if (p != f.start)
            if (Status st = w.exec("UPDATE live_flag SET position = ? WHERE id = ?", {p, f.id}); !st)
                return st;
    }
    return {};
}

}  // namespace crosscut
