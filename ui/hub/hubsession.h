#pragma once
// The open clone's life with its team hub: a sync every minute, and one as
// soon as the server says a teammate pushed (hub::Listener), each in a worker
// thread (SyncRunner); views refresh when others' operations came in; the
// state the team indicator shows. (finishSync tells the views to re-read
// when others' operations came in.) Built when a clone opens, gone before it
// closes.

#include "hub/hub.h"
#include "hub/syncrunner.h"
#include "hub/teamindicator.h"

#include <QObject>

class QTimer;

namespace crosscut::hub {
class Listener;
}

namespace crosscut::ui {

class HubSession : public QObject {
    Q_OBJECT
public:
    static constexpr int kSyncIntervalMs = 60 * 1000;

    HubSession(Project *project, hub::Link link, QObject *parent);
    ~HubSession() override;

    void syncNow();
    const TeamState &state() const { return m_state; }
    const hub::Link &link() const { return m_link; }
    SyncRunner *runner() const { return m_runner; }
    hub::Listener *listener() const { return m_listener; }
    QTimer *timer() const { return m_timer; }
    // Re-reads what the indicator shows from the project (no network).
    void refreshLocal();

Q_SIGNALS:
    void stateChanged(const crosscut::ui::TeamState &state);
    // Words for the status bar (a failed sync, what a sync brought).
    void message(const QString &text);

private:
    void syncFinished(const SyncRunner::Outcome &outcome);

    Project *m_project;
    hub::Link m_link;
    SyncRunner *m_runner;
    hub::Listener *m_listener;
    QTimer *m_timer;
    QTimer *m_localRefresh;
    TeamState m_state;
};

}  // namespace crosscut::ui
