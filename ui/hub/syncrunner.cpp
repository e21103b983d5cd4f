#include "hub/syncrunner.h"

#include "project/project.h"

#include <QThread>
#include <QTimer>

namespace crosscut::ui {

SyncRunner::SyncRunner(Project *project, QObject *parent) : QObject(parent), m_project(project) {}

SyncRunner::~SyncRunner()
{
    m_again = false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SyncRunner::request()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    launch();
}

void SyncRunner::launch()
{
    m_again = false;
    ++m_runs;
    Result<hub::SyncPlan> plan = hub::prepareSync(*m_project);
    if (!plan) {
        Outcome outcome;
        outcome.kind = plan.error().kind;
        outcome.error = plan.message();
        // Reported from the event loop, as an exchange's outcome is.
        QTimer::singleShot(0, this, [this, outcome] { report(outcome); });
        return;
    }
    // The thread reports back through the event loop: the destructor waits
    // for it, so `this` outlives it, and a report still queued when the
    // runner goes is dropped with it.
    m_thread = QThread::create([this, plan = *plan] {
        Result<hub::ServerExchange> exchange = hub::exchange(plan);
        const Qt::HANDLE thread = QThread::currentThreadId();
        QMetaObject::invokeMethod(
            this, [this, plan, exchange, thread] { exchanged(plan, exchange, thread); }, Qt::QueuedConnection);
    });
    m_thread->start();
    Q_EMIT started();
}

void SyncRunner::exchanged(const hub::SyncPlan &plan, const Result<hub::ServerExchange> &exchange, Qt::HANDLE thread)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_lastThread = thread;
    Outcome outcome;
    if (!exchange) {
        outcome.kind = exchange.error().kind;
        outcome.error = exchange.message();
    } else if (Result<hub::SyncReport> finished = hub::finishSync(*m_project, plan, *exchange); !finished) {
        outcome.kind = finished.error().kind;
        outcome.error = finished.message();
    } else {
        outcome.ok = true;
        outcome.report = *finished;
    }
    report(outcome);
}

void SyncRunner::report(Outcome outcome)
{
    outcome.finishedAt = QDateTime::currentDateTime();
    m_last = outcome;
    Q_EMIT finished(outcome);
    if (m_again)
        launch();
}

}  // namespace crosscut::ui
