#pragma once
// A small RAII wrapper over the SQLite C API. Parameters are always bound,
// never spliced into SQL; a Statement refuses SQL that holds more than one
// statement.

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace crosscut::sql {

class Database;

class Statement {
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    // 1-based parameter index, as in SQLite.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);  // a null QString binds NULL
    Statement &bind(int index, const QByteArray &blob);
    // Binds bytes without copying them: they must outlive the statement's next exec/reset.
    Statement &bindBlobNoCopy(int index, const char *data, qsizetype size);
    Statement &bindNull(int index);
    Statement &bindVariant(int index, const QVariant &value);
    Statement &bindAll(std::initializer_list<QVariant> values);

    // Every bind is checked: the first one SQLite refuses (a value too large,
    // a bad index) becomes the error of the next next()/exec().
    // Steps once. True when a row is available; false when done or on error
    // (check error()).
    bool next();
    // Runs a statement that returns no rows; resets it afterwards.
    Status exec();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    // The column's bytes where SQLite holds them, without a copy: valid until
    // this statement steps, is reset or is destroyed.
    QByteArrayView bytes(int column) const;
    bool isNull(int column) const;
    QVariant value(int column) const;

    // Error of the last step, if any.
    const std::optional<Error> &error() const { return m_error; }

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, Database *db) : m_stmt(stmt), m_db(db) {}
    Statement &checkBind(int rc, int index, qsizetype bytes = 0);
    sqlite3_stmt *m_stmt = nullptr;
    Database *m_db = nullptr;
    std::optional<Error> m_error;
    std::optional<Error> m_bindError;  // first failed bind since the last reset
};

class Database {
public:
    Database() = default;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    // ReadOnly reads a file SQLite may still recover a -wal of; Immutable reads a
    // file no one may change meanwhile, without locks or -shm (a read-only folder).
    enum class Mode { OpenExisting, CreateNew, Memory, ReadOnly, Immutable };
    // A non-empty key (what sqlite3_key takes) opens or creates an SQLCipher
    // database encrypted with it; whether it is the right key shows on the
    // first read.
    static Result<Database> open(const QString &path, Mode mode, const QByteArray &key = {});
    bool isKeyed() const { return m_keyed; }
    // From now on SQLite itself refuses any statement that would change the
    // main database (rows, schema, its header's pragmas, a checkpoint):
    // SQLITE_AUTH, "not authorized". The temp schema stays writable.
    void refuseWritesToMain();

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    Result<Statement> prepare(const QString &sql);
    // Runs one or more statements without parameters (schema, pragmas).
    Status execScript(const QString &sql);
    // Prepares, binds and runs one statement that returns no rows.
    Status exec(const QString &sql, std::initializer_list<QVariant> params = {});
    // First column of the first row, or a null QVariant when there is none.
    Result<QVariant> scalar(const QString &sql, std::initializer_list<QVariant> params = {});

    qint64 lastInsertId() const;
    int changes() const;
    Error lastError(const QString &context) const;
    Error errorFromCode(int code, const QString &context) const;

    void close();

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_keyed = false;
};

// SQLCipher's version ("4.6.1 community"), or an error when the SQLite this
// build links is not SQLCipher.
Result<QString> cipherVersion();

// BEGIN IMMEDIATE … COMMIT, rolled back on destruction unless committed.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    const Status &begun() const { return m_begun; }
    Status commit();

private:
    Database &m_db;
    Status m_begun;
    bool m_open = false;
};

}  // namespace crosscut::sql
