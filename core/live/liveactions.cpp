// LiveSession's corrections made during a session: taking a code off an
// utterance, a participant joining, and Ctrl+Z (undo of the newest live
// action through the project's operation log).
#include "live/livesession.h"

#include "project/projectwriter.h"

#include <QSet>

namespace crosscut::live {

Status LiveSession::uncodeUtterance(Id turn, Id code)
{
    sql::Statement &find = m_project.statement("SELECT start, end FROM speaker_turn WHERE id = ? AND document_id = ?");
    find.bind(1, turn).bind(2, m_document);
    if (!find.next())
        return makeError(ErrorKind::NotFound, QObject::tr("utterance #%1 is not in this session").arg(turn));
    const qint64 start = find.int64(0);
    const qint64 end = find.int64(1);
    find.reset();
    const auto c = m_project.code(code);
    if (!c)
        return makeError(ErrorKind::NotFound, QObject::tr("code #%1 does not exist").arg(code));
    // The quotes readUtterances counts as this utterance's: inside the turn.
    QList<Id> quotes;
    sql::Statement &coded = m_project.statement(
        "SELECT DISTINCT q.id FROM quote q JOIN coding c ON c.quote_id = q.id "
        "WHERE q.document_id = ? AND q.start >= ? AND q.end <= ? AND c.code_id = ?");
    coded.bindAll({m_document, start, end, code});
    while (coded.next())
        quotes.append(coded.int64(0));
    coded.reset();
    if (quotes.isEmpty())
        return makeError(ErrorKind::NotFound, QObject::tr("this utterance is not coded %1").arg(c->name));
    return act(QObject::tr("Live: remove coding %1").arg(c->name), [&](ProjectWriter &w) -> Status {
        for (Id quote : quotes) {
            if (Status s = w.exec("DELETE FROM coding WHERE quote_id = ? AND code_id = ?", {quote, code}); !s)
                return s;
            // A quote that no longer carries anything would still count as a
            // quote of the session: it goes in the same operation.
            if (Status s = w.exec("DELETE FROM quote WHERE id = ? AND NOT EXISTS (SELECT 1 FROM coding WHERE quote_id = ?) "
                                  "AND NOT EXISTS (SELECT 1 FROM memo WHERE target_kind = 'quote' AND target_id = ?)",
                                  {quote, quote, quote});
                !s)
                return s;
        }
        return {};
    });
}

Result<RosterEntry> LiveSession::addParticipant(const QString &pseudonymIn)
{
    const QString pseudonym = pseudonymIn.simplified();
    if (pseudonym.isEmpty())
        return makeError(ErrorKind::Invalid, QObject::tr("Type the new participant's pseudonym first."));
    const auto existing = findSpeaker(pseudonym);
    if (existing && existing->pseudonym.compare(pseudonym, Qt::CaseInsensitive) == 0)
        return makeError(ErrorKind::Invalid, QObject::tr("\"%1\" is in the roster already.").arg(pseudonym));
    QList<RosterEntry> roster = m_roster;
    roster.append({pseudonym, {}, std::nullopt, {}});
    auto complete = completeRoster(roster);
    if (!complete)
        return complete.error();
    RosterEntry entry = complete->last();
    Status s = act(QObject::tr("Live: %1 joins the session").arg(pseudonym), [&](ProjectWriter &w) -> Status {
        auto caseId = w.caseId(pseudonym);
        if (!caseId)
            return caseId.error();
        entry.caseId = *caseId;
        sql::Statement &last = m_project.statement(
            "SELECT coalesce(max(sort_order), -1) + 1 FROM live_roster WHERE document_id = ?");
        last.bind(1, m_document);
        const qint64 sortOrder = last.next() ? last.int64(0) : m_roster.size();
        last.reset();
        return w.exec("INSERT INTO live_roster(document_id, pseudonym, speaker_key, case_id, sort_order, guid) "
                      "VALUES (?, ?, ?, ?, ?, ?)",
                      {m_document, pseudonym, entry.key.isNull() ? QStringLiteral("") : entry.key, *caseId, sortOrder,
                       ProjectWriter::newGuid()});
    });
    if (!s)
        return s.error();
    m_roster.append(entry);
    return entry;
}

Result<QString> LiveSession::undoLastAction()
{
    // The project's undo log is one line: only its newest done operation can
    // be undone. Actions undone elsewhere (Edit → Undo) are forgotten here.
    QSet<Id> done;
    std::optional<Operation> newest;
    for (const Operation &op : m_project.history(200)) {
        if (op.state != Operation::State::Done)
            continue;
        if (!newest)
            newest = op;
        done.insert(op.id);
    }
    while (!m_actions.isEmpty() && !done.contains(m_actions.last()))
        m_actions.removeLast();
    if (m_actions.isEmpty())
        return makeError(ErrorKind::Invalid, QObject::tr("Nothing to undo in this live session."));
    if (!newest || newest->id != m_actions.last())
        return makeError(ErrorKind::Conflict,
                         QObject::tr("The newest change in the project is \"%1\", made outside this capture window; "
                                     "undo it in the workbench (Edit → Undo) first.")
                             .arg(newest ? newest->label : QString()));
    if (Status s = m_project.undo(); !s)
        return s.error();
    m_actions.removeLast();
    // The roster may have lost a participant who had just joined.
    if (Status s = load(); !s)
        return s.error();
    return newest->label;
}

}  // namespace crosscut::live
