// The conflicts the server recorded, for the lead to review and restore.
#include "hub/hub.h"
#include "hub/hubserver.h"
#include "hub/wirechange.h"
#include "project/projectwriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace crosscut::hub {

Result<QList<Conflict>> conflicts(const Link &link)
{
    auto connection = connectHub(link.conninfo);
    if (!connection)
        return connection.error();
    auto project = findProject(*connection, link.project);
    if (!project)
        return project.error();
    if (project->role != Role::Lead)
        return makeError(ErrorKind::Denied, QStringLiteral("only the team's lead reviews conflicts"));
    // A row may change more than once in one operation: its last change there.
    auto rows = connection->query(
        QStringLiteral("SELECT c.id, c.tbl, c.row_key, c.winner_seq, w.author, "
                       "(SELECT r.new FROM crosscut_hub.op_row r WHERE r.seq = c.winner_seq AND r.tbl = c.tbl "
                       " AND r.row_key = c.row_key ORDER BY r.idx DESC LIMIT 1), "
                       "c.loser_seq, l.author, "
                       "(SELECT r.new FROM crosscut_hub.op_row r WHERE r.seq = c.loser_seq AND r.tbl = c.tbl "
                       " AND r.row_key = c.row_key ORDER BY r.idx DESC LIMIT 1), "
                       "to_char(c.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), c.restored, "
                       "w.label, l.label "
                       "FROM crosscut_hub.conflict c JOIN crosscut_hub.op w ON w.seq = c.winner_seq "
                       "JOIN crosscut_hub.op l ON l.seq = c.loser_seq WHERE c.project_id = $1 ORDER BY c.id"),
        {QString::number(project->id)});
    if (!rows)
        return rows.error();
    QList<Conflict> list;
    for (int i = 0; i < rows->count(); ++i) {
        Conflict c;
        c.id = rows->int64(i, 0);
        c.table = rows->text(i, 1);
        c.rowKey = rows->text(i, 2);
        c.winnerSeq = rows->int64(i, 3);
        c.winnerAuthor = rows->text(i, 4);
        c.winnerValue = rows->text(i, 5);
        c.loserSeq = rows->int64(i, 6);
        c.loserAuthor = rows->text(i, 7);
        c.loserValue = rows->text(i, 8);
        c.at = QDateTime::fromString(rows->text(i, 9), Qt::ISODate);
        c.restored = rows->boolean(i, 10);
        const QJsonObject row = QJsonDocument::fromJson((c.winnerValue.isEmpty() ? c.loserValue : c.winnerValue).toUtf8()).object();
        const QString name = row.value(QStringLiteral("name")).toString();
        c.what = name.isEmpty() ? QStringLiteral("%1 (%2 / %3)").arg(c.table, rows->text(i, 11), rows->text(i, 12))
                                : QStringLiteral("%1 \"%2\"").arg(c.table == QLatin1String("case_") ? QStringLiteral("case") : c.table, name);
        list.append(c);
    }
    return list;
}

Status restoreConflict(Project &project, const Conflict &conflict)
{
    auto l = link(project);
    if (!l)
        return l.error();
    if (!*l)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is not a copy of a team project").arg(project.path()));
    if ((*l)->role != Role::Lead)
        return makeError(ErrorKind::Denied, QStringLiteral("only the team's lead restores a conflict's other version"));
    WireChange change;
    change.table = conflict.table;
    change.key = conflict.rowKey;
    if (!conflict.loserValue.isEmpty())
        change.now = QJsonDocument::fromJson(conflict.loserValue.toUtf8()).object();
    if (!change.now) {
        // The loser deleted the row: restoring deletes it.
        change.old = QJsonDocument::fromJson(conflict.winnerValue.toUtf8()).object();
    }
    auto codec = WireCodec::make(project.database());
    if (!codec)
        return codec.error();
    ApplyStats stats;
    // Applied inside an operation: the change is recorded, undoable and sent.
    Status applied = project.transact(QStringLiteral("Restore %1").arg(conflict.what), [&](ProjectWriter &) -> Status {
        if (Status s = codec->apply(change, stats); !s)
            return s;
        if (stats.skipped > 0)
            return makeError(ErrorKind::Conflict, QStringLiteral("the other version of %1 refers to something that is "
                                                                 "gone, or clashes with another row")
                                                      .arg(conflict.what));
        return {};
    });
    if (!applied)
        return applied;
    auto connection = connectHub((*l)->conninfo);
    if (!connection)
        return {};  // restored here; the server learns it at the next sync
    return connection->exec(QStringLiteral("SELECT crosscut_hub.mark_restored($1, $2)"),
                            {(*l)->project, QString::number(conflict.id)});
}

}  // namespace crosscut::hub
