#include "project/project.h"

#include "project/projectwriter.h"
#include "storage/corruptionscan.h"
#include "storage/schema.h"
#include "storage/walfile.h"

#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include <QDateTime>
#include <QFileInfo>
#include <QStorageInfo>

namespace crosscut {

namespace {

constexpr int kMaxListedChanges = 5000;

QString nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

// Owns an sqlite3_session attached to the tracked tables.
class Session {
public:
    explicit Session(sqlite3 *db)
    {
        if (sqlite3session_create(db, "main", &m_session) != SQLITE_OK) {
            m_session = nullptr;
            return;
        }
        for (const QString &table : schema::trackedTables())
            sqlite3session_attach(m_session, table.toUtf8().constData());
    }
    ~Session()
    {
        if (m_session)
            sqlite3session_delete(m_session);
        sqlite3_free(m_buffer);
    }
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;
    bool isValid() const { return m_session != nullptr; }

    // The changeset, in a buffer SQLite allocated; it stays valid until the
    // session is deleted. (A bulk load's changeset can be ~100 MB: no copies.)
    Result<QByteArray> changeset()
    {
        int size = 0;
        void *data = nullptr;
        if (sqlite3session_changeset(m_session, &size, &data) != SQLITE_OK)
            return makeError(ErrorKind::Io, QStringLiteral("could not record the operation's changes"));
        m_buffer = data;
        return QByteArray::fromRawData(static_cast<const char *>(data), size);
    }
    // Frees the session's own record of the changes once the changeset is built.
    void releaseRecords()
    {
        if (m_session)
            sqlite3session_delete(m_session);
        m_session = nullptr;
    }

private:
    sqlite3_session *m_session = nullptr;
    void *m_buffer = nullptr;
};

int abortOnConflict(void *, int, sqlite3_changeset_iter *) { return SQLITE_CHANGESET_ABORT; }

}  // namespace

Project::Project(sql::Database db) : m_db(std::move(db)), m_currentCoder(defaultCoderName()) {}

Project::~Project()
{
    m_statements.clear();
    m_db.close();
}

QString Project::defaultCoderName()
{
    QString name = qEnvironmentVariable("CROSSCUT_CODER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    return name.isEmpty() ? QStringLiteral("coder") : name;
}

Result<std::unique_ptr<Project>> Project::create(const QString &path)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 already exists; choose a new file name").arg(path));
    auto db = sql::Database::open(path, sql::Database::Mode::CreateNew);
    if (!db)
        return makeError(db.error().kind, QStringLiteral("cannot create %1: %2").arg(path, db.message()));
    OpenState state;
    state.created = true;
    return finishOpen(std::move(db).value(), state);
}

namespace {

// Budget of the corruption scan on opening: a full quick_check of a project of
// a few hundred megabytes fits; a larger one is scanned as far as it goes.
constexpr int kScanBudgetMs = 3000;

QString wayOut(const QString &path)
{
    return QStringLiteral("Nothing was changed. Run \"crosscut-cli check %1\" for a report, and restore the project "
                          "from a backup copy (or from a .qdpx export).")
        .arg(path);
}

Error corrupt(const QString &path, const QString &detail)
{
    return makeError(ErrorKind::Corrupt, QStringLiteral("%1 is corrupt (%2). %3").arg(path, detail, wayOut(path)));
}

// A full disk is said as such: SQLite often reports it as a plain I/O error.
Error ioError(const QString &path, const Error &error)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    constexpr qint64 kNearlyFull = 1024 * 1024;
    if (error.message.contains(QLatin1String("disk is full"))
        || (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < kNearlyFull))
        return makeError(ErrorKind::Io, QStringLiteral("%1 cannot be opened: the disk is full (%2 KiB free on %3). Free "
                                                       "some space and try again; nothing was changed.")
                                            .arg(path)
                                            .arg(std::max<qint64>(storage.bytesAvailable(), 0) / 1024)
                                            .arg(storage.rootPath()));
    return makeError(ErrorKind::Io, QStringLiteral("%1 cannot be opened: %2").arg(path, error.message));
}

Error readOnlyFolder(const QString &path)
{
    return makeError(ErrorKind::ReadOnly,
                     QStringLiteral("%1 is in a folder Crosscut cannot write to (%2): it keeps its write-ahead log "
                                    "beside the project. Copy the project to a writable folder to work on it; "
                                    "\"crosscut-cli check\" can read it where it is.")
                         .arg(path, QFileInfo(path).absolutePath()));
}

// Any failure while opening, in the user's terms.
Error openError(const QString &path, const Error &e)
{
    switch (e.kind) {
    case ErrorKind::Corrupt:
        return corrupt(path, e.message);
    case ErrorKind::Io:
        return ioError(path, e);
    case ErrorKind::ReadOnly:
        return readOnlyFolder(path);
    case ErrorKind::Locked:
        return makeError(ErrorKind::Locked,
                         QStringLiteral("%1 is locked: another Crosscut (or another program) has it open for writing. "
                                        "Close it there and try again.")
                             .arg(path));
    default:
        return makeError(e.kind, QStringLiteral("%1 cannot be read: %2").arg(path, e.message));
    }
}

// What a leftover -wal would lose in recovery, for the user.
QString walLossMessage(const QString &wal, const sql::WalContents &c, const QString &copy)
{
    QString text = QStringLiteral("the write-ahead log %1 left by a session that did not close cleanly holds %2 "
                                  "frame(s); %3 of them are damaged or follow a damaged frame")
                       .arg(wal)
                       .arg(c.frames)
                       .arg(c.discarded());
    if (c.firstBad > 0)
        text += QStringLiteral(" (from frame %1)").arg(c.firstBad);
    text += QStringLiteral(" and SQLite's recovery discards them, with %1 committed transaction(s): the changes they "
                           "held are not in the project")
                .arg(c.headerValid ? c.lostCommits : c.frames);
    if (!copy.isEmpty())
        text += QStringLiteral(". A copy of the log was kept as %1").arg(copy);
    return text;
}

}  // namespace

