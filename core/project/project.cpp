#include "project/project.h"

#include "hub/outbox.h"

#include "project/projectwriter.h"
#include "storage/corruptionscan.h"
#include "storage/schema.h"
#include "storage/walfile.h"


#include <QDateTime>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace crosscut {

namespace {

constexpr int kMaxListedChanges = 5000;

QString nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }



}  // namespace

Project::Project(sql::Database db) : m_db(std::move(db)), m_currentCoder(defaultCoderName()) {}

Project::~Project()
{
    m_outbox.reset();
    m_statements.clear();
    m_changeLog = {};
    m_db.close();
}

QString Project::defaultCoderName()
{
    QString name = qEnvironmentVariable("CROSSCUT_CODER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    return name.isEmpty() ? QStringLiteral("coder") : name;
}

Result<std::unique_ptr<Project>> Project::create(const QString &path, const ProjectKey &key)
{
    if (Status s = requireSqlCipher(); !s)
        return s.error();
    if (QFileInfo::exists(path))
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 already exists; choose a new file name").arg(path));
    auto db = sql::Database::open(path, sql::Database::Mode::CreateNew, key.sqlcipherKey());
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

namespace {

QString needsKey(const QString &path)
{
    return QStringLiteral("%1 is encrypted: give its password in CROSSCUT_PASSWORD (or when asked, from a terminal) or "
                          "its key file with --key-file. Nothing was changed.")
        .arg(path);
}

QString wrongKey(const QString &path)
{
    return QStringLiteral("%1 is encrypted and the password or key file given is not its own. Nothing was changed.")
        .arg(path);
}

// A process that has held an encrypted project open leaves no core dump:
// its memory holds the project's plaintext. (Kept off until it exits.)
void forbidCoreDumps()
{
#ifdef __linux__
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

}  // namespace

Status Project::requireSqlCipher()
{
    static const Result<QString> version = sql::cipherVersion();
    if (!version)
        return makeError(ErrorKind::Unsupported, version.message());
    return {};
}

Result<std::unique_ptr<Project>> Project::open(const QString &path, const ProjectKey &key)
{
    return openFile(path, false, false, key);
}

namespace {

// Read-only when writing is impossible, and whenever a -wal is left over:
// a read-only connection recovers it in memory and leaves the file alone.
bool needsReadOnlyConnection(const QString &path)
{
    const QFileInfo info(path);
    return (info.exists() && !info.isWritable()) || !QFileInfo(info.absolutePath()).isWritable()
           || !sql::leftoverWal(path).isEmpty();
}

}  // namespace

Result<std::unique_ptr<Project>> Project::openForCheck(const QString &path, const ProjectKey &key)
{
    return openFile(path, needsReadOnlyConnection(path), true, key);
}

// A read-write connection that writes nothing (SQLite's authorizer refuses
// it) and takes no exclusive lock, where it can be one: SQLite then removes
// its -shm (and the empty -wal) when it closes, which a read-only connection
// cannot do. While it reads, it holds WAL's shared lock as any reader does.
Result<std::unique_ptr<Project>> Project::openForReading(const QString &path, const ProjectKey &key)
{
    return openFile(path, needsReadOnlyConnection(path), true, key, true);
}

Result<std::unique_ptr<Project>> Project::openFile(const QString &path, bool readOnly, bool forCheck,
                                                   const ProjectKey &key, bool readingOnly)
{
    if (Status s = requireSqlCipher(); !s)
        return s.error();
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
    state.readingOnly = readingOnly;
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
    // A plain project starts with SQLite's header; an encrypted one with
    // random bytes, and is read only with its key.
    const bool encrypted = !isPlainSqliteFile(path);
    if (encrypted && key.isEmpty()) {
        if (info.size() < 1024 || info.size() % 512 != 0)
            return makeError(ErrorKind::NotAProject,
                             QStringLiteral("%1 is not a Crosscut project (not an SQLite database)").arg(path));
        return makeError(ErrorKind::Encrypted, needsKey(path));
    }
    auto db = sql::Database::open(path, mode, encrypted ? key.sqlcipherKey() : QByteArray());
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
    if (db.isKeyed())
        forbidCoreDumps();
    auto appId = db.scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId) {
        if (db.isKeyed() && !created
            && (appId.error().kind == ErrorKind::NotAProject || appId.error().kind == ErrorKind::Corrupt))
            return makeError(ErrorKind::Encrypted, wrongKey(path));
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

    if (state.readOnly || state.readingOnly) {
        // For reading only (check, search): no lock taken, nothing upgraded,
        // nothing written, so no operation log either.
        if (fileVersion < schema::currentVersion())
            return makeError(ErrorKind::ReadOnly,
                             QStringLiteral("%1 is in an older project format (%2) and is opened for reading only, so it "
                                            "cannot be upgraded; open a writable copy instead")
                                 .arg(path)
                                 .arg(fileVersion));
        // Temporary tables (search's index of live sessions) stay in memory:
        // nothing of an encrypted project may reach a temporary file.
        if (Status s = db.execScript(QStringLiteral("PRAGMA temp_store = MEMORY")); !s)
            return openError(path, s.error());
        // The connection could write: SQLite itself refuses any change to
        // the project, whatever a caller of database() runs.
        if (state.readingOnly)
            db.refuseWritesToMain();
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
    // Temporary tables, indexes and sorts stay in memory: for an encrypted
    // project nothing of it may reach a temporary file in plaintext.
    if (Status s = db.execScript(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; "
                                                "PRAGMA temp_store = MEMORY"));
        !s)
        return openError(path, s.error());

    if (created) {
        if (Status s = schema::create(db); !s)
            return makeError(s.error().kind, QStringLiteral("cannot create %1: %2").arg(path, s.message()));
    } else if (fileVersion < schema::currentVersion()) {
        if (Status s = schema::upgrade(db, fileVersion); !s)
            return s.error();
    }
    auto log = sql::ChangeLog::attach(db, schema::trackedTables());
    if (!log)
        return makeError(log.error().kind, QStringLiteral("%1 cannot be opened: %2").arg(path, log.message()));
    auto project = std::unique_ptr<Project>(new Project(std::move(db)));
    project->m_changeLog = std::move(log).value();
    project->m_openWarnings = state.warnings;
    if (Status s = project->refreshHubLink(); !s)
        return makeError(s.error().kind, QStringLiteral("%1 cannot be opened: %2").arg(path, s.message()));
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

namespace {

// Capture is on for the body of one operation only.
class Capturing {
public:
    explicit Capturing(sql::ChangeLog &log) : m_log(log) { m_log.setCapturing(true); }
    ~Capturing() { m_log.setCapturing(false); }
    Capturing(const Capturing &) = delete;
    Capturing &operator=(const Capturing &) = delete;

private:
    sql::ChangeLog &m_log;
};

}  // namespace

Status Project::transact(const QString &label, const std::function<Status(ProjectWriter &)> &body)
{
    if (m_readOnly || !m_changeLog.isAttached())
        return makeError(ErrorKind::ReadOnly, QStringLiteral("%1 is open for reading only").arg(path()));
    sql::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto before = m_changeLog.lastSeq(m_db);
    if (!before)
        return before.error();
    {
        Capturing capturing(m_changeLog);
        ProjectWriter writer(*this, nowUtc());
        if (Status s = body(writer); !s)
            return s;
    }
    auto last = m_changeLog.lastSeq(m_db);
    if (!last)
        return last.error();
    const qint64 first = *before + 1;
    if (*last < first)
        return tx.commit();  // nothing changed: nothing to undo
    if (Status s = m_db.exec(QStringLiteral("UPDATE operation SET state = 2 WHERE state = 1")); !s)
        return s;
    if (Status s = m_db.exec(QStringLiteral("INSERT INTO operation(label, coder, created_at, state, changeset, "
                                            "first_change, last_change) VALUES (?, ?, ?, 0, X'', ?, ?)"),
                             {label, m_currentCoder, nowUtc(), first, *last});
        !s)
        return s;
    if (m_outbox)
        if (Status s = m_outbox->record(label, first, *last, false); !s)
            return s;
    auto changes = m_changeLog.describe(m_db, first, *last, false, kMaxListedChanges);
    if (!changes)
        return changes.error();
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT changed(*changes);
    return {};
}

Status Project::refreshHubLink()
{
    auto recorder = hub::OutboxRecorder::attach(m_db);
    if (!recorder)
        return recorder.error();
    m_outbox = std::move(recorder).value();
    if (m_outbox && !m_outbox->coder().isEmpty())
        m_currentCoder = m_outbox->coder();
    return {};
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
    if (m_readOnly || !m_changeLog.isAttached())
        return makeError(ErrorKind::ReadOnly, QStringLiteral("%1 is open for reading only").arg(path()));
    sql::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto stmt = m_db.prepare(undoing ? QStringLiteral("SELECT id, label, first_change, last_change FROM operation "
                                                      "WHERE state = 0 ORDER BY id DESC LIMIT 1")
                                     : QStringLiteral("SELECT id, label, first_change, last_change FROM operation "
                                                      "WHERE state = 1 ORDER BY id ASC LIMIT 1"));
    if (!stmt)
        return stmt.error();
    if (!stmt->next())
        return makeError(ErrorKind::Invalid, undoing ? QStringLiteral("nothing to undo") : QStringLiteral("nothing to redo"));
    const Id opId = stmt->int64(0);
    const QString label = stmt->text(1);
    const bool hasChanges = !stmt->isNull(2);
    const qint64 first = stmt->int64(2), last = stmt->int64(3);
    stmt->reset();

    m_replayedSpan.reset();
    if (hasChanges) {
        if (Status s = m_changeLog.replay(m_db, first, last, undoing); !s) {
            if (s.error().kind != ErrorKind::Conflict)
                return s;
            return makeError(ErrorKind::Conflict, QStringLiteral("cannot %1 \"%2\": the project has changed in a way "
                                                                 "that conflicts with it (%3)")
                                                      .arg(undoing ? QStringLiteral("undo") : QStringLiteral("redo"),
                                                           label, s.message()));
        }
    }
    if (Status s = m_db.exec(QStringLiteral("UPDATE operation SET state = ? WHERE id = ?"), {undoing ? 1 : 0, opId}); !s)
        return s;
    if (m_outbox && hasChanges)
        if (Status s = m_outbox->record((undoing ? QStringLiteral("Undo %1") : QStringLiteral("Redo %1")).arg(label), first,
                                        last, undoing);
            !s)
            return s;
    ChangeList changes;
    std::optional<DocumentSpan> span;
    if (hasChanges) {
        auto described = m_changeLog.describe(m_db, first, last, undoing, kMaxListedChanges);
        if (!described)
            return described.error();
        changes = *described;
        span = spanOf(first, last);
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_replayedSpan = span;
    Q_EMIT changed(changes);
    return {};
}

std::optional<DocumentSpan> Project::spanOf(qint64 first, qint64 last)
{
    // Read after the changes were applied: a quote that still exists is read
    // from the project, one that is gone from its recorded values.
    auto inDocument = [this](const DocumentSpan &span) -> std::optional<DocumentSpan> {
        if (!document(span.document))
            return std::nullopt;
        return span;
    };
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT tbl, row_key, coalesce(new, old) ->> 'document_id', coalesce(new, old) ->> 'start', "
        "coalesce(new, old) ->> 'end', coalesce(new, old) ->> 'quote_id' FROM operation_change "
        "WHERE seq BETWEEN ? AND ? AND tbl IN ('quote', 'coding') ORDER BY seq LIMIT 10000"));
    if (!stmt)
        return std::nullopt;
    stmt->bind(1, first).bind(2, last);
    QHash<Id, DocumentSpan> removedQuotes;
    QList<Id> removedOrder, codedQuotes;
    while (stmt->next()) {
        if (stmt->text(0) == QLatin1String("quote")) {
            const Id id = stmt->int64(1);
            if (const std::optional<Quote> q = quote(id))
                return inDocument({q->documentId, q->start, q->end});
            if (!stmt->isNull(2) && !removedQuotes.contains(id)) {
                removedQuotes.insert(id, {stmt->int64(2), stmt->int64(3), stmt->int64(4)});
                removedOrder.append(id);
            }
        } else if (!stmt->isNull(5) && codedQuotes.size() < 64) {  // the first ones are enough to point at
            codedQuotes.append(stmt->int64(5));
        }
    }
    stmt->reset();
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
