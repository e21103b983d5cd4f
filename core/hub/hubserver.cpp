#include "hub/hubserver.h"

namespace crosscut::hub {

QString roleName(Role role)
{
    switch (role) {
    case Role::Lead:
        return QStringLiteral("lead");
    case Role::Coder:
        return QStringLiteral("coder");
    case Role::Reader:
        return QStringLiteral("reader");
    }
    return QStringLiteral("reader");
}

std::optional<Role> roleFromName(const QString &name)
{
    if (name == QLatin1String("lead"))
        return Role::Lead;
    if (name == QLatin1String("coder"))
        return Role::Coder;
    if (name == QLatin1String("reader"))
        return Role::Reader;
    return std::nullopt;
}

namespace {

// The hub version the server has installed, or nullopt when it has none.
// Two statements: PostgreSQL resolves every table a statement names before
// it runs, so one query that guards hub_info with to_regclass still fails on
// a server without it.
Result<std::optional<qint64>> installedVersion(pg::Connection &connection)
{
    auto present = connection.query(QStringLiteral("SELECT to_regclass('crosscut_hub.hub_info') IS NOT NULL"));
    if (!present)
        return present.error();
    if (!present->boolean(0, 0))
        return std::optional<qint64>();
    auto version = connection.query(QStringLiteral("SELECT max(version) FROM crosscut_hub.hub_info"));
    if (!version)
        return version.error();
    if (version->count() == 0 || version->isNull(0, 0))
        return std::optional<qint64>();
    return std::optional<qint64>(version->int64(0, 0));
}

}  // namespace

Result<pg::Connection> connectHub(const QString &conninfo)
{
    auto connection = pg::Connection::open(conninfo);
    if (!connection)
        return connection.error();
    auto version = installedVersion(*connection);
    if (!version)
        return version.error();
    if (!*version)
        return makeError(ErrorKind::Unsupported,
                         QStringLiteral("the server (%1) has no Crosscut team hub: its database owner installs one "
                                        "with `crosscut-cli team init-server URL`")
                             .arg(pg::withoutPassword(conninfo)));
    const qint64 v = **version;
    if (v != kServerSchemaVersion)
        return makeError(ErrorKind::Unsupported,
                         QStringLiteral("the team server speaks hub version %1, this Crosscut version %2: %3")
                             .arg(v)
                             .arg(kServerSchemaVersion)
                             .arg(v > kServerSchemaVersion ? QStringLiteral("update Crosscut")
                                                           : QStringLiteral("the server's owner upgrades it with "
                                                                            "`crosscut-cli team init-server`")));
    return connection;
}

Result<ServerProject> findProject(pg::Connection &connection, const QString &name)
{
    auto rows = connection.query(QStringLiteral("SELECT p.id, p.blind, p.released, m.role, m.coder "
                                                "FROM crosscut_hub.project p JOIN crosscut_hub.member m "
                                                "ON m.project_id = p.id AND m.username = session_user "
                                                "WHERE p.name = $1"),
                                 {name});
    if (!rows)
        return rows.error();
    if (rows->count() == 0)
        return makeError(ErrorKind::NotFound,
                         QStringLiteral("the team server has no project \"%1\" that %2 is a member of (ask the team's "
                                        "lead to add you: `crosscut-cli team members URL \"%1\" --add %2 --role coder`)")
                             .arg(name, connection.user()));
    ServerProject p;
    p.id = rows->int64(0, 0);
    p.blind = rows->boolean(0, 1);
    p.released = rows->boolean(0, 2);
    p.role = roleFromName(rows->text(0, 3)).value_or(Role::Reader);
    p.coder = rows->text(0, 4);
    return p;
}

Status initServer(const QString &conninfo)
{
    auto connection = pg::Connection::open(conninfo);
    if (!connection)
        return connection.error();
    auto version = installedVersion(*connection);
    if (!version)
        return version.error();
    if (*version && **version != kServerSchemaVersion)
        return makeError(ErrorKind::Unsupported, QStringLiteral("the server has hub version %1; this Crosscut installs "
                                                                "version %2 and does not change another")
                                                     .arg(**version)
                                                     .arg(kServerSchemaVersion));
    pg::Transaction tx(*connection);
    if (!tx.begun())
        return tx.begun();
    if (Status s = connection->execScript(hubSchemaSql()); !s)
        return makeError(s.error().kind, QStringLiteral("cannot install the team hub: %1").arg(s.message()));
    return tx.commit();
}

Result<QList<Member>> members(const QString &conninfo, const QString &name)
{
    auto connection = connectHub(conninfo);
    if (!connection)
        return connection.error();
    auto project = findProject(*connection, name);
    if (!project)
        return project.error();
    auto rows = connection->query(QStringLiteral("SELECT username, role, coder FROM crosscut_hub.member "
                                                 "WHERE project_id = $1 ORDER BY username"),
                                  {QString::number(project->id)});
    if (!rows)
        return rows.error();
    QList<Member> list;
    for (int i = 0; i < rows->count(); ++i)
        list.append(Member{rows->text(i, 0), roleFromName(rows->text(i, 1)).value_or(Role::Reader), rows->text(i, 2)});
    return list;
}

Status addMember(const QString &conninfo, const QString &name, const Member &member)
{
    if (member.user.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("no user given to add"));
    auto connection = connectHub(conninfo);
    if (!connection)
        return connection.error();
    const QString coder = member.coder.isEmpty() ? member.user : member.coder;
    return connection->exec(QStringLiteral("SELECT crosscut_hub.set_member($1, $2, $3, $4)"),
                            {name, member.user, roleName(member.role), coder});
}

Status removeMember(const QString &conninfo, const QString &name, const QString &user)
{
    auto connection = connectHub(conninfo);
    if (!connection)
        return connection.error();
    return connection->exec(QStringLiteral("SELECT crosscut_hub.remove_member($1, $2)"), {name, user});
}

Status releaseBlind(const QString &conninfo, const QString &name)
{
    auto connection = connectHub(conninfo);
    if (!connection)
        return connection.error();
    return connection->exec(QStringLiteral("SELECT crosscut_hub.release($1)"), {name});
}

Result<ServerState> serverState(const Link &link)
{
    auto connection = connectHub(link.conninfo);
    if (!connection)
        return connection.error();
    auto project = findProject(*connection, link.project);
    if (!project)
        return project.error();
    auto seq = connection->query(QStringLiteral("SELECT coalesce(max(seq), 0) FROM crosscut_hub.op WHERE project_id = $1"),
                                 {QString::number(project->id)});
    if (!seq)
        return seq.error();
    ServerState state;
    state.serverSeq = seq->int64(0, 0);
    state.blind = project->blind;
    state.released = project->released;
    state.role = project->role;
    state.coder = project->coder;
    return state;
}

}  // namespace crosscut::hub
