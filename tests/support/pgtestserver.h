#pragma once
// The throwaway PostgreSQL cluster of the test run (the ctest fixture
// hub_server, tests/support/pgcluster.sh): a fresh database per test, login
// roles with passwords, and a plain libpq session to query the server as any
// of them.
//
//   TEST(HubServer, Something) {
//       crosscut::test::PgTestDatabase db;
//       CROSSCUT_REQUIRE_PG(db);               // skips, with the reason, when there is no server
//       const QString lead = db.createRole(QStringLiteral("lead1"));
//       crosscut::test::PgSession s(db.conninfoWithPassword(lead));
//       ...
//   }
//
// The cluster's directory comes from CROSSCUT_TEST_PG_DIR (set by CMake on
// every test that requires the fixture), else the build tree's default.

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

struct pg_conn;
struct pg_result;

namespace crosscut::test {

// The cluster's connection facts (DIR/conninfo.env).
struct PgCluster {
    QString host;
    int port = 0;
    QString superuser;
    QString password;
    QString socketDir;
};

// The running cluster, or nullopt with the reason it is unavailable in *reason.
std::optional<PgCluster> pgCluster(QString *reason);

// Quotes a libpq conninfo value ('…' with \ and ' escaped).
QString conninfoValue(const QString &value);

// What one statement gave back.
struct PgResult {
    bool ok = false;
    QString sqlState;   // "42501" …, empty when ok
    QString error;      // the server's (or libpq's) message, empty when ok
    QStringList columns;
    QList<QStringList> rows;  // text values; a NULL is a null QString
    qint64 affected = 0;      // rows an INSERT/UPDATE/DELETE touched

    QString value(int row = 0, int column = 0) const;
};

// One libpq connection; not copyable.
class PgSession {
public:
    explicit PgSession(const QString &conninfo);
    ~PgSession();
    PgSession(const PgSession &) = delete;
    PgSession &operator=(const PgSession &) = delete;

    bool connected() const;
    QString connectError() const;  // libpq's message when not connected

    // Runs sql (with $1… parameters as text; a null QString is SQL NULL).
    PgResult exec(const QString &sql, const QStringList &params = {});
    // Sends sql without waiting (one at a time); takeResult() waits for it.
    bool send(const QString &sql, const QStringList &params = {});
    PgResult takeResult();
    // The backend's process id (for pg_terminate_backend).
    int backendPid() const;
    // Notifications received so far (LISTEN), as "channel:payload".
    QStringList notifications();

private:
    PgResult collect(pg_result *res);

    pg_conn *m_conn = nullptr;
    QString m_connectError;
};

// A fresh database t_<random> on the cluster, owned by its own non-superuser
// role, dropped (with the roles made for it) when the object goes.
class PgTestDatabase {
public:
    PgTestDatabase();
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    bool ok() const { return m_ok; }
    QString skipReason() const { return m_reason; }  // why !ok()

    QString name() const { return m_name; }
    const PgCluster &cluster() const { return m_cluster; }

    // host/port/dbname over TCP as the cluster's superuser, password included.
    QString superuserConninfo() const;
    // The database's owner (who installs the hub schema); password included.
    QString ownerConninfo() const;
    QString owner() const { return m_owner; }

    // Makes a LOGIN role named base_<this database's suffix> (roles are
    // cluster-wide: unique per database) and returns its name. An empty
    // password makes one at random. Its password is also written to the test
    // process's password file (PGPASSFILE, libpq's .pgpass format), so that
    // conninfo(role), without a password, connects too (in crosscut-cli
    // children as well); a PGPASSWORD in the environment takes precedence.
    QString createRole(const QString &base, const QString &password = {});
    QString password(const QString &role) const { return m_passwords.value(role); }

    // host/port/dbname/user over TCP, without the password (as a clone keeps it).
    QString conninfo(const QString &role) const;
    // The same with password='…' (for a direct libpq session).
    QString conninfoWithPassword(const QString &role) const;
    QString conninfoWithPassword(const QString &role, const QString &password) const;

private:
    QString maintenanceConninfo() const;  // the superuser on database postgres

    PgCluster m_cluster;
    bool m_ok = false;
    QString m_reason;
    QString m_suffix;
    QString m_name;
    QString m_owner;
    QMap<QString, QString> m_passwords;  // role → password
};

}  // namespace crosscut::test

// Skips the test, printing why, when the cluster (or its database) is unavailable.
#define CROSSCUT_REQUIRE_PG(db)                                                   \
    do {                                                                          \
        if (!(db).ok())                                                           \
            GTEST_SKIP() << "PostgreSQL unavailable: " << (db).skipReason().toStdString(); \
    } while (false)
