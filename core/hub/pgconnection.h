#pragma once
// A small RAII wrapper over libpq for the team hub: one connection, queries
// with bound text parameters (never spliced into SQL), results read by row
// and column. Errors come back in the user's terms: a server that cannot be
// reached is ErrorKind::Offline, a refused password or a refused role
// (SQLSTATE 28xxx, 42501) ErrorKind::Denied.

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace crosscut::pg {

class Rows {
public:
    Rows() = default;
    explicit Rows(pg_result *result);
    int count() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    qint64 int64(int row, int column) const;
    bool boolean(int row, int column) const;

private:
    std::shared_ptr<pg_result> m_result;
};

class Connection {
public:
    Connection();
    ~Connection();
    Connection(Connection &&) noexcept;
    Connection &operator=(Connection &&) noexcept;

    // Connects with a libpq connection string; sslmode=prefer unless the
    // string says otherwise; application_name=crosscut.
    static Result<Connection> open(const QString &conninfo);

    bool isOpen() const { return m_conn != nullptr; }
    // The PostgreSQL role this connection runs as (session_user).
    QString user() const;
    pg_conn *handle() const { return m_conn; }

    // One statement with $1, $2 … bound as text (a null QString binds NULL).
    Result<Rows> query(const QString &sql, const QStringList &params = {});
    Status exec(const QString &sql, const QStringList &params = {}) { return toStatus(query(sql, params)); }
    // Several statements without parameters (schema scripts).
    Status execScript(const QString &sql);

private:
    static Status toStatus(const Result<Rows> &r) { return r ? Status() : Status(r.error()); }
    pg_conn *m_conn = nullptr;
};

// BEGIN … COMMIT; rolled back on destruction unless committed.
class Transaction {
public:
    explicit Transaction(Connection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    const Status &begun() const { return m_begun; }
    Status commit();

private:
    Connection &m_connection;
    Status m_begun;
    bool m_open = false;
};

// The conninfo without any password (to show or to store).
QString withoutPassword(const QString &conninfo);

}  // namespace crosscut::pg
