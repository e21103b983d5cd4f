#include "storage/sqlite.h"

#include <sqlcipher/sqlite3.h>

#include <QFileInfo>
#include <QUrl>

#include <cstring>
#include <utility>

namespace crosscut::sql {

namespace {
ErrorKind kindForCode(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorKind::Locked;
    case SQLITE_CORRUPT:
        return ErrorKind::Corrupt;
    case SQLITE_NOTADB:
        return ErrorKind::NotAProject;
    case SQLITE_READONLY:
        return ErrorKind::ReadOnly;
    case SQLITE_CANTOPEN:
        return ErrorKind::NotFound;
    case SQLITE_IOERR:
    case SQLITE_FULL:
        return ErrorKind::Io;
    case SQLITE_CONSTRAINT:
        return ErrorKind::Conflict;
    default:
        return ErrorKind::Invalid;
    }
}
}  // namespace

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db), m_error(std::move(other.m_error)),
      m_bindError(std::move(other.m_bindError))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_error = std::move(other.m_error);
        m_bindError = std::move(other.m_bindError);
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement &Statement::checkBind(int rc, int index, qsizetype bytes)
{
    if (rc == SQLITE_OK || m_bindError)
        return *this;
    // The first failed bind is the error of the next step: a value SQLite
    // refuses (too big) must not be stored as NULL or as a truncated text.
    if (rc == SQLITE_TOOBIG)
        m_bindError = makeError(ErrorKind::Invalid, QStringLiteral("value %1 is too large to store (%2 bytes; SQLite "
                                                                   "stores at most %3)")
                                                        .arg(index)
                                                        .arg(bytes)
                                                        .arg(sqlite3_limit(sqlite3_db_handle(m_stmt), SQLITE_LIMIT_LENGTH, -1)));
    else
        m_bindError = m_db->errorFromCode(rc, QStringLiteral("bind value %1").arg(index));
    return *this;
}

Statement &Statement::bind(int index, qint64 value) { return checkBind(sqlite3_bind_int64(m_stmt, index, value), index); }

Statement &Statement::bind(int index, double value) { return checkBind(sqlite3_bind_double(m_stmt, index, value), index); }

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    return checkBind(sqlite3_bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8),
                     index, utf8.size());
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    return checkBind(sqlite3_bind_blob64(m_stmt, index, blob.constData(), static_cast<sqlite3_uint64>(blob.size()),
                                         SQLITE_TRANSIENT),
                     index, blob.size());
}

Statement &Statement::bindBlobNoCopy(int index, const char *data, qsizetype size)
{
    return checkBind(sqlite3_bind_blob64(m_stmt, index, data, static_cast<sqlite3_uint64>(size), SQLITE_STATIC), index,
                     size);
}

Statement &Statement::bindNull(int index) { return checkBind(sqlite3_bind_null(m_stmt, index), index); }

Statement &Statement::bindVariant(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Statement &Statement::bindAll(std::initializer_list<QVariant> values)
{
    int i = 1;
    for (const QVariant &v : values)
        bindVariant(i++, v);
    return *this;
}

bool Statement::next()
{
    if (m_bindError) {
        m_error = m_bindError;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = m_db->errorFromCode(rc, QStringLiteral("query"));
    return false;
}

Status Statement::exec()
{
    m_error.reset();
    if (m_bindError) {
        Status failed = *m_bindError;
        reset();
        return failed;
    }
    const int rc = sqlite3_step(m_stmt);
    Status status;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        status = m_db->errorFromCode(rc, QStringLiteral("write"));
    reset();
    return status;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error.reset();
    m_bindError.reset();
}

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    return bytes(column).toByteArray();
}

QByteArrayView Statement::bytes(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return int64(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB:
        return blob(column);
    default:
        return {};
    }
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)), m_keyed(other.m_keyed)
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_keyed = other.m_keyed;
    }
    return *this;
}

Database::~Database() { close(); }

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