Result<std::unique_ptr<Project>> Project::open(const QString &path) { return openFile(path, false, false); }

Result<std::unique_ptr<Project>> Project::openForCheck(const QString &path)
{
    const QFileInfo info(path);
    // Read-only when writing is impossible, and whenever a -wal is left over:
    // a read-only connection recovers it in memory and leaves the file alone.
    const bool readOnly = (info.exists() && !info.isWritable()) || !QFileInfo(info.absolutePath()).isWritable()
                          || !sql::leftoverWal(path).isEmpty();
    return openFile(path, readOnly, true);
}

Result<std::unique_ptr<Project>> Project::openFile(const QString &path, bool readOnly, bool forCheck)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorKind::NotFound, QStringLiteral("%1: no such project file").arg(path));
    if (!info.isFile())
        return makeError(ErrorKind::NotAProject, QStringLiteral("%1 is not a Crosscut project (not a file)").arg(path));
    if (!readOnly && !info.isWritable())
        return makeError(ErrorKind::ReadOnly,
                         QStringLiteral("%1 is read-only; Crosscut needs write access to a project (\"crosscut-cli "
                                        "check\" can read it as it is)")
                             .arg(path));
    if (info.size() == 0)
        return makeError(ErrorKind::NotAProject, QStringLiteral("%1 is not a Crosscut project (empty file)").arg(path));
    if (!readOnly && !QFileInfo(info.absolutePath()).isWritable())
        return readOnlyFolder(path);

    OpenState state;
    state.readOnly = readOnly;
    state.forCheck = forCheck;
    if (const QString wal = sql::leftoverWal(path); !wal.isEmpty()) {
        state.uncleanShutdown = true;
        auto contents = sql::inspectWal(wal);
        if (!contents)
            return contents.error();
        if (contents->losesCommits()) {
            QString copy;
            if (!readOnly) {  // recovery is about to drop frames: keep the only copy first
                auto kept = sql::keepWalCopy(wal);
                if (!kept)
                    return kept.error();
                copy = *kept;
            }
            state.warnings.append(walLossMessage(wal, *contents, copy));
        }
    }
    // In a folder it cannot write, SQLite cannot make the -shm a read-only
    // open needs; without a -wal to recover, the file is read as immutable.
    sql::Database::Mode mode = sql::Database::Mode::OpenExisting;
    if (readOnly)
        mode = !QFileInfo(info.absolutePath()).isWritable() && !state.uncleanShutdown ? sql::Database::Mode::Immutable
                                                                                     : sql::Database::Mode::ReadOnly;
    auto db = sql::Database::open(path, mode);
    if (!db)
        return openError(path, db.error());
    return finishOpen(std::move(db).value(), state);
}

