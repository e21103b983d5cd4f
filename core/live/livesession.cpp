#include "live/livesession.h"

#include "project/projectwriter.h"
#include "text/codepoints.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace crosscut::live {

namespace {

qint64 wallClockMs() { return QDateTime::currentMSecsSinceEpoch(); }

// An utterance is one line of the transcript: line breaks inside it would
// make the next line look like a new speaker.
QString oneLine(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QChar(0x2028), QLatin1Char(' '));
    s.replace(QChar(0x2029), QLatin1Char(' '));
    return s.trimmed();
}

// NOT NULL columns take "" where a QString is null.
QString nonNull(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

// "01:02:03", as the capture window shows session time.
QString formatClock(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    return QStringLiteral("%1:%2:%3")
        .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg((ms / 60000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

QString speakerPrefix(const QString &speaker) { return speaker + QStringLiteral(": "); }

QString idList(const QList<Id> &ids)
{
    QStringList parts;
    for (Id id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

QList<Id> parseIdList(const QString &text)
{
    QList<Id> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const Id id = part.toLongLong(&ok);
        if (ok)
            ids.append(id);
    }
    return ids;
}

QList<Id> unique(const QList<Id> &ids)
{
    QList<Id> out;
    for (Id id : ids)
        if (!out.contains(id))
            out.append(id);
    return out;
}

}  // namespace

LiveSession::LiveSession(Project &project, Id document, Clock clock)
    : m_project(project), m_document(document), m_clock(clock ? std::move(clock) : Clock(&wallClockMs))
{
}

QList<Document> LiveSession::sessions(Project &project)
{
    QList<Document> out;
    for (const Document &d : project.documents())
        if (d.kind == DocumentKind::LiveSession)
            out.append(d);
    return out;
}

Result<std::unique_ptr<LiveSession>> LiveSession::start(Project &project, const SessionInfo &info,
                                                        const QList<RosterEntry> &rosterIn, const QList<CodeKey> &keys,
                                                        Clock clock)
{
    const QString title = info.title.trimmed();
    if (title.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("a live session needs a title"));
    auto roster = completeRoster(rosterIn);
    if (!roster)
        return roster.error();
    if (roster->isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("a live session needs at least one participant in its roster"));
    QSet<QString> usedKeys;
    for (const CodeKey &k : keys) {
        if (k.key.trimmed().isEmpty() || usedKeys.contains(k.key))
            return makeError(ErrorKind::Invalid, QStringLiteral("live codebook key \"%1\" is empty or used twice").arg(k.key));
        usedKeys.insert(k.key);
        if (!project.code(k.codeId))
            return makeError(ErrorKind::NotFound, QStringLiteral("live codebook key %1: code #%2 does not exist").arg(k.key).arg(k.codeId));
    }
    const Clock now = clock ? clock : Clock(&wallClockMs);
    Id document = 0;
    Status s = project.transact(QObject::tr("Start live session %1").arg(title), [&](ProjectWriter &w) -> Status {
        NewDocument doc;
        doc.name = title;
        doc.kind = DocumentKind::LiveSession;
        doc.text = QStringLiteral("");  // empty, not NULL: the text grows from here
        doc.casePerSpeaker = false;
        auto id = w.insertDocument(doc);
        if (!id)
            return id.error();
        document = *id;
        if (Status st = w.exec("INSERT INTO live_session(document_id, title, session_date, place, facilitator, started_at, "
                               "clock_base_ms, clock_base_at_ms, paused) VALUES (?, ?, ?, ?, ?, ?, 0, ?, 0)",
                               {document, title, nonNull(info.date.trimmed()), nonNull(info.place.trimmed()), nonNull(info.facilitator.trimmed()),
                                w.timestamp(), now()});
            !st)
            return st;
        int order = 0;
        for (const RosterEntry &e : *roster) {
            Id caseId = 0;
            if (e.caseId) {
                caseId = *e.caseId;
            } else {
                auto c = w.caseId(e.pseudonym);
                if (!c)
                    return c.error();
                caseId = *c;
            }
            for (const auto &[name, value] : e.attributes)
                if (Status st = w.setAttribute(AttributeScope::Case, caseId, name, value, AttributeType::Text); !st)
                    return st;
            if (Status st = w.exec("INSERT INTO live_roster(document_id, pseudonym, speaker_key, case_id, sort_order, guid) "
                                   "VALUES (?, ?, ?, ?, ?, ?)",
                                   {document, e.pseudonym.trimmed(), nonNull(e.key), caseId, order++,
                                    ProjectWriter::newGuid()});
                !st)
                return st;
        }
        for (const CodeKey &k : keys)
            if (Status st = w.exec("INSERT INTO live_code_key(document_id, key, code_id) VALUES (?, ?, ?)",
                                   {document, k.key, k.codeId});
                !st)
                return st;
        // The clock and its gaps are untracked (schema v5): written here so
        // the session never exists without them, but not part of the undo
        // record. A stale row of a deleted document with the same id goes.
        if (Status st = w.exec("DELETE FROM live_gap WHERE document_id = ?", {document}); !st)
            return st;
        return w.exec("INSERT OR REPLACE INTO live_clock(document_id, paused, closed, base_ms, base_at_ms) "
                      "VALUES (?, 0, 0, 0, ?)",
                      {document, now()});
    });
    if (!s)
        return s.error();
    return resume(project, document, clock);
}

Result<std::unique_ptr<LiveSession>> LiveSession::resume(Project &project, Id document, Clock clock)
{
    std::unique_ptr<LiveSession> session(new LiveSession(project, document, std::move(clock)));
    if (Status s = session->load(); !s)
        return s.error();
    return session;
}

Status LiveSession::load()
{
    sql::Statement &head = m_project.statement(
        "SELECT title, session_date, place, facilitator, clock_base_ms, clock_base_at_ms, paused FROM live_session "
        "WHERE document_id = ?");
    head.bind(1, m_document);
    if (!head.next())
        return makeError(ErrorKind::NotFound, QStringLiteral("document #%1 is not a live session").arg(m_document));
    m_info = {head.text(0), head.text(1), head.text(2), head.text(3)};
    m_baseMs = head.int64(4);
    m_baseAtMs = head.int64(5);
    m_paused = head.int64(6) != 0;
    m_closed = false;
    head.reset();
    // Since schema v5 the clock lives in live_clock; live_session's columns
    // are only its value when the session was written by an older version.
    sql::Statement &clock = m_project.statement(
        "SELECT paused, closed, base_ms, base_at_ms FROM live_clock WHERE document_id = ?");
    clock.bind(1, m_document);
    if (clock.next()) {
        m_paused = clock.int64(0) != 0;
        m_closed = clock.int64(1) != 0;
        m_baseMs = clock.int64(2);
        m_baseAtMs = clock.int64(3);
    }
    clock.reset();

    m_roster.clear();
    sql::Statement &roster = m_project.statement(
        "SELECT pseudonym, speaker_key, case_id FROM live_roster WHERE document_id = ? ORDER BY sort_order, id");
    roster.bind(1, m_document);
    while (roster.next()) {
        RosterEntry e;
        e.pseudonym = roster.text(0);
        e.key = roster.text(1);
        if (!roster.isNull(2))
            e.caseId = roster.int64(2);
        m_roster.append(e);
    }
    roster.reset();
    // A case deleted since the session started: its turns get no case.
    for (RosterEntry &e : m_roster) {
        if (!e.caseId)
            continue;
        sql::Statement &exists = m_project.statement("SELECT 1 FROM case_ WHERE id = ?");
        exists.bind(1, *e.caseId);
        if (!exists.next())
            e.caseId.reset();
        exists.reset();
    }

    // Keys whose code was deleted since are dropped.
    m_keys.clear();
    sql::Statement &keys = m_project.statement(
        "SELECT k.key, k.code_id FROM live_code_key k JOIN code c ON c.id = k.code_id WHERE k.document_id = ? "
        "ORDER BY k.rowid");
    keys.bind(1, m_document);
    while (keys.next())
        m_keys.append({keys.text(0), keys.int64(1)});
    keys.reset();
    return {};
}

std::optional<RosterEntry> LiveSession::findSpeaker(const QString &nameOrKey) const
{
    const QString wanted = nameOrKey.trimmed();
    for (const RosterEntry &e : m_roster)
        if (e.pseudonym.compare(wanted, Qt::CaseInsensitive) == 0)
            return e;
    for (const RosterEntry &e : m_roster)
        if (!e.key.isEmpty() && e.key == wanted)
            return e;
    return std::nullopt;
}

std::optional<Id> LiveSession::codeForKey(const QString &key) const
{
    for (const CodeKey &k : m_keys)
        if (k.key.compare(key, Qt::CaseInsensitive) == 0)
            return k.codeId;
    return std::nullopt;
}

qint64 LiveSession::elapsedMs() const
{
    if (m_paused || m_closed)
        return m_baseMs;
    // A wall clock set back must not run the session clock backwards.
    return m_baseMs + std::max<qint64>(0, m_clock() - m_baseAtMs);
}

Status LiveSession::storeClock(bool paused, bool closed, qint64 baseMs, qint64 baseAtMs)
{
    // Deliberately outside Project::transact: the clock is not an operation.
    sql::Statement &stmt = m_project.statement(
        "INSERT OR REPLACE INTO live_clock(document_id, paused, closed, base_ms, base_at_ms) VALUES (?, ?, ?, ?, ?)");
    stmt.bindAll({m_document, paused ? 1 : 0, closed ? 1 : 0, baseMs, baseAtMs});
    if (Status s = stmt.exec(); !s)
        return s;
    m_paused = paused;
    m_closed = closed;
    m_baseMs = baseMs;
    m_baseAtMs = baseAtMs;
    return {};
}

Status LiveSession::pause()
{
    if (m_paused)
        return {};
    return storeClock(true, m_closed, elapsedMs(), m_clock());
}

Status LiveSession::resume()
{
    if (!m_paused)
        return {};
    return storeClock(false, m_closed, m_baseMs, m_clock());
}

Status LiveSession::endCapture()
{
    if (m_closed)
        return {};
    return storeClock(m_paused, true, elapsedMs(), m_clock());
}

Status LiveSession::beginCapture()
{
    if (!m_closed)
        return {};
    const qint64 now = m_clock();
    sql::Statement &gap = m_project.statement(
        "INSERT INTO live_gap(document_id, at_ms, closed_at_ms, reopened_at_ms) VALUES (?, ?, ?, ?)");
    gap.bindAll({m_document, m_baseMs, m_baseAtMs, std::max(now, m_baseAtMs)});
    if (Status s = gap.exec(); !s)
        return s;
    return storeClock(m_paused, false, m_baseMs, now);
}

Id LiveSession::newestOperation()
{
    const QList<Operation> newest = m_project.history(1);
    return newest.isEmpty() ? 0 : newest.first().id;
}

Status LiveSession::act(const QString &label, const std::function<Status(ProjectWriter &)> &body)
{
    const Id before = newestOperation();
    if (Status s = m_project.transact(label, body); !s)
        return s;
    // An operation that changed nothing is not logged, so not remembered.
    if (const Id after = newestOperation(); after != before)
        m_actions.append(after);
    return {};
}

Result<Utterance> LiveSession::commit(const QString &speaker, const QString &text, qint64 startedMs, const QList<Id> &codesIn)
{
    const QString clean = oneLine(text);
    if (clean.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("an utterance needs some text"));
    const auto who = findSpeaker(speaker);
    if (!who)
        return makeError(ErrorKind::NotFound, QStringLiteral("\"%1\" is not in this session's roster").arg(speaker));
    const QList<Id> codes = unique(codesIn);
    const qint64 endMs = elapsedMs();
    Utterance u;
    u.speaker = who->pseudonym;
    u.caseId = who->caseId;
    u.text = clean;
    u.codes = codes;
    u.startMs = std::clamp<qint64>(startedMs, 0, endMs);
    u.endMs = endMs;
    const QString prefix = speakerPrefix(who->pseudonym);
    const qint64 prefixLength = codePointCount(prefix);
    const qint64 textLength = codePointCount(clean);

    Status s = act(QObject::tr("Live: %1 says \"%2\"").arg(who->pseudonym, clean.left(40)),
                   [&](ProjectWriter &w) -> Status {
        sql::Statement &isLive = m_project.statement("SELECT 1 FROM document WHERE id = ? AND kind = 'live-session'");
        isLive.bind(1, m_document);
        const bool found = isLive.next();
        isLive.reset();
        if (!found)
            return makeError(ErrorKind::NotFound, QStringLiteral("the live session's document no longer exists"));
        // One new chunk row: the cost and the undo record of a commit stay
        // the same however long the session grows (schema version 4).
        auto length = w.appendText(m_document, prefix + clean + QLatin1Char('\n'));
        if (!length)
            return length.error();
        u.turnStart = *length;
        u.textStart = *length + prefixLength;
        u.textEnd = u.textStart + textLength;
        u.turnEnd = u.textEnd;
        if (Status st = w.exec("INSERT INTO speaker_turn(document_id, start, end, speaker, case_id, time_start_ms, "
                               "time_end_ms, guid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               {m_document, u.turnStart, u.turnEnd, who->pseudonym,
                                who->caseId ? QVariant(*who->caseId) : QVariant(), u.startMs, u.endMs,
                                ProjectWriter::newGuid()});
            !st)
            return st;
        u.turnId = m_project.database().lastInsertId();
        if (!codes.isEmpty()) {
            auto coder = w.coderId(m_project.currentCoder());
            if (!coder)
                return coder.error();
            if (Status st = w.exec("INSERT INTO quote(document_id, start, end, creator_id, created_at, guid) "
                                   "VALUES (?, ?, ?, ?, ?, ?)",
                                   {m_document, u.textStart, u.textEnd, *coder, w.timestamp(), ProjectWriter::newGuid()});
                !st)
                return st;
            const Id quote = m_project.database().lastInsertId();
            for (Id code : codes) {
                sql::Statement &exists = m_project.statement("SELECT 1 FROM code WHERE id = ?");
                exists.bind(1, code);
                const bool found = exists.next();
                exists.reset();
                if (!found)
                    return makeError(ErrorKind::NotFound, QStringLiteral("code #%1 does not exist").arg(code));
                if (Status st = w.exec("INSERT INTO coding(quote_id, code_id, coder_id, created_at, guid) "
                                       "VALUES (?, ?, ?, ?, ?)",
                                       {quote, code, *coder, w.timestamp(), ProjectWriter::newGuid()});
                    !st)
                    return st;
            }
        }
        // The draft became this utterance; cleared in the same transaction.
        return w.exec("DELETE FROM live_draft WHERE document_id = ?", {m_document});
    });
    if (!s)
        return s.error();
    return u;
}

Status LiveSession::codeUtterance(Id turn, Id code)
{
    sql::Statement &find = m_project.statement(
        "SELECT start, end, speaker FROM speaker_turn WHERE id = ? AND document_id = ?");
    find.bind(1, turn).bind(2, m_document);
    if (!find.next())
        return makeError(ErrorKind::NotFound, QStringLiteral("utterance #%1 is not in this session").arg(turn));
    qint64 start = find.int64(0);
    const qint64 end = find.int64(1);
    const QString speaker = find.text(2);
    find.reset();
    const QString head = m_project.documentSlice(m_document, start, start + codePointCount(speakerPrefix(speaker)));
    if (head == speakerPrefix(speaker))
        start += codePointCount(head);
    if (start >= end)
        return makeError(ErrorKind::Invalid, QStringLiteral("utterance #%1 has no text to code").arg(turn));
    if (!m_project.code(code))
        return makeError(ErrorKind::NotFound, QStringLiteral("code #%1 does not exist").arg(code));
    return act(QObject::tr("Live: code an utterance"), [&](ProjectWriter &w) -> Status {
        auto quote = w.findOrInsertQuote(m_document, start, end);
        if (!quote)
            return quote.error();
        auto coder = w.coderId(m_project.currentCoder());
        if (!coder)
            return coder.error();
        auto inserted = w.insertCoding(*quote, code, *coder);
        if (!inserted)
            return inserted.error();
        return {};
    });
}

Result<Flag> LiveSession::flag(const QString &note, std::optional<qint64> atMs)
{
    Flag f;
    const qint64 now = elapsedMs();
    f.timeMs = atMs ? std::clamp<qint64>(*atMs, 0, now) : now;
    f.note = nonNull(oneLine(note));
    Status s = act(QObject::tr("Live: flag a moment"), [&](ProjectWriter &w) -> Status {
        auto length = w.documentLength(m_document);
        if (!length)
            return length.error();
        f.position = *length;
        if (Status st = w.exec("INSERT INTO live_flag(document_id, time_ms, position, note, created_at, guid) "
                               "VALUES (?, ?, ?, ?, ?, ?)",
                               {m_document, f.timeMs, f.position, f.note, w.timestamp(), ProjectWriter::newGuid()});
            !st)
            return st;
        f.id = m_project.database().lastInsertId();
        // Also a memo on the session, so the flag is in the Memos tab (and
        // reports) with its time; undone and redone with the flag.
        auto memo = w.insertMemo(MemoTarget::Document, m_document,
                                 QObject::tr("⚑ Flag at %1").arg(formatClock(f.timeMs)),
                                 f.note.isEmpty() ? QObject::tr("(no note)") : f.note);
        if (!memo)
            return memo.error();
        return {};
    });
    if (!s)
        return s.error();
    return f;
}

Status LiveSession::markCaptureOpen(bool open)
{
    // Deliberately outside Project::transact: window state, not an operation.
    if (Status s = open ? beginCapture() : endCapture(); !s)
        return s;
    if (!open) {
        sql::Statement &remove = m_project.statement("DELETE FROM live_capture WHERE document_id = ?");
        remove.bind(1, m_document);
        return remove.exec();
    }
    sql::Statement &insert = m_project.statement(
        "INSERT INTO live_capture(document_id, opened_at) VALUES (?, ?) "
        "ON CONFLICT(document_id) DO UPDATE SET opened_at = excluded.opened_at");
    insert.bindAll({m_document, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    return insert.exec();
}

QList<Id> LiveSession::interruptedSessions(Project &project)
{
    QList<Id> out;
    sql::Statement &stmt = project.statement(
        "SELECT c.document_id FROM live_capture c JOIN live_session s ON s.document_id = c.document_id "
        "ORDER BY c.opened_at, c.document_id");
    while (stmt.next())
        out.append(stmt.int64(0));
    stmt.reset();
    return out;
}

Status LiveSession::saveDraft(const Draft &draft)
{
    // Deliberately outside Project::transact: a draft is not an operation.
    sql::Statement &stmt = m_project.statement(
        "INSERT INTO live_draft(document_id, speaker, text, started_ms, codes, saved_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(document_id) DO UPDATE SET speaker = excluded.speaker, text = excluded.text, "
        "started_ms = excluded.started_ms, codes = excluded.codes, saved_at = excluded.saved_at");
    stmt.bindAll({m_document, draft.speaker.isNull() ? QStringLiteral("") : draft.speaker,
                  draft.text.isNull() ? QStringLiteral("") : draft.text,
                  draft.startedMs ? QVariant(*draft.startedMs) : QVariant(), nonNull(idList(draft.codes)),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    return stmt.exec();
}

std::optional<Draft> LiveSession::draft()
{
    sql::Statement &stmt = m_project.statement("SELECT speaker, text, started_ms, codes FROM live_draft WHERE document_id = ?");
    stmt.bind(1, m_document);
    if (!stmt.next())
        return std::nullopt;
    Draft d;
    d.speaker = stmt.text(0);
    d.text = stmt.text(1);
    if (!stmt.isNull(2))
        d.startedMs = stmt.int64(2);
    d.codes = parseIdList(stmt.text(3));
    stmt.reset();
    if (d.text.isEmpty() && d.codes.isEmpty())
        return std::nullopt;
    return d;
}

QList<Utterance> LiveSession::utterances() { return readUtterances(m_project, m_document); }

QList<Flag> LiveSession::flags() { return readFlags(m_project, m_document); }
QList<Gap> LiveSession::gaps() { return readGaps(m_project, m_document); }

QList<Flag> readFlags(Project &project, Id document)
{
    QList<Flag> out;
    sql::Statement &stmt = project.statement(
        "SELECT id, time_ms, position, note FROM live_flag WHERE document_id = ? ORDER BY time_ms, id");
    stmt.bind(1, document);
    while (stmt.next())
        out.append({stmt.int64(0), stmt.int64(1), stmt.int64(2), stmt.text(3)});
    stmt.reset();
    return out;
}

QList<Gap> readGaps(Project &project, Id document)
{
    QList<Gap> out;
    sql::Statement &stmt = project.statement(
        "SELECT id, at_ms, closed_at_ms, reopened_at_ms FROM live_gap WHERE document_id = ? ORDER BY at_ms, id");
    stmt.bind(1, document);
    while (stmt.next())
        out.append({stmt.int64(0), stmt.int64(1), stmt.int64(2), stmt.int64(3)});
    stmt.reset();
    return out;
}

QList<Utterance> readUtterances(Project &project, Id document)
{
    QList<Utterance> out;
    const QString text = project.documentText(document);
    const CodePointIndex index(text);
    auto slice = [&](qint64 start, qint64 end) {
        const qsizetype a = index.toUtf16(std::clamp<qint64>(start, 0, index.codePointLength()));
        const qsizetype b = index.toUtf16(std::clamp<qint64>(end, 0, index.codePointLength()));
        return text.mid(a, b - a);
    };
    sql::Statement &turns = project.statement(
        "SELECT id, start, end, speaker, case_id, time_start_ms, time_end_ms FROM speaker_turn WHERE document_id = ? "
        "ORDER BY start, id");
    turns.bind(1, document);
    while (turns.next()) {
        Utterance u;
        u.turnId = turns.int64(0);
        u.turnStart = turns.int64(1);
        u.turnEnd = turns.int64(2);
        u.speaker = turns.text(3);
        if (!turns.isNull(4))
            u.caseId = turns.int64(4);
        u.startMs = turns.isNull(5) ? 0 : turns.int64(5);
        u.endMs = turns.isNull(6) ? u.startMs : turns.int64(6);
        u.textStart = u.turnStart;
        const QString prefix = speakerPrefix(u.speaker);
        if (slice(u.turnStart, u.turnStart + codePointCount(prefix)) == prefix)
            u.textStart = std::min(u.turnEnd, u.turnStart + codePointCount(prefix));
        u.textEnd = u.turnEnd;
        u.text = slice(u.textStart, u.textEnd);
        out.append(u);
    }
    turns.reset();

    // Codes of quotes lying inside each turn, found by binary search over the
    // turns (sorted by start).
    sql::Statement &codings = project.statement(
        "SELECT q.start, q.end, c.code_id FROM quote q JOIN coding c ON c.quote_id = q.id WHERE q.document_id = ? "
        "ORDER BY q.start, c.id");
    codings.bind(1, document);
    while (codings.next()) {
        const qint64 start = codings.int64(0);
        const qint64 end = codings.int64(1);
        const Id code = codings.int64(2);
        auto it = std::upper_bound(out.begin(), out.end(), start,
                                   [](qint64 s, const Utterance &u) { return s < u.turnStart; });
        if (it == out.begin())
            continue;
        --it;
        if (end <= it->turnEnd && !it->codes.contains(code))
            it->codes.append(code);
    }
    codings.reset();
    return out;
}

}  // namespace crosscut::live