namespace {

// sqlite3_set_authorizer's callback for refuseWritesToMain().
int refuseMainWrites(void *, int action, const char *a3, const char *a4, const char *dbName, const char *)
{
    const bool main = dbName && std::strcmp(dbName, "main") == 0;
    switch (action) {
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
    case SQLITE_CREATE_INDEX:
    case SQLITE_CREATE_TABLE:
    case SQLITE_CREATE_TRIGGER:
    case SQLITE_CREATE_VIEW:
    case SQLITE_CREATE_VTABLE:
    case SQLITE_DROP_INDEX:
    case SQLITE_DROP_TABLE:
    case SQLITE_DROP_TRIGGER:
    case SQLITE_DROP_VIEW:
    case SQLITE_DROP_VTABLE:
    case SQLITE_ALTER_TABLE:
    case SQLITE_REINDEX:
    case SQLITE_ANALYZE:
        return main ? SQLITE_DENY : SQLITE_OK;
    case SQLITE_PRAGMA: {
        // Reading a pragma is fine; setting one only for the connection.
        static const char *const connectionOnly[] = {"mmap_size", "temp_store", "busy_timeout", "cache_size",
                                                     "query_only", "foreign_keys"};
        const bool setting = a4 != nullptr;
        const bool writes = a3 && (std::strcmp(a3, "wal_checkpoint") == 0 || std::strcmp(a3, "incremental_vacuum") == 0
                                   || std::strcmp(a3, "optimize") == 0);
        if (writes)
            return SQLITE_DENY;
        if (!setting)
            return SQLITE_OK;
        for (const char *name : connectionOnly)
            if (a3 && std::strcmp(a3, name) == 0)
                return SQLITE_OK;
        return SQLITE_DENY;
    }
    default:
        return SQLITE_OK;
    }
}

}  // namespace

void Database::refuseWritesToMain()
{
    if (m_db)
        sqlite3_set_authorizer(m_db, refuseMainWrites, nullptr);
}

Result<Database> Database::open(const QString &path, Mode mode, const QByteArray &key)
{
    const bool readOnly = mode == Mode::ReadOnly || mode == Mode::Immutable;
    int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    if (mode == Mode::CreateNew)
        flags |= SQLITE_OPEN_CREATE;
    if (mode == Mode::Memory)
        flags |= SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY;
    QByteArray name = mode == Mode::Memory ? QByteArray(":memory:") : path.toUtf8();
    if (mode == Mode::Immutable)
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
    Database db;
    db.m_path = path;
    const int rc = sqlite3_open_v2(name.constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = db.errorFromCode(rc, QStringLiteral("open %1").arg(path));
        return e;
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    if (!key.isEmpty()) {
        if (sqlite3_key(db.m_db, key.constData(), int(key.size())) != SQLITE_OK)
            return db.lastError(QStringLiteral("cannot key %1").arg(path));
        db.m_keyed = true;
    }
    // Wait briefly for a lock: a process that was just killed may still be
    // releasing it. A project held open by another writer stays refused.
    sqlite3_busy_timeout(db.m_db, 1000);
    return db;
}

Result<Statement> Database::prepare(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, &tail);
    if (rc != SQLITE_OK)
        return errorFromCode(rc, QStringLiteral("prepare"));
    if (tail && QByteArray(tail).trimmed().size() > 0) {
        sqlite3_finalize(stmt);
        return makeError(ErrorKind::Invalid, QStringLiteral("internal error: more than one SQL statement in one prepare"));
    }
    return Statement(stmt, this);
}

Status Database::execScript(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error e = errorFromCode(rc, QStringLiteral("script"));
        if (message)
            e.message = QString::fromUtf8(message);
        sqlite3_free(message);
        return e;
    }
    return {};
}

Status Database::exec(const QString &sql, std::initializer_list<QVariant> params)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bindAll(params);
    return stmt->exec();
}

Result<QVariant> Database::scalar(const QString &sql, std::initializer_list<QVariant> params)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bindAll(params);
    if (stmt->next())
        return stmt->value(0);
    if (stmt->error())
        return *stmt->error();
    return QVariant();
}

qint64 Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }

Error Database::lastError(const QString &context) const
{
    return errorFromCode(m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN, context);
}

Error Database::errorFromCode(int code, const QString &context) const
{
    QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    if ((code & 0xff) == SQLITE_FULL)
        detail = QStringLiteral("the disk is full; free some space and try again");
    return makeError(kindForCode(code), QStringLiteral("%1: %2").arg(context, detail));
}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_begun = m_db.execScript(QStringLiteral("BEGIN IMMEDIATE"));
    m_open = m_begun.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        (void)m_db.execScript(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(makeError(ErrorKind::Invalid, QStringLiteral("transaction already ended"))) : m_begun;
    Status s = m_db.execScript(QStringLiteral("COMMIT"));
    if (s)
        m_open = false;
    return s;
}

Result<QString> cipherVersion()
{
    auto db = Database::open(QString(), Database::Mode::Memory);
    if (!db)
        return db.error();
    // A wrong key is reported by Crosscut in words; SQLCipher's own log
    // lines ("hmac check failed") would only repeat it on stderr.
    (void)db->scalar(QStringLiteral("PRAGMA cipher_log = '/dev/null'"));
    auto version = db->scalar(QStringLiteral("PRAGMA cipher_version"));
    if (!version)
        return version.error();
    if (version->toString().isEmpty())
        return makeError(ErrorKind::Unsupported,
                         QStringLiteral("this build of Crosscut is linked to an SQLite without encryption (SQLCipher "
                                        "answers PRAGMA cipher_version; this one does not)"));
    return version->toString();
}

}  // namespace crosscut::sql
