// hub::Listener against a real PostgreSQL: a NOTIFY crosscut_hub for this
// project reaches changed(seq), another project's does not; a connection
// the server kills is made again; a server that cannot be reached is
// retried with a growing delay, never blocking the event loop.
#include "support/pgtestserver.h"

#include "hub/listener.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

TEST(HubGui, ListenerPayloadNamesTheProject)
{
    EXPECT_EQ(hub::Listener::sequenceFor(QStringLiteral("kp-eval"), QStringLiteral("kp-eval:42")), 42);
    EXPECT_EQ(hub::Listener::sequenceFor(QStringLiteral("a:b"), QStringLiteral("a:b:7")), 7);
    EXPECT_EQ(hub::Listener::sequenceFor(QStringLiteral("kp-eval"), QStringLiteral("kp-eval2:42")), -1);
    EXPECT_EQ(hub::Listener::sequenceFor(QStringLiteral("kp-eval"), QStringLiteral("other:42")), -1);
    EXPECT_EQ(hub::Listener::sequenceFor(QStringLiteral("kp-eval"), QStringLiteral("kp-eval:")), -1);
    EXPECT_EQ(hub::Listener::sequenceFor(QStringLiteral("kp-eval"), QStringLiteral("kp-eval:x1")), -1);
    EXPECT_EQ(hub::Listener::sequenceFor(QStringLiteral("kp-eval"), QStringLiteral("kp-eval")), -1);
}

TEST(HubGui, ListenerHearsItsProjectAndReconnects)
{
    PgTestDatabase db;
    CROSSCUT_REQUIRE_PG(db);
    const QString member = db.createRole(QStringLiteral("listener"));
    PgSession server(db.superuserConninfo());
    ASSERT_TRUE(server.connected()) << server.connectError().toStdString();
    auto notify = [&server](const QString &channel, const QString &payload) {
        const PgResult r = server.exec(QStringLiteral("SELECT pg_notify($1, $2)"), {channel, payload});
        ASSERT_TRUE(r.ok) << r.error.toStdString();
    };
    qputenv("PGPASSWORD", db.password(member).toUtf8());  // as a clone gets it: not in the conninfo
    hub::Listener listener(db.conninfo(member), QStringLiteral("kp-eval"));
    QSignalSpy online(&listener, &hub::Listener::onlineChanged);
    QSignalSpy changed(&listener, &hub::Listener::changed);
    listener.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return listener.online(); }, 10000)) << listener.lastError().toStdString();

    notify(QStringLiteral("crosscut_hub"), QStringLiteral("other:9"));
    notify(QStringLiteral("crosscut_elsewhere"), QStringLiteral("kp-eval:8"));
    notify(QStringLiteral("crosscut_hub"), QStringLiteral("kp-eval:7"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.size() >= 1; }, 5000));
    QTest::qWait(200);  // nothing else comes
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).toLongLong(), 7);

    // The server drops the listening connection: it comes back by itself.
    const PgResult killed = server.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                       "WHERE usename = $1"),
                                        {member});
    ASSERT_TRUE(killed.ok) << killed.error.toStdString();
    ASSERT_EQ(killed.rows.size(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !listener.online(); }, 5000));
    EXPECT_FALSE(listener.lastError().isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return listener.online(); }, 10000)) << listener.lastError().toStdString();
    EXPECT_EQ(online.size(), 3);  // on, off, on
    notify(QStringLiteral("crosscut_hub"), QStringLiteral("kp-eval:12"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.size() >= 2; }, 5000));
    EXPECT_EQ(changed.at(1).at(0).toLongLong(), 12);
    qunsetenv("PGPASSWORD");
}

TEST(HubGui, ListenerRetriesAnUnreachableServerWithoutBlocking)
{
    hub::Listener listener(QStringLiteral("host=127.0.0.1 port=1 connect_timeout=2"), QStringLiteral("kp-eval"));
    QElapsedTimer clock;
    clock.start();
    listener.start();
    EXPECT_LT(clock.elapsed(), 500);  // connecting does not wait for the network
    ASSERT_TRUE(QTest::qWaitFor([&] { return !listener.lastError().isEmpty(); }, 5000));
    EXPECT_FALSE(listener.online());
    EXPECT_TRUE(listener.lastError().contains(QStringLiteral("127.0.0.1")) ||
                listener.lastError().contains(QStringLiteral("refused")))
        << listener.lastError().toStdString();
    const int first = listener.retryDelayMs();
    // The first retry comes after a second; the delay doubles after it.
    ASSERT_TRUE(QTest::qWaitFor([&] { return listener.retryDelayMs() > first; }, 4000));
    EXPECT_EQ(listener.retryDelayMs(), 2 * first);
    listener.stop();
    EXPECT_FALSE(listener.online());
}
