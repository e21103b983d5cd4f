#include "live/utteranceedit.h"

#include "project/projectwriter.h"
#include "project/textedits.h"
#include "text/codepoints.h"

#include <QObject>

namespace crosscut::live {

namespace {

struct Turn {
    Id id = 0;
    qint64 start = 0;
    qint64 end = 0;
    qint64 textStart = 0;
    QString speaker;
    QVariant caseId;
    QVariant timeStart;
    QVariant timeEnd;
};

QString speakerPrefix(const QString &speaker) { return speaker + QStringLiteral(": "); }

Result<Turn> readTurn(Project &project, const char *sqlText, std::initializer_list<QVariant> params)
{
    sql::Statement &stmt = project.statement(sqlText);
    stmt.bindAll(params);
    if (!stmt.next())
        return makeError(ErrorKind::NotFound, QStringLiteral("no such utterance"));
    Turn t;
    t.id = stmt.int64(0);
    t.start = stmt.int64(1);
    t.end = stmt.int64(2);
    t.speaker = stmt.text(3);
    t.caseId = stmt.isNull(4) ? QVariant() : QVariant(stmt.int64(4));
    t.timeStart = stmt.isNull(5) ? QVariant() : QVariant(stmt.int64(5));
    t.timeEnd = stmt.isNull(6) ? QVariant() : QVariant(stmt.int64(6));
    stmt.reset();
    return t;
}

const char *const kTurnById = "SELECT id, start, end, speaker, case_id, time_start_ms, time_end_ms, document_id "
                              "FROM speaker_turn WHERE id = ?";

Result<Id> documentOfTurn(Project &project, Id turn)
{
    sql::Statement &stmt = project.statement("SELECT document_id FROM speaker_turn WHERE id = ?");
    stmt.bind(1, turn);
    if (!stmt.next())
        return makeError(ErrorKind::NotFound, QStringLiteral("utterance #%1 does not exist").arg(turn));
    const Id doc = stmt.int64(0);
    stmt.reset();
    return doc;
}

void findTextStart(Turn &t, Project &project, Id document)
{
    const QString prefix = speakerPrefix(t.speaker);
    const qint64 n = codePointCount(prefix);
    t.textStart = project.documentSlice(document, t.start, t.start + n) == prefix ? std::min(t.end, t.start + n) : t.start;
}

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s.trimmed();
}

// Replaces code points [rs, re) of the document with `replacement` and moves
// every quote, turn and flag with the text. Positions inside the replaced
// span keep their offset, clipped to the replacement.
Status replaceSpan(ProjectWriter &w, Id document, qint64 rs, qint64 re, const QString &replacement)
{
    return applyTextEdits(w, document, {TextEdit{rs, re, replacement}}, InsideEdit::KeepOffset);
}

}  // namespace

Status editUtterance(Project &project, Id turnId, const QString &textIn)
{
    const QString replacement = oneLine(textIn);
    if (replacement.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("an utterance needs some text; merge or delete it instead"));
    auto document = documentOfTurn(project, turnId);
    if (!document)
        return document.error();
    return project.transact(QObject::tr("Edit utterance"), [&](ProjectWriter &w) -> Status {
        auto turn = readTurn(project, kTurnById, {turnId});
        if (!turn)
            return turn.error();
        findTextStart(*turn, project, *document);
        return replaceSpan(w, *document, turn->textStart, turn->end, replacement);
    });
}

Status mergeWithNext(Project &project, Id turnId)
{
    auto document = documentOfTurn(project, turnId);
    if (!document)
        return document.error();
    return project.transact(QObject::tr("Merge utterances"), [&](ProjectWriter &w) -> Status {
        auto a = readTurn(project, kTurnById, {turnId});
        if (!a)
            return a.error();
        auto b = readTurn(project,
                          "SELECT id, start, end, speaker, case_id, time_start_ms, time_end_ms FROM speaker_turn "
                          "WHERE document_id = ? AND start >= ? AND id <> ? ORDER BY start, id LIMIT 1",
                          {*document, a->end, a->id});
        if (!b)
            return makeError(ErrorKind::NotFound, QStringLiteral("utterance #%1 is the last one; nothing to merge with").arg(turnId));
        findTextStart(*b, project, *document);
        // The label of the second utterance goes; its words join the first.
        if (Status s = w.exec("DELETE FROM speaker_turn WHERE id = ?", {b->id}); !s)
            return s;
        const qint64 rs = a->end, re = b->textStart;
        const qint64 delta = 1 - (re - rs);
        if (Status s = replaceSpan(w, *document, rs, re, QStringLiteral(" ")); !s)
            return s;
        return w.exec("UPDATE speaker_turn SET end = ?, time_end_ms = coalesce(?, time_end_ms) WHERE id = ?",
                      {b->end + delta, b->timeEnd, a->id});
    });
}

Status splitUtterance(Project &project, Id turnId, qint64 offset)
{
    auto document = documentOfTurn(project, turnId);
    if (!document)
        return document.error();
    return project.transact(QObject::tr("Split utterance"), [&](ProjectWriter &w) -> Status {
        auto a = readTurn(project, kTurnById, {turnId});
        if (!a)
            return a.error();
        findTextStart(*a, project, *document);
        const qint64 textLength = a->end - a->textStart;
        if (offset <= 0 || offset >= textLength)
            return makeError(ErrorKind::Invalid, QStringLiteral("split position %1 must lie inside the utterance's text (1–%2)")
                                                     .arg(offset)
                                                     .arg(textLength - 1));
        const QList<uint> ucs = project.documentSlice(*document, a->textStart, a->end).toUcs4();
        qint64 rs = offset, re = offset;
        while (re < textLength && QChar::isSpace(ucs[re]))
            ++re;
        while (rs > 0 && QChar::isSpace(ucs[rs - 1]))
            --rs;
        if (rs == 0 || re == textLength)
            return makeError(ErrorKind::Invalid, QStringLiteral("splitting there would leave an empty utterance"));
        rs += a->textStart;
        re += a->textStart;
        const QString label = QStringLiteral("\n") + speakerPrefix(a->speaker);
        const qint64 delta = codePointCount(label) - (re - rs);
        if (Status s = replaceSpan(w, *document, rs, re, label); !s)
            return s;
        QVariant splitTime;
        if (a->timeStart.isValid() && a->timeEnd.isValid()) {
            const qint64 t0 = a->timeStart.toLongLong(), t1 = a->timeEnd.toLongLong();
            splitTime = t0 + (t1 - t0) * offset / std::max<qint64>(1, textLength);
        }
        if (Status s = w.exec("UPDATE speaker_turn SET end = ?, time_end_ms = coalesce(?, time_end_ms) WHERE id = ?",
                              {rs, splitTime, a->id});
            !s)
            return s;
        return w.exec("INSERT INTO speaker_turn(document_id, start, end, speaker, case_id, time_start_ms, time_end_ms) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)",
                      {*document, rs + 1, a->end + delta, a->speaker, a->caseId,
                       splitTime.isValid() ? splitTime : a->timeStart, a->timeEnd});
    });
}

}  // namespace crosscut::live
