// Sync: push the outbox, pull the server's log, and make the clone the fold
// of the server order (hub/hub.h).
#include "hub/hub.h"
#include "hub/hubserver.h"
#include "hub/wirechange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace crosscut::hub {

namespace {

Status setState(sql::Database &db, const QString &key, const QString &value)
{
    return db.exec(QStringLiteral("INSERT INTO hub_state(key, value) VALUES (?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                   {key, value});
}

Result<QList<WireChange>> parseRows(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return makeError(ErrorKind::Corrupt, QStringLiteral("a row change list Crosscut cannot read (%1)").arg(error.errorString()));
    QList<WireChange> rows;
    const QJsonArray array = doc.array();
    rows.reserve(array.size());
    for (const QJsonValue &v : array) {
        auto c = WireChange::fromJson(v.toObject());
        if (!c)
            return c.error();
        rows.append(std::move(c).value());
    }
    return rows;
}

Status applyAll(WireCodec &codec, const QList<WireChange> &rows, ApplyStats &stats)
{
    for (const WireChange &c : rows)
        if (Status s = codec.apply(c, stats); !s)
            return s;
    return {};
}

Status undoAll(WireCodec &codec, const QList<WireChange> &rows, ApplyStats &stats)
{
    for (qsizetype i = rows.size() - 1; i >= 0; --i)
        if (Status s = codec.apply(rows[i].inverted(), stats); !s)
            return s;
    return {};
}

}  // namespace

Result<std::optional<Link>> link(Project &project)
{
    auto stmt = project.database().prepare(QStringLiteral("SELECT key, value FROM hub_state"));
    if (!stmt)
        return stmt.error();
    QHash<QString, QString> state;
    while (stmt->next())
        state.insert(stmt->text(0), stmt->text(1));
    if (stmt->error())
        return *stmt->error();
    if (!state.contains(QStringLiteral("project")))
        return std::optional<Link>();
    Link l;
    l.conninfo = state.value(QStringLiteral("conninfo"));
    l.project = state.value(QStringLiteral("project"));
    l.coder = state.value(QStringLiteral("coder"));
    l.user = state.value(QStringLiteral("user"));
    l.role = roleFromName(state.value(QStringLiteral("role"))).value_or(Role::Reader);
    l.lastPulled = state.value(QStringLiteral("last_pulled")).toLongLong();
    l.blind = state.value(QStringLiteral("blind")) == QLatin1String("1");
    l.released = state.value(QStringLiteral("released")) == QLatin1String("1");
    return std::optional<Link>(l);
}

Result<SyncPlan> prepareSync(Project &project)
{
    auto l = link(project);
    if (!l)
        return l.error();
    if (!*l)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is not a copy of a team project (clone one with "
                                                            "`crosscut-cli team clone`, or publish this one)")
                                                 .arg(project.path()));
    SyncPlan plan;
    plan.link = **l;
    auto stmt = project.database().prepare(
        QStringLiteral("SELECT guid, label, payload FROM hub_outbox WHERE server_seq IS NULL ORDER BY id"));
    if (!stmt)
        return stmt.error();
    while (stmt->next())
        plan.outgoing.append(OutgoingOperation{stmt->text(0), stmt->text(1), stmt->blob(2)});
    if (stmt->error())
        return *stmt->error();
    return plan;
}

Result<ServerExchange> exchange(const SyncPlan &plan)
{
    auto connection = connectHub(plan.link.conninfo);
    if (!connection)
        return connection.error();
    auto project = findProject(*connection, plan.link.project);
    if (!project)
        return project.error();
    ServerExchange result;
    result.blind = project->blind;
    result.released = project->released;
    result.role = project->role;
    if (!plan.outgoing.isEmpty()) {
        // [{"guid", "label", "rows"}, …] — the payloads are JSON already.
        QByteArray ops = "[";
        for (qsizetype i = 0; i < plan.outgoing.size(); ++i) {
            const OutgoingOperation &op = plan.outgoing[i];
            if (i > 0)
                ops += ',';
            QJsonObject head{{QStringLiteral("guid"), op.guid}, {QStringLiteral("label"), op.label}};
            QByteArray text = QJsonDocument(head).toJson(QJsonDocument::Compact);
            text.chop(1);  // the closing brace
            ops += text + ",\"rows\":" + (op.payload.isEmpty() ? QByteArray("[]") : op.payload) + '}';
        }
        ops += ']';
        auto pushed = connection->query(QStringLiteral("SELECT guid, seq, conflicts FROM crosscut_hub.push($1, $2, $3::jsonb)"),
                                        {plan.link.project, QString::number(plan.link.lastPulled), QString::fromUtf8(ops)});
        if (!pushed)
            return makeError(pushed.error().kind, QStringLiteral("the team server refused this copy's changes: %1")
                                                      .arg(pushed.message()));
        for (int i = 0; i < pushed->count(); ++i) {
            result.acknowledged.insert(pushed->text(i, 0), pushed->int64(i, 1));
            result.conflicts += pushed->int64(i, 2);
        }
    }
    // Released since the last sync: what this member could not read before
    // is readable now, also in operations already applied here. Pull the
    // whole log again (finishSync replays it in server order).
    result.fromStart = plan.link.blind && project->released && !plan.link.released;
    const qint64 since = result.fromStart ? 0 : plan.link.lastPulled;
    auto pulled = connection->query(
        QStringLiteral("SELECT o.seq, o.guid, o.author, "
                       "coalesce(json_agg(json_build_object('t', r.tbl, 'k', r.row_key, 'o', r.old, 'n', r.new) "
                       "ORDER BY r.idx) FILTER (WHERE r.seq IS NOT NULL), '[]'::json) "
                       "FROM crosscut_hub.op o LEFT JOIN crosscut_hub.op_row r ON r.seq = o.seq "
                       "WHERE o.project_id = $1 AND o.seq > $2 GROUP BY o.seq, o.guid, o.author ORDER BY o.seq"),
        {QString::number(project->id), QString::number(since)});
    if (!pulled)
        return pulled.error();
    result.incoming.reserve(pulled->count());
    for (int i = 0; i < pulled->count(); ++i)
        result.incoming.append(IncomingOperation{pulled->int64(i, 0), pulled->text(i, 1), pulled->text(i, 2),
                                                 pulled->bytes(i, 3)});
    return result;
}

Result<SyncReport> finishSync(Project &project, const SyncPlan &plan, const ServerExchange &exchanged)
{
    sql::Database &db = project.database();
    SyncReport report;
    report.conflicts = exchanged.conflicts;
    bool foreignApplied = false;
    {
        sql::Transaction tx(db);
        if (!tx.begun())
            return tx.begun().error();
        // The link must still be the one the exchange was made for.
        auto current = link(project);
        if (!current)
            return current.error();
        if (!*current || (*current)->project != plan.link.project)
            return makeError(ErrorKind::Conflict, QStringLiteral("the project's team link changed during the sync"));
        const qint64 lastPulled = (*current)->lastPulled;
        for (auto it = exchanged.acknowledged.cbegin(); it != exchanged.acknowledged.cend(); ++it) {
            if (Status s = db.exec(QStringLiteral("UPDATE hub_outbox SET server_seq = ? WHERE guid = ? AND server_seq IS NULL"),
                                   {it.value(), it.key()});
                !s)
                return s.error();
            report.pushed += db.changes();
        }
        struct Own {
            QString guid;
            QByteArray payload;
        };
        QList<Own> outbox;
        QSet<QString> ownGuids;
        {
            auto stmt = db.prepare(QStringLiteral("SELECT guid, payload FROM hub_outbox ORDER BY id"));
            if (!stmt)
                return stmt.error();
            while (stmt->next()) {
                outbox.append(Own{stmt->text(0), stmt->blob(1)});
                ownGuids.insert(stmt->text(0));
            }
            if (stmt->error())
                return *stmt->error();
        }
        // A second finish of the same exchange applies nothing twice; a
        // pull from the start (a release) is applied whole, once.
        const bool fromStart = exchanged.fromStart && !(*current)->released;
        QList<const IncomingOperation *> incoming;
        for (const IncomingOperation &op : exchanged.incoming)
            if (fromStart || op.seq > lastPulled)
                incoming.append(&op);
        QSet<QString> pulledGuids;
        qsizetype firstForeign = -1;
        bool ownAfterForeign = false;
        for (qsizetype i = 0; i < incoming.size(); ++i) {
            pulledGuids.insert(incoming[i]->guid);
            const bool own = ownGuids.contains(incoming[i]->guid);
            if (!own && firstForeign < 0)
                firstForeign = i;
            if (own && firstForeign >= 0)
                ownAfterForeign = true;
        }
        bool unpulledOwn = false;
        for (const Own &o : std::as_const(outbox))
            if (!pulledGuids.contains(o.guid))
                unpulledOwn = true;

        ApplyStats stats;
        if (firstForeign >= 0) {
            // Only when others' operations came: the codec reads the shape of
            // every synced table, and a sync that brings nothing (every
            // minute) need not.
            auto codec = WireCodec::make(db);
            if (!codec)
                return codec.error();
            foreignApplied = true;
            if (!ownAfterForeign && !unpulledOwn && !fromStart) {
                // The clone's own operations come first in the server order:
                // only the others' need applying.
                for (qsizetype i = firstForeign; i < incoming.size(); ++i) {
                    if (ownGuids.contains(incoming[i]->guid))
                        continue;
                    auto rows = parseRows(incoming[i]->rows);
                    if (!rows)
                        return rows.error();
                    if (Status s = applyAll(*codec, *rows, stats); !s)
                        return s.error();
                    ++report.pulled;
                }
            } else {
                // Take the own operations back, newest first; apply the
                // server order; then the own operations it does not hold yet.
                report.rebased = true;
                codec->beginRebase();
                for (qsizetype i = outbox.size() - 1; i >= 0; --i) {
                    auto rows = parseRows(outbox[i].payload);
                    if (!rows)
                        return rows.error();
                    if (Status s = undoAll(*codec, *rows, stats); !s)
                        return s.error();
                }
                for (const IncomingOperation *op : std::as_const(incoming)) {
                    auto rows = parseRows(op->rows);
                    if (!rows)
                        return rows.error();
                    if (Status s = applyAll(*codec, *rows, stats); !s)
                        return s.error();
                    if (!ownGuids.contains(op->guid))
                        ++report.pulled;
                }
                for (const Own &o : std::as_const(outbox)) {
                    if (pulledGuids.contains(o.guid))
                        continue;
                    auto rows = parseRows(o.payload);
                    if (!rows)
                        return rows.error();
                    if (Status s = applyAll(*codec, *rows, stats); !s)
                        return s.error();
                }
                codec->endRebase();
            }
        }
        for (const IncomingOperation *op : std::as_const(incoming))
            if (ownGuids.contains(op->guid))
                if (Status s = db.exec(QStringLiteral("DELETE FROM hub_outbox WHERE guid = ?"), {op->guid}); !s)
                    return s.error();
        report.serverSeq = incoming.isEmpty() ? lastPulled : std::max(lastPulled, incoming.last()->seq);
        // Released: this copy shows every coder's work from now on.
        if (fromStart)
            if (Status s = db.exec(QStringLiteral("DELETE FROM project_info WHERE key = 'blind_coder'")); !s)
                return s.error();
        if (Status s = setState(db, QStringLiteral("last_pulled"), QString::number(report.serverSeq)); !s)
            return s.error();
        if (Status s = setState(db, QStringLiteral("role"), roleName(exchanged.role)); !s)
            return s.error();
        if (Status s = setState(db, QStringLiteral("released"), exchanged.released ? QStringLiteral("1") : QStringLiteral("0")); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    if (exchanged.role != plan.link.role)
        if (Status s = project.refreshHubLink(); !s)
            return s.error();
    if (foreignApplied)
        project.notifyReset();
    return report;
}

Result<SyncReport> sync(Project &project)
{
    auto plan = prepareSync(project);
    if (!plan)
        return plan.error();
    auto exchanged = exchange(*plan);
    if (!exchanged)
        return exchanged.error();
    return finishSync(project, *plan, *exchanged);
}

Result<HubStatus> status(Project &project, bool contactServer)
{
    auto l = link(project);
    if (!l)
        return l.error();
    if (!*l)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is not a copy of a team project").arg(project.path()));
    HubStatus st;
    st.link = **l;
    auto pending = project.database().scalar(QStringLiteral("SELECT count(*) FROM hub_outbox WHERE server_seq IS NULL"));
    if (!pending)
        return pending.error();
    st.pending = pending->toLongLong();
    auto released = project.database().scalar(QStringLiteral("SELECT value FROM hub_state WHERE key = 'released'"));
    st.released = released && released->toString() == QLatin1String("1");
    if (!contactServer)
        return st;
    auto server = serverState(st.link);
    if (!server) {
        if (server.error().kind != ErrorKind::Offline)
            return server.error();
        st.offlineReason = server.message();
        return st;
    }
    st.serverSeq = server->serverSeq;
    st.behind = std::max<qint64>(0, server->serverSeq - st.link.lastPulled);
    st.released = server->released;
    return st;
}

}  // namespace crosscut::hub
