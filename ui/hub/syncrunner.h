#pragma once
// Runs a sync without holding the GUI thread on the network: hub::prepareSync
// reads the outbox here (fast), hub::exchange talks to the server in a worker
// thread (it touches no project), and hub::finishSync applies what came back
// here, in one SQLite transaction (a project is one connection, held by the
// thread that opened it). One sync at a time: a sync requested while one
// runs is coalesced into one more run after it.

#include "hub/hub.h"

#include <QDateTime>
#include <QObject>

#include <optional>

class QThread;

namespace crosscut::ui {

class SyncRunner : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        bool ok = false;
        hub::SyncReport report;
        ErrorKind kind = ErrorKind::Invalid;
        QString error;
        QDateTime finishedAt;
    };

    SyncRunner(Project *project, QObject *parent = nullptr);
    // Waits for a running exchange to end (libpq gives up on a server that
    // does not answer); what it brought is dropped, and pushed operations
    // the clone did not record are pushed again next time.
    ~SyncRunner() override;

    // Starts a sync, or asks for one more after the running one.
    void request();
    bool isRunning() const { return m_thread != nullptr; }
    bool hasQueued() const { return m_again; }
    const std::optional<Outcome> &lastOutcome() const { return m_last; }
    // For tests: the thread the last exchange ran on, and how many started.
    Qt::HANDLE lastExchangeThread() const { return m_lastThread; }
    int runs() const { return m_runs; }

Q_SIGNALS:
    void started();
    void finished(const crosscut::ui::SyncRunner::Outcome &outcome);

private:
    void launch();
    void exchanged(const hub::SyncPlan &plan, const Result<hub::ServerExchange> &exchange, Qt::HANDLE thread);
    void report(Outcome outcome);

    Project *m_project;
    QThread *m_thread = nullptr;
    bool m_again = false;
    std::optional<Outcome> m_last;
    Qt::HANDLE m_lastThread = nullptr;
    int m_runs = 0;
};

}  // namespace crosscut::ui
