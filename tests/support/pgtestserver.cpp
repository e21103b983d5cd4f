#include "support/pgtestserver.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QRegularExpression>

#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <vector>

namespace crosscut::test {

namespace {

QString clusterDir()
{
    const QString fromEnv = qEnvironmentVariable("CROSSCUT_TEST_PG_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef CROSSCUT_TEST_PG_DEFAULT_DIR
    return QStringLiteral(CROSSCUT_TEST_PG_DEFAULT_DIR);
#else
    return {};
#endif
}

// DIR/conninfo.env: NAME='value' lines written by pgcluster.sh.
QMap<QString, QString> readEnvFile(const QString &path)
{
    QMap<QString, QString> values;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return values;
    static const QRegularExpression line(QStringLiteral("^([A-Z_]+)='([^']*)'$"));
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const auto m = line.match(QString::fromUtf8(raw).trimmed());
        if (m.hasMatch())
            values.insert(m.captured(1), m.captured(2));
    }
    return values;
}

QString randomToken(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString s;
    for (int i = 0; i < length; ++i)
        s += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
    return s;
}

QString quoteIdent(const QString &name)
{
    QString s = name;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString quoteLiteral(const QString &value)
{
    QString s = value;
    s.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString passFileField(const QString &value)
{
    QString s = value;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char(':'), QStringLiteral("\\:"));
    return s;
}

// One password file (libpq's ~/.pgpass format) for the whole test process,
// named by PGPASSFILE: every role a test makes can then connect with a
// conninfo that has no password, as a clone does, and so can the
// crosscut-cli children. (A PGPASSWORD in the environment still comes first.)
void rememberPassword(const PgCluster &cluster, const QString &database, const QString &role, const QString &password)
{
    static QMutex mutex;
    static QTemporaryFile *file = nullptr;  // lives as long as the process; 0600 as libpq wants
    QMutexLocker lock(&mutex);
    if (!file) {
        file = new QTemporaryFile(QDir::temp().filePath(QStringLiteral("crosscut-test-pgpass-XXXXXX")));
        if (!file->open()) {
            delete file;
            file = nullptr;
            return;
        }
        qputenv("PGPASSFILE", QFile::encodeName(file->fileName()));
    }
    const QString line = QStringList{passFileField(cluster.host), QString::number(cluster.port), passFileField(database),
                                     passFileField(role), passFileField(password)}
                             .join(QLatin1Char(':'));
    file->write(line.toUtf8() + '\n');
    file->flush();
}

}  // namespace

std::optional<PgCluster> pgCluster(QString *reason)
{
    const QString dir = clusterDir();
    auto fail = [&](const QString &why) -> std::optional<PgCluster> {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    if (dir.isEmpty())
        return fail(QStringLiteral("no test cluster directory (run through ctest, whose fixture hub_server starts one, "
                                   "or set CROSSCUT_TEST_PG_DIR)"));
    QFile unavailable(QDir(dir).filePath(QStringLiteral("unavailable.txt")));
    if (unavailable.open(QIODevice::ReadOnly))
        return fail(QString::fromUtf8(unavailable.readAll()).trimmed());
    const QString envPath = QDir(dir).filePath(QStringLiteral("conninfo.env"));
    const auto values = readEnvFile(envPath);
    if (values.isEmpty())
        return fail(QStringLiteral("%1 is missing: the fixture hub_server (tests/support/pgcluster.sh start %2) "
                                   "has not run")
                        .arg(envPath, dir));
    PgCluster c;
    c.host = values.value(QStringLiteral("PG_HOST"));
    c.port = values.value(QStringLiteral("PG_PORT")).toInt();
    c.superuser = values.value(QStringLiteral("PG_SUPERUSER"));
    c.password = values.value(QStringLiteral("PG_PASSWORD"));
    c.socketDir = values.value(QStringLiteral("PG_SOCKET_DIR"));
    if (c.host.isEmpty() || c.port <= 0 || c.superuser.isEmpty())
        return fail(QStringLiteral("%1 lacks PG_HOST, PG_PORT or PG_SUPERUSER").arg(envPath));
    return c;
}

QString conninfoValue(const QString &value)
{
    QString s = value;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString PgResult::value(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
        return {};
    return rows[row][column];
}

PgSession::PgSession(const QString &conninfo)
{
    m_conn = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        m_connectError = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQfinish(m_conn);
        m_conn = nullptr;
        return;
    }
    // Notices (RAISE NOTICE, "relation already exists, skipping") stay quiet.
    PQsetNoticeProcessor(m_conn, [](void *, const char *) {}, nullptr);
}

PgSession::~PgSession()
{
    if (m_conn)
        PQfinish(m_conn);
}

bool PgSession::connected() const { return m_conn != nullptr; }

QString PgSession::connectError() const { return m_connectError; }

int PgSession::backendPid() const { return m_conn ? PQbackendPID(m_conn) : 0; }

namespace {

struct Params {
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    explicit Params(const QStringList &params)
    {
        storage.reserve(params.size());
        for (const QString &p : params) {
            storage.push_back(p.toUtf8());
            values.push_back(p.isNull() ? nullptr : storage.back().constData());
        }
    }
};

}  // namespace

PgResult PgSession::collect(pg_result *res)
{
    PgResult r;
    const ExecStatusType status = PQresultStatus(res);
    if (res && (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)) {
        r.ok = true;
        for (int c = 0; c < PQnfields(res); ++c)
            r.columns << QString::fromUtf8(PQfname(res, c));
        for (int i = 0; i < PQntuples(res); ++i) {
            QStringList row;
            for (int c = 0; c < PQnfields(res); ++c)
                row << (PQgetisnull(res, i, c) ? QString() : QString::fromUtf8(PQgetvalue(res, i, c)));
            r.rows << row;
        }
        r.affected = QByteArray(PQcmdTuples(res)).toLongLong();
    } else {
        const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
        r.sqlState = state ? QString::fromLatin1(state) : QString();
        const char *primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
        r.error = primary ? QString::fromUtf8(primary) : QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    }
    PQclear(res);
    return r;
}

PgResult PgSession::exec(const QString &sql, const QStringList &params)
{
    if (!m_conn) {
        PgResult r;
        r.error = QStringLiteral("not connected: ") + m_connectError;
        return r;
    }
    const QByteArray text = sql.toUtf8();
    if (params.isEmpty())
        return collect(PQexec(m_conn, text.constData()));
    Params p(params);
    return collect(PQexecParams(m_conn, text.constData(), int(p.values.size()), nullptr, p.values.data(), nullptr,
                                nullptr, 0));
}

bool PgSession::send(const QString &sql, const QStringList &params)
{
    if (!m_conn)
        return false;
    Params p(params);
    return PQsendQueryParams(m_conn, sql.toUtf8().constData(), int(p.values.size()), nullptr, p.values.data(),
                             nullptr, nullptr, 0) == 1;
}

PgResult PgSession::takeResult()
{
    if (!m_conn)
        return {};
    PgResult first;
    bool have = false;
    // The last result of a sent query is followed by a null one.
    while (PGresult *res = PQgetResult(m_conn)) {
        PgResult r = collect(res);
        if (!have) {
            first = r;
            have = true;
        }
    }
    return first;
}

QStringList PgSession::notifications()
{
    QStringList out;
    if (!m_conn)
        return out;
    PQconsumeInput(m_conn);
    while (PGnotify *n = PQnotifies(m_conn)) {
        out << QString::fromUtf8(n->relname) + QLatin1Char(':') + QString::fromUtf8(n->extra);
        PQfreemem(n);
    }
    return out;
}

PgTestDatabase::PgTestDatabase()
{
    auto cluster = pgCluster(&m_reason);
    if (!cluster)
        return;
    m_cluster = *cluster;
    m_suffix = randomToken(8);
    m_name = QStringLiteral("t_") + m_suffix;
    m_owner = QStringLiteral("owner_") + m_suffix;
    m_passwords.insert(m_owner, randomToken(20));

    // The cluster is there: from here on a failure is the test's failure.
    PgSession admin(maintenanceConninfo());
    if (!admin.connected()) {
        m_reason = QStringLiteral("cannot connect to the test cluster as its superuser: ") + admin.connectError();
        ADD_FAILURE() << m_reason.toStdString();
        return;
    }
    for (const QString &sql : {
             QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2").arg(quoteIdent(m_owner), quoteLiteral(m_passwords[m_owner])),
             QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(quoteIdent(m_name), quoteIdent(m_owner)),
         }) {
        const PgResult r = admin.exec(sql);
        if (!r.ok) {
            m_reason = QStringLiteral("%1: %2").arg(sql.section(QLatin1Char(' '), 0, 2), r.error);
            ADD_FAILURE() << m_reason.toStdString();
            return;
        }
    }
    rememberPassword(m_cluster, m_name, m_owner, m_passwords[m_owner]);
    m_ok = true;
}

PgTestDatabase::~PgTestDatabase()
{
    if (m_suffix.isEmpty())
        return;
    PgSession admin(maintenanceConninfo());
    if (!admin.connected())
        return;
    // FORCE ends sessions a test left open (and the client's own).
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoteIdent(m_name)));
    for (auto it = m_passwords.cbegin(); it != m_passwords.cend(); ++it) {
        const PgResult r = admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoteIdent(it.key())));
        EXPECT_TRUE(r.ok) << "DROP ROLE " << it.key().toStdString() << ": " << r.error.toStdString();
    }
}

