#include "hub/listener.h"

#include <QSocketNotifier>
#include <QTimer>

#include <libpq-fe.h>

#include <algorithm>

namespace crosscut::hub {

namespace {

constexpr int kFirstDelayMs = 1000;
constexpr int kLongestDelayMs = 60 * 1000;
constexpr int kConnectTimeoutMs = 30 * 1000;
constexpr char kChannel[] = "crosscut_hub";

}  // namespace

struct Listener::Connection {
    PGconn *conn = nullptr;
    ~Connection()
    {
        if (conn)
            PQfinish(conn);
    }
};

Listener::Listener(QString conninfo, QString project, QObject *parent)
    : QObject(parent), m_conninfo(std::move(conninfo)), m_project(std::move(project)), m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &Listener::connectNow);
}

Listener::~Listener() { stop(); }

int Listener::retryDelayMs() const { return m_lastError.isEmpty() && m_online ? 0 : m_retryDelay; }

qint64 Listener::sequenceFor(const QString &project, const QString &payload)
{
    const qsizetype colon = payload.lastIndexOf(u':');
    if (colon < 0 || payload.left(colon) != project)
        return -1;
    bool ok = false;
    const qint64 seq = payload.mid(colon + 1).toLongLong(&ok);
    return ok && seq >= 0 ? seq : -1;
}

void Listener::start()
{
    if (m_running)
        return;
    m_running = true;
    m_delayMs = kFirstDelayMs;
    connectNow();
}

void Listener::stop()
{
    m_running = false;
    m_retry->stop();
    delete m_read;
    delete m_write;
    m_read = m_write = nullptr;
    m_conn.reset();
    m_listenSent = false;
    if (m_online) {
        m_online = false;
        Q_EMIT onlineChanged(false);
    }
}

void Listener::watch(int socket, bool forWriting)
{
    // The socket can change while libpq tries another address or falls
    // back from TLS: the notifiers follow it.
    if (!m_read || m_read->socket() != socket) {
        delete m_read;
        delete m_write;
        m_read = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        m_write = new QSocketNotifier(socket, QSocketNotifier::Write, this);
        connect(m_read, &QSocketNotifier::activated, this, [this] {
            if (m_online || m_listenSent)
                readNotifications();
            else
                poll();
        });
        connect(m_write, &QSocketNotifier::activated, this, [this] {
            if (!m_listenSent) {
                poll();
            } else if (m_conn && PQflush(m_conn->conn) == 0) {
                m_write->setEnabled(false);
                m_read->setEnabled(true);
            }
        });
    }
    m_write->setEnabled(forWriting);
    m_read->setEnabled(!forWriting);
}

void Listener::connectNow()
{
    if (!m_running)
        return;
    delete m_read;
    delete m_write;
    m_read = m_write = nullptr;
    m_listenSent = false;
    m_conn = std::make_unique<Connection>();
    m_conn->conn = PQconnectStart(m_conninfo.toUtf8().constData());
    if (!m_conn->conn || PQstatus(m_conn->conn) == CONNECTION_BAD) {
        dropped(m_conn->conn ? QString::fromUtf8(PQerrorMessage(m_conn->conn)).trimmed()
                             : tr("out of memory"));
        return;
    }
    // An attempt that hangs (a host that drops packets) is given up on.
    QTimer::singleShot(kConnectTimeoutMs, this, [this, attempt = m_conn.get()] {
        if (m_conn.get() == attempt && !m_online && !m_listenSent)
            dropped(tr("the server did not answer within %n second(s)", nullptr, kConnectTimeoutMs / 1000));
    });
    poll();
}

void Listener::poll()
{
    if (!m_conn || !m_conn->conn)
        return;
    switch (PQconnectPoll(m_conn->conn)) {
    case PGRES_POLLING_READING:
        watch(PQsocket(m_conn->conn), false);
        return;
    case PGRES_POLLING_WRITING:
        watch(PQsocket(m_conn->conn), true);
        return;
    case PGRES_POLLING_FAILED:
        dropped(QString::fromUtf8(PQerrorMessage(m_conn->conn)).trimmed());
        return;
    case PGRES_POLLING_OK:
    default:
        break;
    }
    PQsetnonblocking(m_conn->conn, 1);
    if (!PQsendQuery(m_conn->conn, "LISTEN crosscut_hub")) {
        dropped(QString::fromUtf8(PQerrorMessage(m_conn->conn)).trimmed());
        return;
    }
    m_listenSent = true;
    watch(PQsocket(m_conn->conn), PQflush(m_conn->conn) == 1);
}

void Listener::readNotifications()
{
    PGconn *conn = m_conn ? m_conn->conn : nullptr;
    if (!conn)
        return;
    if (!PQconsumeInput(conn) || PQstatus(conn) == CONNECTION_BAD) {
        dropped(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
        return;
    }
    while (!PQisBusy(conn)) {
        PGresult *result = PQgetResult(conn);
        if (!result)
            break;
        const ExecStatusType status = PQresultStatus(result);
        const QString error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        if (status != PGRES_COMMAND_OK) {
            dropped(error);
            return;
        }
        if (!m_online) {
            m_online = true;
            m_delayMs = kFirstDelayMs;
            m_lastError.clear();
            Q_EMIT onlineChanged(true);
        }
    }
    while (PGnotify *notify = PQnotifies(conn)) {
        const QString channel = QString::fromUtf8(notify->relname);
        const QString payload = QString::fromUtf8(notify->extra);
        PQfreemem(notify);
        if (channel != QLatin1String(kChannel))
            continue;
        const qint64 seq = sequenceFor(m_project, payload);
        if (seq >= 0)
            Q_EMIT changed(seq);
    }
}

void Listener::dropped(const QString &reason)
{
    delete m_read;
    delete m_write;
    m_read = m_write = nullptr;
    m_conn.reset();
    m_listenSent = false;
    m_lastError = reason.isEmpty() ? tr("the connection to the team server was lost") : reason;
    if (m_online) {
        m_online = false;
        Q_EMIT onlineChanged(false);
    }
    if (!m_running)
        return;
    m_retryDelay = m_delayMs;
    m_retry->start(m_delayMs);
    m_delayMs = std::min(m_delayMs * 2, kLongestDelayMs);  // for the attempt after this one
}

}  // namespace crosscut::hub

// Its moc output compiled here, not in the target's mocs_compilation.cpp,
// which every binary that uses Project links: the lean crosscut-cli then
// does not pull this file, and libpq, in (app/CMakeLists.txt).
#include "moc_listener.cpp"
