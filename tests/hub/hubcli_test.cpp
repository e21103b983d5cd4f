// Bad input to the real `crosscut-cli team …` commands against the test
// cluster: a server that cannot be reached (exit 11), a refused password
// (exit 12), a hub of another schema version, a server with no hub. Each is
// a clear message, and the local project stays byte-identical (a clone's
// unsent change is still there to send afterwards).

#include "support/pgtestserver.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>
#include <optional>

inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }

using namespace crosscut::test;

namespace {

// Sets an environment variable for the crosscut-cli children, restoring it after.
class EnvVar {
public:
    EnvVar(const char *name, const QString &value) : m_name(name)
    {
        if (qEnvironmentVariableIsSet(name))
            m_old = qgetenv(name);
        qputenv(name, value.toUtf8());
    }
    ~EnvVar()
    {
        if (m_old)
            qputenv(m_name, *m_old);
        else
            qunsetenv(m_name);
    }
    EnvVar(const EnvVar &) = delete;
    EnvVar &operator=(const EnvVar &) = delete;

private:
    const char *m_name;
    std::optional<QByteArray> m_old;
};

// A local TCP port nothing listens on (the kernel's pick, released again).
int closedPort()
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    int port = 0;
    if (bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    close(fd);
    return port;
}

QStringList entries(const QString &dir) { return QDir(dir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries, QDir::Name); }

// A published project "study" (lead "lead1_…"), and coder ann's clone of it,
// made through the CLI, with one coding not yet sent.
class HubServerCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db = std::make_unique<PgTestDatabase>();
        CROSSCUT_REQUIRE_PG(*m_db);
        lead = m_db->createRole(QStringLiteral("lead1"));
        ann = m_db->createRole(QStringLiteral("coder_a"));
        {
            const CliResult init = runCli({QStringLiteral("team"), QStringLiteral("init-server"), m_db->ownerConninfo()});
            ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        }
        master = m_dir.path(QStringLiteral("master.crosscut"));
        ASSERT_EQ(runCli({QStringLiteral("init"), master, QStringLiteral("--template"), QStringLiteral("intersectional")}).exitCode, 0);
        const QString doc = m_dir.writeFile(QStringLiteral("interview-1.txt"),
                                            QByteArray("The network is led by sex workers themselves. 😀 Інтерв'ю\n"));
        ASSERT_EQ(runCli({QStringLiteral("import"), master, doc}).exitCode, 0);
        {
            EnvVar pw("PGPASSWORD", m_db->password(lead));
            const CliResult published =
                runCli({QStringLiteral("team"), QStringLiteral("publish"), master, QStringLiteral("--server"),
                        m_db->conninfo(lead), QStringLiteral("--name"), QStringLiteral("study"), QStringLiteral("--coder"),
                        QStringLiteral("lead")});
            ASSERT_EQ(published.exitCode, 0) << published.err.toStdString();
            const CliResult added = runCli({QStringLiteral("team"), QStringLiteral("members"), m_db->conninfo(lead),
                                            QStringLiteral("study"), QStringLiteral("--add"), ann, QStringLiteral("--role"),
                                            QStringLiteral("coder"), QStringLiteral("--coder"), QStringLiteral("ann")});
            ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        }
        // ann's copy names no port: PGPORT says where the server is.
        clone = m_dir.path(QStringLiteral("ann.crosscut"));
        {
            EnvVar pw("PGPASSWORD", m_db->password(ann));
            EnvVar port("PGPORT", QString::number(m_db->cluster().port));
            const CliResult cloned = runCli({QStringLiteral("team"), QStringLiteral("clone"), annUrl(), QStringLiteral("study"),
                                             clone, QStringLiteral("--coder"), QStringLiteral("ann")});
            ASSERT_EQ(cloned.exitCode, 0) << cloned.err.toStdString();
        }
        const CliResult coded = runCli({QStringLiteral("code"), clone, QStringLiteral("--doc"), QStringLiteral("interview-1"),
                                        QStringLiteral("--start"), QStringLiteral("4"), QStringLiteral("--end"),
                                        QStringLiteral("11"), QStringLiteral("--code"), QStringLiteral("Perspective/Medical")});
        ASSERT_EQ(coded.exitCode, 0) << coded.err.toStdString();
        ASSERT_TRUE(statusSaysToSend(1));
    }

    QString annUrl() const
    {
        return QStringLiteral("host=%1 dbname=%2 user=%3").arg(m_db->cluster().host, m_db->name(), ann);
    }
    QString urlAt(int port, const QString &user) const
    {
        return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4").arg(m_db->cluster().host).arg(port).arg(m_db->name(), user);
    }

    bool statusSaysToSend(int pending) const
    {
        const CliResult st = runCli({QStringLiteral("team"), QStringLiteral("status"), clone, QStringLiteral("--offline")});
        EXPECT_EQ(st.exitCode, 0) << st.err.toStdString();
        return st.out.contains(QStringLiteral("to send: %1\n").arg(pending));
    }

    // ann's sync with the right server and password: the unsent coding arrives.
    void syncSucceeds() const
    {
        EnvVar pw("PGPASSWORD", m_db->password(ann));
        EnvVar port("PGPORT", QString::number(m_db->cluster().port));
        const CliResult synced = runCli({QStringLiteral("team"), QStringLiteral("sync"), clone});
        EXPECT_EQ(synced.exitCode, 0) << synced.err.toStdString();
        EXPECT_TRUE(synced.out.startsWith(QStringLiteral("synced: 1 sent"))) << synced.out.toStdString();
        PgSession owner(m_db->ownerConninfo());
        EXPECT_EQ(owner.exec(QStringLiteral("SELECT count(*) FROM crosscut_hub.op_row WHERE tbl = 'coding' AND owner = 'ann'"))
                      .value(),
                  QStringLiteral("1"));
    }

    std::unique_ptr<PgTestDatabase> m_db;
    TempDir m_dir;
    QString lead, ann, master, clone;
};