QString PgTestDatabase::maintenanceConninfo() const
{
    return QStringLiteral("host=%1 port=%2 dbname=postgres user=%3 password=%4 connect_timeout=10")
        .arg(conninfoValue(m_cluster.host))
        .arg(m_cluster.port)
        .arg(conninfoValue(m_cluster.superuser), conninfoValue(m_cluster.password));
}

QString PgTestDatabase::superuserConninfo() const
{
    return conninfoWithPassword(m_cluster.superuser, m_cluster.password);
}

QString PgTestDatabase::ownerConninfo() const { return conninfoWithPassword(m_owner); }

QString PgTestDatabase::createRole(const QString &base, const QString &password)
{
    const QString role = base + QLatin1Char('_') + m_suffix;
    const QString pw = password.isEmpty() ? randomToken(20) : password;
    PgSession admin(maintenanceConninfo());
    const PgResult r =
        admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2").arg(quoteIdent(role), quoteLiteral(pw)));
    EXPECT_TRUE(r.ok) << "CREATE ROLE " << role.toStdString() << ": " << r.error.toStdString();
    if (r.ok) {
        m_passwords.insert(role, pw);
        rememberPassword(m_cluster, m_name, role, pw);
    }
    return role;
}

QString PgTestDatabase::conninfo(const QString &role) const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
        .arg(conninfoValue(m_cluster.host))
        .arg(m_cluster.port)
        .arg(conninfoValue(m_name), conninfoValue(role));
}

QString PgTestDatabase::conninfoWithPassword(const QString &role) const
{
    return conninfoWithPassword(role, m_passwords.value(role));
}

QString PgTestDatabase::conninfoWithPassword(const QString &role, const QString &password) const
{
    return conninfo(role) + QStringLiteral(" password=") + conninfoValue(password);
}

}  // namespace crosscut::test
