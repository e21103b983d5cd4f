#include "hub/hubsession.h"

#include "hub/listener.h"
#include "project/project.h"

#include <QTimer>

namespace crosscut::ui {

HubSession::HubSession(Project *project, hub::Link link, QObject *parent)
    : QObject(parent), m_project(project), m_link(std::move(link)),
      m_runner(new SyncRunner(project, this)),
      m_listener(new hub::Listener(m_link.conninfo, m_link.project, this)), m_timer(new QTimer(this)),
      m_localRefresh(new QTimer(this))
{
    m_state.clone = true;
    m_state.server = tr("%1 on %2").arg(m_link.project, m_link.conninfo);
    m_state.role = hub::roleName(m_link.role);
    m_timer->setInterval(kSyncIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &HubSession::syncNow);
    m_localRefresh->setSingleShot(true);
    m_localRefresh->setInterval(200);
    connect(m_localRefresh, &QTimer::timeout, this, &HubSession::refreshLocal);
    // Own operations add to what is to be sent.
    connect(m_project, &Project::changed, m_localRefresh, qOverload<>(&QTimer::start));
    connect(m_runner, &SyncRunner::started, this, [this] {
        m_state.syncing = true;
        Q_EMIT stateChanged(m_state);
    });
    connect(m_runner, &SyncRunner::finished, this, &HubSession::syncFinished);
    connect(m_listener, &hub::Listener::changed, this, [this](qint64 seq) {
        if (seq > m_link.lastPulled)
            syncNow();
    });
    refreshLocal();
    m_timer->start();
    m_listener->start();
    QTimer::singleShot(0, this, &HubSession::syncNow);  // what came in while the project was closed
}

HubSession::~HubSession() = default;

void HubSession::syncNow() { m_runner->request(); }

void HubSession::refreshLocal()
{
    Result<hub::HubStatus> status = hub::status(*m_project, false);
    if (status) {
        m_state.pending = status->pending;
        m_state.role = hub::roleName(status->link.role);
        m_link.lastPulled = status->link.lastPulled;
    }
    Q_EMIT stateChanged(m_state);
}

void HubSession::syncFinished(const SyncRunner::Outcome &outcome)
{
    m_state.syncing = m_runner->isRunning();
    const QString before = m_state.offline;
    if (outcome.ok) {
        m_state.lastSync = outcome.finishedAt;
        m_state.offline.clear();
        if (outcome.report.pulled > 0)
            Q_EMIT message(tr("Team: %n change(s) from teammates applied.", nullptr, int(outcome.report.pulled)));
        if (outcome.report.conflicts > 0)
            Q_EMIT message(tr("Team: %n of your change(s) lost to a teammate's; the lead can review them in Team → Conflicts.",
                              nullptr, int(outcome.report.conflicts)));
    } else {
        m_state.offline = outcome.error.isEmpty() ? tr("the sync failed") : outcome.error;
        // Once per new reason: a server that stays down is not news every minute.
        if (m_state.offline != before)
            Q_EMIT message(tr("Team sync failed: %1").arg(m_state.offline));
    }
    refreshLocal();
}

}  // namespace crosscut::ui
