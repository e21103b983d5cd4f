#include "project/project.h"

#include "project/projectwriter.h"
#include "storage/schema.h"

#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include <QDateTime>
#include <QFileInfo>

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
    return finishOpen(std::move(db).value(), true);
}

Result<std::unique_ptr<Project>> Project::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorKind::NotFound, QStringLiteral("%1: no such project file").arg(path));
    if (!info.isFile())
        return makeError(ErrorKind::NotAProject, QStringLiteral("%1 is not a Crosscut project (not a file)").arg(path));
    if (!info.isWritable())
        return makeError(ErrorKind::ReadOnly,
                         QStringLiteral("%1 is read-only; Crosscut needs write access to a project").arg(path));
    if (info.size() == 0)
        return makeError(ErrorKind::NotAProject, QStringLiteral("%1 is not a Crosscut project (empty file)").arg(path));
    auto db = sql::Database::open(path, sql::Database::Mode::OpenExisting);
    if (!db)
        return makeError(db.error().kind, QStringLiteral("cannot open %1: %2").arg(path, db.message()));
    return finishOpen(std::move(db).value(), false);
}

Result<std::unique_ptr<Project>> Project::finishOpen(sql::Database db, bool created)
{
    const QString path = db.path();
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
        return makeError(appId.error().kind, QStringLiteral("%1 cannot be read: %2").arg(path, appId.message()));
    }
    if (!created && appId->toInt() != schema::kApplicationId)
        return makeError(ErrorKind::NotAProject,
                         QStringLiteral("%1 is not a Crosscut project (an SQLite file of another program)").arg(path));
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return makeError(version.error().kind, QStringLiteral("%1 cannot be read: %2").arg(path, version.message()));
    const int fileVersion = version->toInt();
    if (fileVersion > schema::currentVersion())
        return makeError(ErrorKind::TooNew,
                         QStringLiteral("%1 was written by a newer Crosscut (project format %2; this build reads up "
                                        "to %3). Update Crosscut to open it.")
                             .arg(path)
                             .arg(fileVersion)
                             .arg(schema::currentVersion()));
    if (auto tables = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !tables) {
        return makeError(ErrorKind::Corrupt, QStringLiteral("%1 is corrupt: %2").arg(path, tables.message()));
    }

    // One writer at a time: the exclusive lock is taken now and held until
    // the project is closed. A kill releases it with the process.
    if (Status s = db.execScript(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")); !s)
        return s.error();
    auto mode = db.scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode || mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        if (!mode && mode.error().kind == ErrorKind::Locked)
            return makeError(ErrorKind::Locked,
                             QStringLiteral("%1 is locked: another Crosscut (or another program) has it open for "
                                            "writing. Close it there and try again.")
                                 .arg(path));
        if (!mode && mode.error().kind == ErrorKind::Corrupt)
            return makeError(ErrorKind::Corrupt, QStringLiteral("%1 is corrupt: %2").arg(path, mode.message()));
        return makeError(ErrorKind::Io, QStringLiteral("%1: cannot enable write-ahead logging: %2")
                                            .arg(path, mode ? mode->toString() : mode.message()));
    }
    if (Status s = db.execScript(QStringLiteral("BEGIN IMMEDIATE; COMMIT")); !s) {
        return makeError(ErrorKind::Locked,
                         QStringLiteral("%1 is locked: another Crosscut (or another program) has it open for "
                                        "writing. Close it there and try again.")
                             .arg(path));
    }
    if (Status s = db.execScript(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL")); !s)
        return s.error();

    if (created) {
        if (Status s = schema::create(db); !s)
            return makeError(s.error().kind, QStringLiteral("cannot create %1: %2").arg(path, s.message()));
    } else if (fileVersion < schema::currentVersion()) {
        if (Status s = schema::upgrade(db, fileVersion); !s)
            return s.error();
    }
    return std::unique_ptr<Project>(new Project(std::move(db)));
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
