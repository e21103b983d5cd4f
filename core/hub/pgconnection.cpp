#include "hub/pgconnection.h"

#include <libpq-fe.h>

#include <QByteArrayList>
#include <QRegularExpression>

#include <vector>

namespace crosscut::pg {

namespace {

// The server's words for an error, with the kind Crosscut reports it as.
Error resultError(pg_conn *conn, pg_result *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    QString message = primary ? QString::fromUtf8(primary) : QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    const QString code = state ? QString::fromLatin1(state) : QString();
    ErrorKind kind = ErrorKind::Invalid;
    if (PQstatus(conn) != CONNECTION_OK || code.startsWith(QLatin1String("08")))
        kind = ErrorKind::Offline;
    else if (code == QLatin1String("42501") || code.startsWith(QLatin1String("28")))
        kind = ErrorKind::Denied;
    else if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("23505"))
        kind = ErrorKind::Conflict;
    if (message.isEmpty())
        message = QStringLiteral("the team server gave no reason");
    return makeError(kind, message);
}

}  // namespace

Rows::Rows(pg_result *result) : m_result(result, &PQclear) {}
int Rows::count() const { return m_result ? PQntuples(m_result.get()) : 0; }
int Rows::columns() const { return m_result ? PQnfields(m_result.get()) : 0; }
bool Rows::isNull(int row, int column) const { return PQgetisnull(m_result.get(), row, column) != 0; }
QString Rows::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}
QByteArray Rows::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}
qint64 Rows::int64(int row, int column) const { return QByteArray(PQgetvalue(m_result.get(), row, column)).toLongLong(); }
bool Rows::boolean(int row, int column) const { return PQgetvalue(m_result.get(), row, column)[0] == 't'; }

Connection::Connection() = default;
Connection::~Connection()
{
    if (m_conn)
        PQfinish(m_conn);
}
Connection::Connection(Connection &&other) noexcept : m_conn(other.m_conn) { other.m_conn = nullptr; }
Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        if (m_conn)
            PQfinish(m_conn);
        m_conn = other.m_conn;
        other.m_conn = nullptr;
    }
    return *this;
}

Result<Connection> Connection::open(const QString &conninfo)
{
    if (conninfo.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("no team server given (a connection string such as "
                                                            "\"host=server dbname=team user=me\")"));
    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &parseError);
    if (!options) {
        const QString why = parseError ? QString::fromUtf8(parseError).trimmed() : QStringLiteral("not understood");
        PQfreemem(parseError);
        return makeError(ErrorKind::Invalid, QStringLiteral("the team server address \"%1\" is not a connection "
                                                            "string: %2")
                                                 .arg(withoutPassword(conninfo), why));
    }
    PQconninfoFree(options);
    // Our defaults first: the caller's string, expanded from dbname, comes
    // later and overrides them (libpq keeps the last value of a keyword).
    const QByteArray info = conninfo.toUtf8();
    const char *keys[] = {"application_name", "connect_timeout", "dbname", nullptr};
    const char *values[] = {"crosscut", "10", info.constData(), nullptr};
    Connection c;
    c.m_conn = PQconnectdbParams(keys, values, 1);
    if (!c.m_conn)
        return makeError(ErrorKind::Offline, QStringLiteral("cannot reach the team server: out of memory"));
    if (PQstatus(c.m_conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(c.m_conn)).trimmed();
        const bool denied = why.contains(QLatin1String("password authentication failed"))
                         || why.contains(QLatin1String("no password supplied"))
                         || why.contains(QLatin1String("pg_hba.conf")) || why.contains(QLatin1String("role \""));
        return makeError(denied ? ErrorKind::Denied : ErrorKind::Offline,
                         denied ? QStringLiteral("the team server refused the login: %1").arg(why)
                                : QStringLiteral("cannot reach the team server (%1): %2")
                                      .arg(withoutPassword(conninfo), why));
    }
    PQsetClientEncoding(c.m_conn, "UTF8");
    return c;
}

QString Connection::user() const
{
    return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString();
}

Result<Rows> Connection::query(const QString &sql, const QStringList &params)
{
    if (!m_conn)
        return makeError(ErrorKind::Offline, QStringLiteral("not connected to the team server"));
    QByteArrayList encoded;
    std::vector<const char *> values;
    encoded.reserve(params.size());
    values.reserve(size_t(params.size()));
    for (const QString &p : params) {
        encoded.append(p.toUtf8());
        values.push_back(p.isNull() ? nullptr : encoded.last().constData());
    }
    pg_result *result = PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr,
                                     values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        Error e = resultError(m_conn, result);
        PQclear(result);
        return e;
    }
    return Rows(result);
}

Status Connection::execScript(const QString &sql)
{
    if (!m_conn)
        return makeError(ErrorKind::Offline, QStringLiteral("not connected to the team server"));
    pg_result *result = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        Error e = resultError(m_conn, result);
        PQclear(result);
        return e;
    }
    PQclear(result);
    return {};
}

Transaction::Transaction(Connection &connection) : m_connection(connection)
{
    m_begun = m_connection.execScript(QStringLiteral("BEGIN"));
    m_open = m_begun.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        (void)m_connection.execScript(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    m_open = false;
    return m_connection.execScript(QStringLiteral("COMMIT"));
}

QString withoutPassword(const QString &conninfo)
{
    QString s = conninfo;
    // key=value form and URI form.
    // The key goes entirely: a clone keeps this string to connect again, and
    // libpq would take a placeholder for the password (then ~/.pgpass or
    // PGPASSWORD could never apply).
    static const QRegularExpression keyValue(QStringLiteral("\\s*password\\s*=\\s*('([^'\\\\]|\\\\.)*'|\\S*)"));
    s.replace(keyValue, QString());
    s = s.trimmed();
    static const QRegularExpression uri(QStringLiteral("(postgres(ql)?://[^:/@]*):[^@/]*@"));
    s.replace(uri, QStringLiteral("\\1@"));
    return s;
}

}  // namespace crosscut::pg