TEST_F(HubServerCli, UnreachableServerIsExit11AndChangesNothing)
{
    const int port = closedPort();
    ASSERT_GT(port, 0);
    const QByteArray before = readAll(clone);
    const QStringList files = entries(QFileInfo(clone).absolutePath());
    {
        EnvVar pw("PGPASSWORD", m_db->password(ann));
        EnvVar pgport("PGPORT", QString::number(port));
        const CliResult sync = runCli({QStringLiteral("team"), QStringLiteral("sync"), clone});
        EXPECT_EQ(sync.exitCode, 11) << sync.err.toStdString();
        EXPECT_TRUE(sync.err.startsWith(QStringLiteral("crosscut-cli: cannot reach the team server"))) << sync.err.toStdString();
        EXPECT_FALSE(sync.err.contains(m_db->password(ann)));

        const QString other = m_dir.path(QStringLiteral("other.crosscut"));
        const CliResult cloned = runCli({QStringLiteral("team"), QStringLiteral("clone"), urlAt(port, ann), QStringLiteral("study"),
                                         other, QStringLiteral("--coder"), QStringLiteral("ann")});
        EXPECT_EQ(cloned.exitCode, 11) << cloned.err.toStdString();
        EXPECT_TRUE(cloned.err.contains(QStringLiteral("port=%1").arg(port))) << cloned.err.toStdString();
        EXPECT_FALSE(QFile::exists(other));

        const CliResult members =
            runCli({QStringLiteral("team"), QStringLiteral("members"), urlAt(port, ann), QStringLiteral("study")});
        EXPECT_EQ(members.exitCode, 11) << members.err.toStdString();
    }
    EXPECT_EQ(readAll(clone), before);
    EXPECT_EQ(entries(QFileInfo(clone).absolutePath()), files);
    EXPECT_TRUE(statusSaysToSend(1));
    syncSucceeds();
}

