// Publishing a project to the hub, and cloning one from it.
#include "hub/hub.h"
#include "hub/hubserver.h"
#include "hub/wirechange.h"
#include "util/filesync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cerrno>
#include <cstring>

namespace crosscut::hub {

namespace {

Status writeLink(sql::Database &db, const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (Status s = db.exec(QStringLiteral("INSERT INTO hub_state(key, value) VALUES (?, ?) "
                                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                               {it.key(), it.value()});
            !s)
            return s;
    return {};
}

}  // namespace

Result<PublishReport> publish(Project &project, const PublishOptions &options)
{
    if (options.name.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("a team project needs a name on the server (--name)"));
    auto existing = link(project);
    if (!existing)
        return existing.error();
    if (*existing)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is already a copy of the team project \"%2\"")
                                                 .arg(project.path(), (*existing)->project));
    const QString coder = options.coder.isEmpty() ? project.currentCoder() : options.coder;
    auto codec = WireCodec::make(project.database());
    if (!codec)
        return codec.error();
    auto rows = codec->snapshot();
    if (!rows)
        return rows.error();
    QJsonArray payload;
    for (const WireChange &c : std::as_const(*rows))
        payload.append(c.toJson());
    auto connection = connectHub(options.conninfo);
    if (!connection)
        return connection.error();
    const QString guid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonArray ops{QJsonObject{{QStringLiteral("guid"), guid},
                               {QStringLiteral("label"), QStringLiteral("Publish %1").arg(options.name)},
                               {QStringLiteral("rows"), payload}}};
    qint64 seq = 0;
    {
        pg::Transaction tx(*connection);
        if (!tx.begun())
            return tx.begun().error();
        if (Status s = connection->exec(QStringLiteral("SELECT crosscut_hub.publish($1, $2, $3)"),
                                        {options.name, options.blind ? QStringLiteral("true") : QStringLiteral("false"), coder});
            !s)
            return makeError(s.error().kind, QStringLiteral("cannot publish \"%1\": %2").arg(options.name, s.message()));
        auto pushed = connection->query(QStringLiteral("SELECT seq FROM crosscut_hub.push($1, 0, $2::jsonb)"),
                                        {options.name, QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact))});
        if (!pushed)
            return makeError(pushed.error().kind, QStringLiteral("cannot upload \"%1\": %2").arg(options.name, pushed.message()));
        seq = pushed->count() > 0 ? pushed->int64(0, 0) : 0;
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    {
        sql::Transaction tx(project.database());
        if (!tx.begun())
            return tx.begun().error();
        if (Status s = writeLink(project.database(),
                                 {{QStringLiteral("conninfo"), pg::withoutPassword(options.conninfo)},
                                  {QStringLiteral("project"), options.name},
                                  {QStringLiteral("coder"), coder},
                                  {QStringLiteral("user"), connection->user()},
                                  {QStringLiteral("role"), roleName(Role::Lead)},
                                  {QStringLiteral("blind"), options.blind ? QStringLiteral("1") : QStringLiteral("0")},
                                  {QStringLiteral("last_pulled"), QString::number(seq)}});
            !s)
            return makeError(s.error().kind, QStringLiteral("the server has \"%1\" now, but %2 could not be linked to it "
                                                            "(%3): clone it instead")
                                                 .arg(options.name, project.path(), s.message()));
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    if (Status s = project.refreshHubLink(); !s)
        return s.error();
    PublishReport report;
    report.rows = rows->size();
    report.serverSeq = seq;
    return report;
}

Result<CloneReport> clone(const CloneOptions &options)
{
    const QString out = QFileInfo(options.localPath).absoluteFilePath();
    if (QFileInfo::exists(out))
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 already exists; a clone is written to a new file only").arg(out));
    const QString folder = QFileInfo(out).absolutePath();
    if (!QFileInfo(folder).isDir())
        return makeError(ErrorKind::NotFound, QStringLiteral("no folder %1 to write the clone into").arg(folder));
    auto connection = connectHub(options.conninfo);
    if (!connection)
        return connection.error();
    auto server = findProject(*connection, options.name);
    if (!server)
        return server.error();
    if (!options.coder.isEmpty() && options.coder != server->coder)
        return makeError(ErrorKind::Denied, QStringLiteral("on the server %1 codes in \"%2\" as \"%3\", not \"%4\" "
                                                           "(leave out --coder, or ask the lead to change it)")
                                                .arg(connection->user(), options.name, server->coder, options.coder));
    const QString temp = QStringLiteral("%1/.%2.clone-%3").arg(folder, QFileInfo(out).fileName(),
                                                                 QUuid::createUuid().toString(QUuid::Id128).left(8));
    CloneReport report;
    const Status filled = [&]() -> Status {
        auto created = Project::create(temp, options.key);
        if (!created)
            return created.error();
        Project &project = **created;
        {
            sql::Transaction tx(project.database());
            if (!tx.begun())
                return tx.begun();
            if (Status s = writeLink(project.database(),
                                     {{QStringLiteral("conninfo"), pg::withoutPassword(options.conninfo)},
                                      {QStringLiteral("project"), options.name},
                                      {QStringLiteral("coder"), server->coder},
                                      {QStringLiteral("user"), connection->user()},
                                      {QStringLiteral("role"), roleName(server->role)},
                                      {QStringLiteral("blind"), server->blind ? QStringLiteral("1") : QStringLiteral("0")},
                                      {QStringLiteral("last_pulled"), QStringLiteral("0")}});
                !s)
                return s;
            // A blind coder's copy shows only their own work (team/handout.h).
            if (server->blind && server->role == Role::Coder)
                if (Status s = project.database().exec(QStringLiteral("INSERT OR REPLACE INTO project_info(key, value) "
                                                                      "VALUES ('blind_coder', ?)"),
                                                       {server->coder});
                    !s)
                    return s;
            if (Status s = tx.commit(); !s)
                return s;
        }
        if (Status s = project.refreshHubLink(); !s)
            return s;
        auto plan = prepareSync(project);
        if (!plan)
            return plan.error();
        plan->link.conninfo = options.conninfo;  // the password given for this clone, if any
        auto exchanged = exchange(*plan);
        if (!exchanged)
            return exchanged.error();
        auto synced = finishSync(project, *plan, *exchanged);
        if (!synced)
            return synced.error();
        report.operations = synced->pulled;
        report.serverSeq = synced->serverSeq;
        return project.syncToDisk();
    }();
    if (!filled) {
        removeWithCompanions(temp);
        return makeError(filled.error().kind, QStringLiteral("cannot clone \"%1\": %2. Nothing was written.")
                                                  .arg(options.name, filled.message()));
    }
    if (Status s = syncPath(temp, false); !s) {
        removeWithCompanions(temp);
        return s.error();
    }
    if (const int error = placeNewFile(temp, out); error != 0) {
        removeWithCompanions(temp);
        if (error == EEXIST)
            return makeError(ErrorKind::Invalid, QStringLiteral("%1 already exists; a clone is written to a new file only").arg(out));
        return makeError(ErrorKind::Io, QStringLiteral("cannot write %1: %2").arg(out, QString::fromLocal8Bit(strerror(error))));
    }
    removeWithCompanions(temp);
    if (Status s = syncPath(folder, true); !s)
        return s.error();
    return report;
}

}  // namespace crosscut::hub
