// team …: the team hub on PostgreSQL (hub/hub.h).
//
//   team init-server URL
//   team publish PROJECT --server URL --name NAME [--blind] [--coder C]
//   team clone URL NAME LOCAL.crosscut [--coder C] [--encrypt [--key-file F]]
//   team sync LOCAL
//   team status LOCAL [--offline]
//   team members URL NAME [--add USER --role lead|coder|reader [--coder C] | --remove USER]
//   team release URL NAME
//   team conflicts LOCAL [--format csv|json]
//   team restore LOCAL CONFLICT-ID
//
// URL is a libpq connection string; the password comes from ~/.pgpass or
// PGPASSWORD and is never stored.
#include "cli/command.h"
#include "cli/fullcommands.h"
#include "hub/hub.h"
#include "hub/pgconnection.h"
#include "util/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace crosscut::cli {

namespace {

// The same context with the subcommand's own arguments (the project first).
Context shifted(Context &ctx)
{
    Args args = ctx.args;
    args.positional.removeFirst();
    return Context{args, ctx.out, ctx.err};
}

int expect(Context &ctx, int count, const char *synopsis)
{
    if (ctx.args.positional.size() != count + 1)
        return ctx.usage(QStringLiteral("usage: crosscut-cli team %1").arg(QLatin1String(synopsis)));
    return -1;
}

// Opens the clone the subcommand names and reads its link; on failure
// reports it and sets *exitCode.
std::unique_ptr<Project> openClone(Context &ctx, Context &sub, hub::Link *link, int *exitCode)
{
    auto project = sub.openProject(exitCode);
    if (!project)
        return nullptr;
    auto l = hub::link(*project);
    if (!l || !*l) {
        *exitCode = !l ? ctx.fail(l.error())
                       : ctx.fail(ErrorKind::Invalid, QStringLiteral("%1 is not a copy of a team project").arg(project->path()));
        return nullptr;
    }
    *link = **l;
    return project;
}

int runInitServer(Context &ctx)
{
    if (int e = expect(ctx, 1, "init-server URL"); e >= 0)
        return e;
    const QString url = ctx.args.positional.value(1);
    if (Status s = hub::initServer(url); !s)
        return ctx.fail(s.error());
    ctx.out << "the team hub (version " << hub::kServerSchemaVersion << ") is installed on " << pg::withoutPassword(url)
            << "\n";
    return Ok;
}

int runPublish(Context &ctx)
{
    if (int e = expect(ctx, 1, "publish PROJECT --server URL --name NAME [--blind] [--coder C]"); e >= 0)
        return e;
    hub::PublishOptions options;
    options.conninfo = ctx.args.value(QStringLiteral("--server"));
    options.name = ctx.args.value(QStringLiteral("--name"));
    options.coder = ctx.args.value(QStringLiteral("--coder"));
    options.blind = ctx.args.has(QStringLiteral("--blind"));
    if (options.conninfo.isEmpty() || options.name.isEmpty())
        return ctx.usage(QStringLiteral("team publish needs --server URL and --name NAME"));
    Context sub = shifted(ctx);
    int code = Ok;
    auto project = sub.openProject(&code);
    if (!project)
        return code;
    auto report = hub::publish(*project, options);
    if (!report)
        return ctx.fail(report.error());
    ctx.out << "published " << project->path() << " as \"" << options.name << "\"" << (options.blind ? " (blind)" : "")
            << ": " << report->rows << " rows, server sequence " << report->serverSeq << "; this file is now the lead's copy\n";
    return Ok;
}

int runClone(Context &ctx)
{
    if (int e = expect(ctx, 3, "clone URL NAME LOCAL.crosscut [--coder C] [--encrypt [--key-file F]]"); e >= 0)
        return e;
    hub::CloneOptions options;
    options.conninfo = ctx.args.positional.value(1);
    options.name = ctx.args.positional.value(2);
    options.localPath = ctx.args.positional.value(3);
    options.coder = ctx.args.value(QStringLiteral("--coder"));
    if (ctx.args.has(QStringLiteral("--encrypt"))) {
        auto key = ctx.newProjectKey(QStringLiteral("--key-file"), "CROSSCUT_PASSWORD");
        if (!key)
            return ctx.fail(key.error());
        options.key = *key;
    }
    auto report = hub::clone(options);
    if (!report)
        return ctx.fail(report.error());
    ctx.out << "cloned \"" << options.name << "\" into " << options.localPath << ": " << report->operations
            << " operations, server sequence " << report->serverSeq << "\n";
    return Ok;
}

int runSync(Context &ctx)
{
    if (int e = expect(ctx, 1, "sync LOCAL.crosscut"); e >= 0)
        return e;
    Context sub = shifted(ctx);
    int code = Ok;
    auto project = sub.openProject(&code);
    if (!project)
        return code;
    auto report = hub::sync(*project);
    if (!report)
        return ctx.fail(report.error());
    ctx.out << "synced: " << report->pushed << " sent, " << report->pulled << " received";
    if (report->conflicts > 0)
        ctx.out << ", " << report->conflicts << " conflicts recorded for the lead";
    if (report->rebased)
        ctx.out << " (own changes replayed in the server's order)";
    ctx.out << "; server sequence " << report->serverSeq << "\n";
    return Ok;
}

int runStatus(Context &ctx)
{
    if (int e = expect(ctx, 1, "status LOCAL.crosscut [--offline]"); e >= 0)
        return e;
    Context sub = shifted(ctx);
    int code = Ok;
    auto project = sub.openProject(&code);
    if (!project)
        return code;
    auto st = hub::status(*project, !ctx.args.has(QStringLiteral("--offline")));
    if (!st)
        return ctx.fail(st.error());
    ctx.out << "project: " << st->link.project << "\n"
            << "server: " << st->link.conninfo << "\n"
            << "coder: " << st->link.coder << " (" << hub::roleName(st->link.role) << ", connects as " << st->link.user
            << ")\n"
            << "blind: " << (st->link.blind ? (st->released ? "yes, released" : "yes") : "no") << "\n"
            << "applied: server sequence " << st->link.lastPulled << "\n"
            << "to send: " << st->pending << "\n";
    if (st->serverSeq)
        ctx.out << "server: at sequence " << *st->serverSeq << (st->behind > 0 ? " (behind: sync to catch up)" : " (up to date)")
                << "\n";
    else if (!st->offlineReason.isEmpty())
        ctx.out << "offline: " << st->offlineReason << "\n";
    return Ok;
}

int runMembers(Context &ctx)
{
    if (int e = expect(ctx, 2, "members URL NAME [--add USER --role lead|coder|reader [--coder C] | --remove USER]"); e >= 0)
        return e;
    const QString url = ctx.args.positional.value(1), name = ctx.args.positional.value(2);
    if (ctx.args.has(QStringLiteral("--add"))) {
        const auto role = hub::roleFromName(ctx.args.value(QStringLiteral("--role")));
        if (!role)
            return ctx.usage(QStringLiteral("--add needs --role lead, coder or reader"));
        hub::Member member{ctx.args.value(QStringLiteral("--add")), *role, ctx.args.value(QStringLiteral("--coder"))};
        if (Status s = hub::addMember(url, name, member); !s)
            return ctx.fail(s.error());
    } else if (ctx.args.has(QStringLiteral("--remove"))) {
        if (Status s = hub::removeMember(url, name, ctx.args.value(QStringLiteral("--remove"))); !s)
            return ctx.fail(s.error());
    }
    auto list = hub::members(url, name);
    if (!list)
        return ctx.fail(list.error());
    ctx.out << "user,role,coder\n";
    for (const hub::Member &m : std::as_const(*list))
        ctx.out << m.user << "," << hub::roleName(m.role) << "," << m.coder << "\n";
    return Ok;
}

int runRelease(Context &ctx)
{
    if (int e = expect(ctx, 2, "release URL NAME"); e >= 0)
        return e;
    if (Status s = hub::releaseBlind(ctx.args.positional.value(1), ctx.args.positional.value(2)); !s)
        return ctx.fail(s.error());
    ctx.out << "blind coding released: every coder of \"" << ctx.args.positional.value(2)
            << "\" reads every coder's work from the next sync\n";
    return Ok;
}

int runConflicts(Context &ctx)
{
    if (int e = expect(ctx, 1, "conflicts LOCAL.crosscut [--format csv|json]"); e >= 0)
        return e;
    Context sub = shifted(ctx);
    int code = Ok;
    hub::Link link;
    auto project = openClone(ctx, sub, &link, &code);
    if (!project)
        return code;
    auto list = hub::conflicts(link);
    if (!list)
        return ctx.fail(list.error());
    const QString format = ctx.args.value(QStringLiteral("--format"), QStringLiteral("csv"));
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const hub::Conflict &c : std::as_const(*list))
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("table"), c.table},
                                     {QStringLiteral("row"), c.rowKey},
                                     {QStringLiteral("what"), c.what},
                                     {QStringLiteral("winner_seq"), c.winnerSeq},
                                     {QStringLiteral("winner"), c.winnerAuthor},
                                     {QStringLiteral("winner_value"), QJsonDocument::fromJson(c.winnerValue.toUtf8()).object()},
                                     {QStringLiteral("loser_seq"), c.loserSeq},
                                     {QStringLiteral("loser"), c.loserAuthor},
                                     {QStringLiteral("loser_value"), QJsonDocument::fromJson(c.loserValue.toUtf8()).object()},
                                     {QStringLiteral("at"), c.at.toString(Qt::ISODate)},
                                     {QStringLiteral("restored"), c.restored}});
        return ctx.emitResult(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    if (format != QLatin1String("csv"))
        return ctx.usage(QStringLiteral("--format is csv or json"));
    QString text = QStringLiteral("id,what,winner,winner_seq,loser,loser_seq,at,restored\n");
    for (const hub::Conflict &c : std::as_const(*list)) {
        const QStringList fields = {QString::number(c.id),        c.what, c.winnerAuthor, QString::number(c.winnerSeq),
                                    c.loserAuthor,                QString::number(c.loserSeq), c.at.toString(Qt::ISODate),
                                    c.restored ? QStringLiteral("yes") : QStringLiteral("no")};
        QStringList escaped;
        for (const QString &f : fields)
            escaped.append(csv::escapeField(f));
        text += escaped.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return ctx.emitResult(text.toUtf8());
}

int runRestore(Context &ctx)
{
    if (int e = expect(ctx, 2, "restore LOCAL.crosscut CONFLICT-ID"); e >= 0)
        return e;
    bool ok = false;
    const qint64 id = ctx.args.positional.value(2).toLongLong(&ok);
    if (!ok)
        return ctx.usage(QStringLiteral("CONFLICT-ID is a number (see `crosscut-cli team conflicts`)"));
    Context sub = shifted(ctx);
    sub.args.positional.removeLast();
    int code = Ok;
    hub::Link link;
    auto project = openClone(ctx, sub, &link, &code);
    if (!project)
        return code;
    auto list = hub::conflicts(link);
    if (!list)
        return ctx.fail(list.error());
    for (const hub::Conflict &c : std::as_const(*list))
        if (c.id == id) {
            if (Status s = hub::restoreConflict(*project, c); !s)
                return ctx.fail(s.error());
            ctx.out << "restored " << c.what << " as " << c.loserAuthor << " had it; sync to send it\n";
            return Ok;
        }
    return ctx.fail(ErrorKind::NotFound, QStringLiteral("no conflict %1 (see `crosscut-cli team conflicts`)").arg(id));
}

}  // namespace

