#pragma once
// The team hub: one shared project on a PostgreSQL server that every coder's
// local copy syncs with, offline first.
//
// The server holds an append-only log of operations in its own commit order
// (schema crosscut_hub, core/hub/hubschema.sql), and PostgreSQL itself
// enforces who may do what: every member is a PostgreSQL login role; a
// *lead* changes anything, a *coder* only their own quotes, codings and memos,
// a *reader* nothing. Writes go through SECURITY DEFINER functions that check
// the caller's role (tables grant no INSERT); reads go through row-level
// security, which in a blind project hides every other coder's quotes,
// codings and memos until the lead releases them.
//
// A local copy (a *clone*) is an ordinary .crosscut project with hub_state
// (where it syncs to, who codes in it, the last server sequence number it
// applied) and hub_outbox (its own operations, as row changes keyed by guid,
// until the server has them and they have been pulled back). Every
// operation, undo and redo in a clone is written to the outbox in the same
// transaction (Project calls hub::recordOutbox).
//
// sync() pushes the outbox (idempotent: each operation has a guid, and the
// server keeps the first copy of a guid), then pulls what the server has
// after the last applied number. When others' operations came in between,
// the clone's own pushed operations are taken back, the server's operations
// are applied in server order, and the clone holds exactly the fold of the
// server log it can see: every clone that has applied the same server order
// holds the same rows (by guid). Each step is one SQLite transaction, and a
// push is one PostgreSQL transaction, so a sync killed at any moment loses
// nothing acknowledged and applies nothing twice.
//
// Two coders changing the same row concurrently: the later commit wins; the
// server records the earlier change as a conflict (conflicts()), which the
// lead can review and restore.
//
// URL is a libpq connection string ("host=… port=… dbname=… user=…" or
// "postgresql://…"); the password comes from ~/.pgpass or PGPASSWORD (libpq)
// and is never stored in the project. TLS is used when the server offers it
// (libpq's sslmode=prefer).

#include "project/project.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace crosscut::hub {

// The server schema version this build speaks. A server with another one is
// refused with a clear message (ErrorKind::Unsupported).
constexpr int kServerSchemaVersion = 1;

enum class Role { Lead, Coder, Reader };
QString roleName(Role role);                       // "lead", "coder", "reader"
std::optional<Role> roleFromName(const QString &name);

// What a clone knows about its hub (hub_state), read without the network.
struct Link {
    QString conninfo;     // as given to clone/publish; never a password
    QString project;      // the project's name on the server
    QString coder;        // who codes in this copy
    QString user;         // the PostgreSQL role it connects as
    Role role = Role::Coder;
    qint64 lastPulled = 0;  // the last server sequence number applied here
    bool blind = false;
    bool released = false;  // blind coding released, as last synced
};

// The clone's link, or nullopt for a project that is not a clone.
Result<std::optional<Link>> link(Project &project);

// Installs (or checks) the hub schema on the server: run once by the
// database's owner. Idempotent; refuses a server that has another version.
Status initServer(const QString &conninfo);

struct PublishOptions {
    QString conninfo;
    QString name;          // the project's name on the server (unique there)
    QString coder;         // the lead's coder name (default: Project::currentCoder())
    bool blind = false;    // coders see only their own coding until released
};
struct PublishReport {
    qint64 rows = 0;       // rows uploaded
    qint64 serverSeq = 0;
};
// The lead uploads `project` as a new hub project and the file becomes the
// lead's clone of it. Refused when the name is taken or the project is
// already a clone.
Result<PublishReport> publish(Project &project, const PublishOptions &options);

struct CloneOptions {
    QString conninfo;
    QString name;
    QString localPath;     // must not exist
    QString coder;         // must be the coder name the lead gave this member
    ProjectKey key;        // encrypt the clone with this key (empty: plain)
};
struct CloneReport {
    qint64 operations = 0;
    qint64 serverSeq = 0;
};
// Makes a new local project from the server's log (written to a temporary
// file and linked into place: nothing is left behind on failure).
Result<CloneReport> clone(const CloneOptions &options);