Result<std::unique_ptr<Project>> Project::finishOpen(sql::Database db, const OpenState &state)
{
    const QString path = db.path();
    const bool created = state.created;
    // Read the header before anything writes: a foreign or newer file must be
    // left exactly as it was.
    auto appId = db.scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId) {
        if (appId.error().kind == ErrorKind::NotAProject)
            return makeError(ErrorKind::NotAProject,
                             QStringLiteral("%1 is not a Crosscut project (not an SQLite database)").arg(path));
        if (appId.error().kind == ErrorKind::Locked)
            return makeError(ErrorKind::Locked,
                             QStringLiteral("%1 is locked by another program; close it there and try again").arg(path));
        return openError(path, appId.error());
    }
    if (!created && appId->toInt() != schema::kApplicationId)
        return makeError(ErrorKind::NotAProject,
                         QStringLiteral("%1 is not a Crosscut project (an SQLite file of another program)").arg(path));
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return openError(path, version.error());
    const int fileVersion = version->toInt();
    if (fileVersion > schema::currentVersion())
        return makeError(ErrorKind::TooNew,
                         QStringLiteral("%1 was written by a newer Crosscut (project format %2; this build reads up "
                                        "to %3). Update Crosscut to open it.")
                             .arg(path)
                             .arg(fileVersion)
                             .arg(schema::currentVersion()));
    if (auto tables = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !tables)
        return openError(path, tables.error().kind == ErrorKind::Locked
                                   ? tables.error()
                                   : makeError(ErrorKind::Corrupt, tables.message()));

    if (state.readOnly) {
        // For reading only (check): no lock taken, nothing upgraded, nothing written.
        if (fileVersion < schema::currentVersion())
            return makeError(ErrorKind::ReadOnly,
                             QStringLiteral("%1 is in an older project format (%2) and is opened read-only, so it "
                                            "cannot be upgraded; open a writable copy instead")
                                 .arg(path)
                                 .arg(fileVersion));
        auto project = std::unique_ptr<Project>(new Project(std::move(db)));
        project->m_readOnly = true;
        project->m_openWarnings = state.warnings;
        return project;
    }

    // Corruption is found before the first write: a damaged page must not
    // get new rows beside it. After an unclean shutdown the scan is full.
    if (!created && !state.forCheck) {
        auto scan = sql::scanForCorruption(db, state.uncleanShutdown, kScanBudgetMs);
        if (!scan)
            return openError(path, scan.error());
        if (!scan->problems.isEmpty())
            return corrupt(path, scan->problems.join(QStringLiteral("; ")));
    }

    // One writer at a time: the exclusive lock is taken now and held until
    // the project is closed. A kill releases it with the process.
    if (Status s = db.execScript(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")); !s)
        return openError(path, s.error());
    auto mode = db.scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode || mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        if (!mode)
            return openError(path, mode.error());
        return makeError(ErrorKind::Io, QStringLiteral("%1: cannot enable write-ahead logging: %2")
                                            .arg(path, mode->toString()));
    }
    if (Status s = db.execScript(QStringLiteral("BEGIN IMMEDIATE; COMMIT")); !s) {
        const ErrorKind kind = s.error().kind;
        return openError(path, kind == ErrorKind::Io || kind == ErrorKind::ReadOnly || kind == ErrorKind::Corrupt
                                   ? s.error()
                                   : makeError(ErrorKind::Locked, s.message()));
    }
    if (Status s = db.execScript(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL")); !s)
        return openError(path, s.error());

    if (created) {
        if (Status s = schema::create(db); !s)
            return makeError(s.error().kind, QStringLiteral("cannot create %1: %2").arg(path, s.message()));
    } else if (fileVersion < schema::currentVersion()) {
        if (Status s = schema::upgrade(db, fileVersion); !s)
            return s.error();
    }
    auto project = std::unique_ptr<Project>(new Project(std::move(db)));
    project->m_openWarnings = state.warnings;
    return project;
}

QString Project::name() const { return QFileInfo(m_db.path()).completeBaseName(); }

sql::Statement &Project::statement(const char *sqlText)
{
    auto it = m_statements.find(sqlText);
    if (it == m_statements.end()) {
        auto prepared = m_db.prepare(QString::fromUtf8(sqlText));
        // Statements here are written by us; failing to prepare one is a bug.
        Q_ASSERT_X(prepared.ok(), "Project::statement", qPrintable(prepared.message()));
        it = m_statements.insert(sqlText, std::make_shared<sql::Statement>(std::move(prepared).value()));
    }
    it.value()->reset();
    return *it.value();
}

Status Project::transact(const QString &label, const std::function<Status(ProjectWriter &)> &body)
{
    sql::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    Session session(m_db.handle());
    if (!session.isValid())
        return makeError(ErrorKind::Io, QStringLiteral("cannot record operations (SQLite session unavailable)"));
    ProjectWriter writer(*this, nowUtc());
    if (Status s = body(writer); !s)
        return s;
    auto changeset = session.changeset();
    if (!changeset)
        return changeset.error();
    session.releaseRecords();
    if (changeset->isEmpty())
        return tx.commit();  // nothing changed: nothing to undo
    if (Status s = m_db.exec(QStringLiteral("UPDATE operation SET state = 2 WHERE state = 1")); !s)
        return s;
    {
        auto insert = m_db.prepare(QStringLiteral("INSERT INTO operation(label, coder, created_at, state, changeset) "
                                                  "VALUES (?, ?, ?, 0, ?)"));
        if (!insert)
            return insert.error();
        insert->bind(1, label).bind(2, m_currentCoder).bind(3, nowUtc());
        insert->bindBlobNoCopy(4, changeset->constData(), changeset->size());
        if (Status s = insert->exec(); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT changed(describe(*changeset));
    return {};
}

ChangeList Project::describe(const QByteArray &changeset) const
{
    ChangeList list;
    sqlite3_changeset_iter *iter = nullptr;
    if (sqlite3changeset_start(&iter, static_cast<int>(changeset.size()), const_cast<char *>(changeset.constData()))
        != SQLITE_OK) {
        list.reset = true;
        return list;
    }
    while (sqlite3changeset_next(iter) == SQLITE_ROW) {
        if (list.rows.size() >= kMaxListedChanges) {
            list.reset = true;
            list.rows.clear();
            break;
        }
        const char *table = nullptr;
        int columns = 0;
        int op = 0;
        int indirect = 0;
        sqlite3changeset_op(iter, &table, &columns, &op, &indirect);
        RowChange change;
        change.table = QString::fromUtf8(table);
        change.op = op == SQLITE_INSERT ? RowChange::Op::Insert
                  : op == SQLITE_DELETE ? RowChange::Op::Delete
                                        : RowChange::Op::Update;
        sqlite3_value *key = nullptr;
        if (op == SQLITE_INSERT)
            sqlite3changeset_new(iter, 0, &key);
        else
            sqlite3changeset_old(iter, 0, &key);
        change.id = key ? sqlite3_value_int64(key) : 0;
        list.rows.append(change);
    }
    sqlite3changeset_finalize(iter);
    return list;
}

Status Project::syncToDisk() { return m_db.execScript(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")); }

bool Project::canUndo()
{
    auto v = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM operation WHERE state = 0)"));
    return v && v->toLongLong() > 0;
}

bool Project::canRedo()
{
    auto v = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM operation WHERE state = 1)"));
    return v && v->toLongLong() > 0;
}

QString Project::undoLabel()
{
    auto v = m_db.scalar(QStringLiteral("SELECT label FROM operation WHERE state = 0 ORDER BY id DESC LIMIT 1"));
    return v ? v->toString() : QString();
}

QString Project::redoLabel()
{
    auto v = m_db.scalar(QStringLiteral("SELECT label FROM operation WHERE state = 1 ORDER BY id ASC LIMIT 1"));
    return v ? v->toString() : QString();
}

Status Project::undo() { return replay(true); }
Status Project::redo() { return replay(false); }

Status Project::replay(bool undoing)
{
    sql::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto stmt = m_db.prepare(undoing
                                 ? QStringLiteral("SELECT id, label, changeset FROM operation WHERE state = 0 ORDER BY id DESC LIMIT 1")
                                 : QStringLiteral("SELECT id, label, changeset FROM operation WHERE state = 1 ORDER BY id ASC LIMIT 1"));
    if (!stmt)
        return stmt.error();
    if (!stmt->next())
        return makeError(ErrorKind::Invalid, undoing ? QStringLiteral("nothing to undo") : QStringLiteral("nothing to redo"));
    const Id opId = stmt->int64(0);
    const QString label = stmt->text(1);
    QByteArray changeset = stmt->blob(2);
    stmt->reset();

    if (undoing) {
        int size = 0;
        void *inverted = nullptr;
        if (sqlite3changeset_invert(static_cast<int>(changeset.size()), changeset.data(), &size, &inverted) != SQLITE_OK)
            return makeError(ErrorKind::Corrupt, QStringLiteral("the operation log entry for \"%1\" is damaged").arg(label));
        changeset = QByteArray(static_cast<const char *>(inverted), size);
        sqlite3_free(inverted);
    }
    m_replayedSpan.reset();
    const int rc = sqlite3changeset_apply(m_db.handle(), static_cast<int>(changeset.size()), changeset.data(), nullptr,
                                          &abortOnConflict, nullptr);
    if (rc != SQLITE_OK)
        return makeError(ErrorKind::Conflict, QStringLiteral("cannot %1 \"%2\": the project has changed in a way that "
                                                             "conflicts with it")
                                                  .arg(undoing ? QStringLiteral("undo") : QStringLiteral("redo"), label));
    if (Status s = m_db.exec(QStringLiteral("UPDATE operation SET state = ? WHERE id = ?"), {undoing ? 1 : 0, opId}); !s)
        return s;
    const std::optional<DocumentSpan> span = spanOf(changeset);
    if (Status s = tx.commit(); !s)
        return s;
    m_replayedSpan = span;
    Q_EMIT changed(describe(changeset));
    return {};
}

std::optional<DocumentSpan> Project::spanOf(const QByteArray &changeset)
{
    // Read after the changeset was applied: a quote that still exists is read
    // from the project, one it removed from the changeset's old values.
    auto column = [this](const char *table, const char *name) {
        auto v = m_db.scalar(QStringLiteral("SELECT cid FROM pragma_table_info(?) WHERE name = ?"),
                             {QString::fromLatin1(table), QString::fromLatin1(name)});
        return v && v->isValid() ? v->toInt() : -1;
    };
    const int quoteDocument = column("quote", "document_id"), quoteStart = column("quote", "start"),
              quoteEnd = column("quote", "end"), codingQuote = column("coding", "quote_id");
    auto valueOf = [](sqlite3_changeset_iter *iter, int op, int col) -> std::optional<qint64> {
        sqlite3_value *v = nullptr;
        if (col < 0)
            return std::nullopt;
        if (op == SQLITE_DELETE)
            sqlite3changeset_old(iter, col, &v);
        else
            sqlite3changeset_new(iter, col, &v);
        if (!v || sqlite3_value_type(v) == SQLITE_NULL)
            return std::nullopt;
        return sqlite3_value_int64(v);
    };
    auto inDocument = [this](const DocumentSpan &span) -> std::optional<DocumentSpan> {
        if (!document(span.document))
            return std::nullopt;
        return span;
    };
    QHash<Id, DocumentSpan> removedQuotes;
    QList<Id> removedOrder, codedQuotes;
    std::optional<DocumentSpan> found;
    sqlite3_changeset_iter *iter = nullptr;
    if (sqlite3changeset_start(&iter, int(changeset.size()), const_cast<char *>(changeset.constData())) != SQLITE_OK)
        return std::nullopt;
    while (!found && sqlite3changeset_next(iter) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0, op = 0, indirect = 0;
        sqlite3changeset_op(iter, &table, &columns, &op, &indirect);
        const QLatin1String name(table);
        sqlite3_value *key = nullptr;
        if (op == SQLITE_INSERT)
            sqlite3changeset_new(iter, 0, &key);
        else
            sqlite3changeset_old(iter, 0, &key);
        if (!key)
            continue;
        const Id id = sqlite3_value_int64(key);
        if (name == QLatin1String("quote")) {
            if (const std::optional<Quote> q = quote(id)) {
                found = inDocument({q->documentId, q->start, q->end});
            } else if (op == SQLITE_DELETE) {
                const auto d = valueOf(iter, op, quoteDocument), b = valueOf(iter, op, quoteStart),
                           e = valueOf(iter, op, quoteEnd);
                if (d && b && e) {
                    removedQuotes.insert(id, {*d, *b, *e});
                    removedOrder.append(id);
                }
            }
        } else if (name == QLatin1String("coding")) {
            std::optional<qint64> q = valueOf(iter, op == SQLITE_UPDATE ? SQLITE_DELETE : op, codingQuote);
            if (q && codedQuotes.size() < 64)  // the first ones are enough to point at
                codedQuotes.append(*q);
        }
    }
    sqlite3changeset_finalize(iter);
    if (found)
        return found;
    // No quote of its own: where its codings are, or the first quote it removed.
    for (Id q : std::as_const(codedQuotes)) {
        if (const std::optional<Quote> now = quote(q))
            return inDocument({now->documentId, now->start, now->end});
        if (removedQuotes.contains(q))
            return inDocument(removedQuotes.value(q));
    }
    for (Id q : std::as_const(removedOrder))
        if (auto shown = inDocument(removedQuotes.value(q)))
            return shown;
    return std::nullopt;
}

void Project::notifyReset()
{
    ChangeList all;
    all.reset = true;
    Q_EMIT changed(all);
}

QList<Operation> Project::history(int limit)
{
    QList<Operation> out;
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, label, coder, created_at, state FROM operation ORDER BY id DESC LIMIT ?"));
    if (!stmt)
        return out;
    stmt->bind(1, limit);
    while (stmt->next())
        out.append({stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3),
                    static_cast<Operation::State>(stmt->int64(4))});
    return out;
}

}  // namespace crosscut