TEST_F(HubServerCli, RefusedPasswordIsExit12AndChangesNothing)
{
    const QByteArray before = readAll(clone);
    const QString fresh = m_dir.path(QStringLiteral("fresh.crosscut"));
    ASSERT_EQ(runCli({QStringLiteral("init"), fresh}).exitCode, 0);
    const QByteArray freshBefore = readAll(fresh);
    const QStringList files = entries(QFileInfo(clone).absolutePath());
    {
        EnvVar pw("PGPASSWORD", QStringLiteral("not the password"));
        EnvVar port("PGPORT", QString::number(m_db->cluster().port));
        const CliResult sync = runCli({QStringLiteral("team"), QStringLiteral("sync"), clone});
        EXPECT_EQ(sync.exitCode, 12) << sync.err.toStdString();
        EXPECT_TRUE(sync.err.contains(QStringLiteral("password authentication failed for user \"") + ann))
            << sync.err.toStdString();

        const QString other = m_dir.path(QStringLiteral("other.crosscut"));
        const CliResult cloned = runCli({QStringLiteral("team"), QStringLiteral("clone"), annUrl(), QStringLiteral("study"),
                                         other, QStringLiteral("--coder"), QStringLiteral("ann")});
        EXPECT_EQ(cloned.exitCode, 12) << cloned.err.toStdString();
        EXPECT_FALSE(QFile::exists(other));

        const CliResult published = runCli({QStringLiteral("team"), QStringLiteral("publish"), fresh, QStringLiteral("--server"),
                                            m_db->conninfo(lead), QStringLiteral("--name"), QStringLiteral("second")});
        EXPECT_EQ(published.exitCode, 12) << published.err.toStdString();
    }
    EXPECT_EQ(readAll(clone), before);
    EXPECT_EQ(readAll(fresh), freshBefore);
    EXPECT_EQ(entries(QFileInfo(clone).absolutePath()), files);
    PgSession owner(m_db->ownerConninfo());
    EXPECT_EQ(owner.exec(QStringLiteral("SELECT count(*) FROM crosscut_hub.project")).value(), QStringLiteral("1"));
    EXPECT_TRUE(statusSaysToSend(1));
    syncSucceeds();
}

TEST_F(HubServerCli, AHubOfAnotherVersionIsRefusedClearly)
{
    PgSession owner(m_db->ownerConninfo());
    ASSERT_TRUE(owner.exec(QStringLiteral("UPDATE crosscut_hub.hub_info SET version = 2")).ok);
    const QByteArray before = readAll(clone);
    const QStringList files = entries(QFileInfo(clone).absolutePath());
    {
        EnvVar pw("PGPASSWORD", m_db->password(ann));
        EnvVar port("PGPORT", QString::number(m_db->cluster().port));
        const CliResult sync = runCli({QStringLiteral("team"), QStringLiteral("sync"), clone});
        EXPECT_NE(sync.exitCode, 0);
        EXPECT_TRUE(sync.err.contains(QStringLiteral("hub version 2, this Crosscut version 1"))) << sync.err.toStdString();

        const QString other = m_dir.path(QStringLiteral("other.crosscut"));
        const CliResult cloned = runCli({QStringLiteral("team"), QStringLiteral("clone"), annUrl(), QStringLiteral("study"),
                                         other, QStringLiteral("--coder"), QStringLiteral("ann")});
        EXPECT_NE(cloned.exitCode, 0);
        EXPECT_TRUE(cloned.err.contains(QStringLiteral("hub version 2"))) << cloned.err.toStdString();
        EXPECT_FALSE(QFile::exists(other));
    }
    // Nor does init-server touch it.
    const CliResult init = runCli({QStringLiteral("team"), QStringLiteral("init-server"), m_db->ownerConninfo()});
    EXPECT_NE(init.exitCode, 0);
    EXPECT_TRUE(init.err.contains(QStringLiteral("hub version 2"))) << init.err.toStdString();
    EXPECT_FALSE(init.err.contains(m_db->password(m_db->owner()))) << "the password must not be shown";
    EXPECT_EQ(owner.exec(QStringLiteral("SELECT version FROM crosscut_hub.hub_info")).value(), QStringLiteral("2"));

    EXPECT_EQ(readAll(clone), before);
    EXPECT_EQ(entries(QFileInfo(clone).absolutePath()), files);
    EXPECT_TRUE(statusSaysToSend(1));
    ASSERT_TRUE(owner.exec(QStringLiteral("UPDATE crosscut_hub.hub_info SET version = 1")).ok);
    syncSucceeds();
}

TEST_F(HubServerCli, AServerWithoutAHubIsRefusedClearly)
{
    PgTestDatabase bare;
    ASSERT_TRUE(bare.ok()) << bare.skipReason().toStdString();
    const QString user = bare.createRole(QStringLiteral("coder_a"));
    EnvVar pw("PGPASSWORD", bare.password(user));
    const QString other = m_dir.path(QStringLiteral("other.crosscut"));
    const CliResult cloned = runCli({QStringLiteral("team"), QStringLiteral("clone"), bare.conninfo(user), QStringLiteral("study"),
                                     other, QStringLiteral("--coder"), QStringLiteral("ann")});
    EXPECT_NE(cloned.exitCode, 0);
    EXPECT_TRUE(cloned.err.contains(QStringLiteral("has no Crosscut team hub"))) << cloned.err.toStdString();
    EXPECT_FALSE(QFile::exists(other));
}

}  // namespace
