#pragma once
// The LISTEN side of the team hub: one libpq connection that waits for the
// server's NOTIFY crosscut_hub (sent when someone pushes; payload
// "<project name>:<server sequence number>") and says so with changed(seq),
// for this clone's project only. It lives in the event loop of the thread
// that owns it (QSocketNotifier on the connection's socket): nothing blocks
// on the network, not even connecting (PQconnectStart/PQconnectPoll). A
// dropped connection is retried with a growing delay (1 s doubling up to a
// minute); online() says whether it is listening now.

#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;
class QTimer;

namespace crosscut::hub {

class Listener : public QObject {
    Q_OBJECT
public:
    // `conninfo` as in hub::Link (the password from ~/.pgpass or PGPASSWORD);
    // `project` the project's name on the server.
    Listener(QString conninfo, QString project, QObject *parent = nullptr);
    ~Listener() override;

    // Connects (asynchronously) and keeps listening until stop().
    void start();
    void stop();
    bool online() const { return m_online; }
    // Why the last attempt failed or the connection dropped (empty when online).
    QString lastError() const { return m_lastError; }
    // The delay before the coming (or the last) reconnection attempt, in
    // milliseconds: 0 before the first failure.
    int retryDelayMs() const;

    // The notification's payload for this project, or -1 when it is another
    // project's or malformed ("name:seq"; a name may itself contain ':').
    static qint64 sequenceFor(const QString &project, const QString &payload);

Q_SIGNALS:
    void changed(qint64 seq);
    void onlineChanged(bool online);

private:
    void connectNow();
    void poll();
    void readNotifications();
    void dropped(const QString &reason);
    void watch(int socket, bool forWriting);

    struct Connection;
    QString m_conninfo;
    QString m_project;
    std::unique_ptr<Connection> m_conn;
    QSocketNotifier *m_read = nullptr;
    QSocketNotifier *m_write = nullptr;
    QTimer *m_retry;
    bool m_running = false;
    bool m_online = false;
    bool m_listenSent = false;
    int m_delayMs = 1000;
    int m_retryDelay = 0;
    QString m_lastError;
};

}  // namespace crosscut::hub