int runTeam(Context &ctx)
{
    const QString sub = ctx.args.positional.value(0);
    using Runner = int (*)(Context &);
    static const QHash<QString, Runner> runners = {
        {QStringLiteral("init-server"), &runInitServer}, {QStringLiteral("publish"), &runPublish},
        {QStringLiteral("clone"), &runClone},            {QStringLiteral("sync"), &runSync},
        {QStringLiteral("status"), &runStatus},          {QStringLiteral("members"), &runMembers},
        {QStringLiteral("release"), &runRelease},        {QStringLiteral("conflicts"), &runConflicts},
        {QStringLiteral("restore"), &runRestore},
    };
    const auto it = runners.constFind(sub);
    if (it == runners.cend())
        return ctx.usage(QStringLiteral("team needs one of: init-server, publish, clone, sync, status, members, release, "
                                        "conflicts, restore"));
    return (*it)(ctx);
}

// The team hub (libpq): crosscut-cli-full only (fullcommands.h).
QList<CommandSpec> hubCommands()
{
    return {
        {"team",
         "team init-server URL | publish PROJECT --server URL --name NAME [--blind] [--coder C]\n"
         "  | clone URL NAME LOCAL.crosscut [--coder C] [--encrypt [--key-file F]] | sync LOCAL | status LOCAL [--offline]\n"
         "  | members URL NAME [--add USER --role lead|coder|reader [--coder C] | --remove USER] | release URL NAME\n"
         "  | conflicts LOCAL [--format csv|json] | restore LOCAL CONFLICT-ID\n"
         "  a shared project on a PostgreSQL team hub: every coder's copy syncs its operations with it (push, then\n"
         "  pull, in the server's order); URL is a libpq connection string, the password from ~/.pgpass or PGPASSWORD",
         {QStringLiteral("--server"), QStringLiteral("--name"), QStringLiteral("--coder"), QStringLiteral("--key-file"),
          QStringLiteral("--add"), QStringLiteral("--role"), QStringLiteral("--remove"), QStringLiteral("--format"),
          QStringLiteral("--out")},
         {QStringLiteral("--blind"), QStringLiteral("--encrypt"), QStringLiteral("--offline")}, 1, 4, &runTeam},
    };
}

}  // namespace crosscut::cli