struct SyncReport {
    qint64 pushed = 0;     // own operations the server acknowledged now
    qint64 pulled = 0;     // others' operations applied now
    qint64 conflicts = 0;  // conflicts the server recorded for this push
    qint64 serverSeq = 0;  // the last server sequence number applied
    bool rebased = false;  // own operations were taken back and replayed in server order
};
// Push, then pull, in three steps so that a GUI can talk to the server off
// its main thread (a project is one SQLite connection, held exclusively by
// the thread that opened it):
//   prepareSync   reads the link and the unsent outbox        (project thread)
//   exchange      pushes and pulls; touches no project         (any thread)
//   finishSync    records what the server acknowledged, applies what it
//                 sent, in one SQLite transaction              (project thread)
// A sync stopped after any step loses nothing: what was pushed but not
// recorded is pushed again and the server keeps its first copy.
struct OutgoingOperation {
    QString guid;
    QString label;
    QByteArray payload;  // JSON array of row changes (hub/wirechange.h)
};
struct SyncPlan {
    Link link;
    QList<OutgoingOperation> outgoing;
};
struct IncomingOperation {
    qint64 seq = 0;
    QString guid;
    QString author;
    QByteArray rows;     // JSON array of row changes this member may read
};
struct ServerExchange {
    QHash<QString, qint64> acknowledged;  // outgoing guid → server seq
    qint64 conflicts = 0;
    QList<IncomingOperation> incoming;    // after link.lastPulled, in server order
    bool fromStart = false;               // the whole log again: blind coding was released since the last sync
    bool blind = false;
    bool released = false;
    Role role = Role::Coder;              // the member's role on the server now
};
Result<SyncPlan> prepareSync(Project &project);
Result<ServerExchange> exchange(const SyncPlan &plan);
// Emits Project::changed (a reset) when others' operations were applied.
Result<SyncReport> finishSync(Project &project, const SyncPlan &plan, const ServerExchange &exchanged);
// All three in a row.
Result<SyncReport> sync(Project &project);

struct HubStatus {
    Link link;
    qint64 pending = 0;                  // own operations the server has not acknowledged
    std::optional<qint64> serverSeq;     // the server's last sequence number (nullopt: offline)
    qint64 behind = 0;                   // server operations not applied here
    QString offlineReason;               // why the server could not be asked
    bool released = false;               // blind coding released by the lead
};
// The clone's state; asks the server when `contactServer` (and reports
// offline instead of failing when it cannot be reached). Contacting the
// server blocks: a GUI calls status(project, false) and serverState() off
// its main thread.
Result<HubStatus> status(Project &project, bool contactServer = true);

struct ServerState {
    qint64 serverSeq = 0;    // the last sequence number this member can see
    bool blind = false;
    bool released = false;
    Role role = Role::Coder;
    QString coder;
};
// Any thread; touches no project.
Result<ServerState> serverState(const Link &link);

struct Member {
    QString user;   // PostgreSQL role
    Role role = Role::Coder;
    QString coder;  // the coder name their work is recorded under
};
Result<QList<Member>> members(const QString &conninfo, const QString &name);
// Lead only. `user` must be an existing PostgreSQL login role.
Status addMember(const QString &conninfo, const QString &name, const Member &member);
Status removeMember(const QString &conninfo, const QString &name, const QString &user);
// Lead only: every coder may now read every coder's work.
Status releaseBlind(const QString &conninfo, const QString &name);

struct Conflict {
    qint64 id = 0;
    QString table;         // "code", "quote", …
    QString rowKey;        // the row's guid (or its key, as JSON)
    QString what;          // for people: "code Leadership/Provider-led", "quote in 03-ukraine ¶4"
    qint64 winnerSeq = 0;
    QString winnerAuthor;
    QString winnerValue;   // the row as the winner left it, JSON (empty: deleted)
    qint64 loserSeq = 0;
    QString loserAuthor;
    QString loserValue;    // the row as the loser wanted it, JSON (empty: deleted)
    QDateTime at;
    bool restored = false; // the lead put the loser's value back
};
// Lead only; any thread (touches no project).
Result<QList<Conflict>> conflicts(const Link &link);
// Lead only: makes the loser's value of the row the current one, as a new
// undoable operation of this clone (pushed at the next sync), and marks the
// conflict restored on the server.
Status restoreConflict(Project &project, const Conflict &conflict);

}  // namespace crosscut::hub
