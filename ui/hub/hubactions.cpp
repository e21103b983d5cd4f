#include "hub/hubactions.h"

#include "hub/clonedialog.h"
#include "hub/conflictsdialog.h"
#include "hub/connectionfields.h"
#include "hub/hubsession.h"
#include "hub/publishdialog.h"
#include "hub/teamindicator.h"
#include "hub/teamstatusdialog.h"
#include "mainwindow/mainwindow.h"
#include "project/project.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace crosscut::ui {

HubActions::HubActions(MainWindow *window)
    : QObject(window), m_window(window), m_indicator(new TeamIndicator(window))
{
    m_window->statusBar()->addPermanentWidget(m_indicator);
    connect(m_indicator, &TeamIndicator::syncRequested, this, &HubActions::syncNow);
    connect(m_window, &MainWindow::projectOpened, this, &HubActions::projectOpened);
    connect(m_window, &MainWindow::projectClosing, this, &HubActions::projectClosing);
}

void HubActions::addToFile(QMenu *file)
{
    m_menu = file->addMenu(tr("&Team"));
    m_menu->setObjectName(QStringLiteral("teamMenu"));
    m_menu->setToolTipsVisible(true);  // a disabled item says why
    m_publish = m_menu->addAction(tr("&Publish to team server…"));
    m_publish->setObjectName(QStringLiteral("publishToTeam"));
    connect(m_publish, &QAction::triggered, this, &HubActions::chooseAndPublish);
    m_clone = m_menu->addAction(tr("&Clone from team server…"));
    m_clone->setObjectName(QStringLiteral("cloneFromTeam"));
    m_clone->setToolTip(tr("Makes your own copy of a team project, synced with its server"));
    connect(m_clone, &QAction::triggered, this, &HubActions::chooseAndClone);
    m_menu->addSeparator();
    m_sync = m_menu->addAction(tr("&Sync now"));
    m_sync->setObjectName(QStringLiteral("syncNow"));
    connect(m_sync, &QAction::triggered, this, &HubActions::syncNow);
    m_status = m_menu->addAction(tr("Team &status…"));
    m_status->setObjectName(QStringLiteral("teamStatus"));
    connect(m_status, &QAction::triggered, this, &HubActions::showStatus);
    m_conflicts = m_menu->addAction(tr("C&onflicts…"));
    m_conflicts->setObjectName(QStringLiteral("teamConflicts"));
    connect(m_conflicts, &QAction::triggered, this, &HubActions::showConflicts);
    updateActions();
}

void HubActions::updateActions(bool closing)
{
    if (!m_menu)
        return;
    Project *project = closing ? nullptr : m_window->project();
    const bool clone = m_link.has_value();
    const bool lead = clone && m_link->role == hub::Role::Lead;
    m_publish->setEnabled(project && !clone);
    m_publish->setToolTip(!project ? tr("Open the project to publish first")
                          : clone  ? tr("This project is a copy of %1 on a team server already").arg(m_link->project)
                                   : tr("Uploads this project to a team server; you become its lead"));
    const QString notClone = project ? tr("This project is not a copy from a team server (Team → Clone or Publish)")
                                     : tr("Open a project cloned from a team server first");
    for (QAction *action : {m_sync, m_status}) {
        action->setEnabled(clone);
        action->setToolTip(clone ? QString() : notClone);
    }
    m_sync->setToolTip(clone ? tr("Sends your changes and fetches your teammates' (also done every minute)") : notClone);
    m_status->setToolTip(clone ? tr("Server, role, changes to send, members") : notClone);
    m_conflicts->setEnabled(lead);
    m_conflicts->setToolTip(!clone ? notClone
                            : lead ? tr("Changes that lost to a teammate's, to review and restore")
                                   : tr("Only the lead reviews conflicts; the codebook is the lead's"));
}

void HubActions::fail(const QString &message)
{
    m_lastError = message;
    m_window->statusBar()->showMessage(message, 10000);
    if (m_window->isInteractive())
        QMessageBox::warning(m_window, tr("Team server"), message);
}

void HubActions::projectOpened()
{
    m_link.reset();
    if (Project *project = m_window->project()) {
        Result<std::optional<hub::Link>> link = hub::link(*project);
        if (link && *link)
            m_link = **link;
    }
    if (m_link)
        startSession();
    updateActions();
}

void HubActions::startSession()
{
    delete m_session;
    m_session = new HubSession(m_window->project(), *m_link, this);
    connect(m_session, &HubSession::stateChanged, m_indicator, &TeamIndicator::showState);
    connect(m_session, &HubSession::message, m_window->statusBar(),
            [this](const QString &text) { m_window->statusBar()->showMessage(text, 10000); });
    m_indicator->showState(m_session->state());
}

void HubActions::projectClosing()
{
    // A running sync ends before the project goes (it has its own connection).
    delete m_session;
    m_session = nullptr;
    m_link.reset();
    m_indicator->showState({});
    updateActions(true);
}

bool HubActions::publish(const hub::PublishOptions &options, const QString &password)
{
    Project *project = m_window->project();
    if (!project)
        return false;
    m_lastError.clear();
    Result<hub::PublishReport> report = [&] {
        ServerPassword scoped(password);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto r = hub::publish(*project, options);
        QApplication::restoreOverrideCursor();
        return r;
    }();
    if (!report) {
        fail(tr("The project was not published: %1").arg(report.message()));
        return false;
    }
    projectOpened();  // it is the lead's clone now
    m_window->statusBar()->showMessage(
        tr("Published %1 to the team server: %n row(s).", nullptr, int(report->rows)).arg(options.name), 10000);
    return true;
}

void HubActions::chooseAndPublish()
{
    Project *project = m_window->project();
    if (!project || m_link)
        return;
    PublishDialog dialog(*project, m_window);
    while (dialog.exec() == QDialog::Accepted) {
        const bool interactive = m_window->isInteractive();
        m_window->setInteractive(false);  // the problem goes into the dialog, not a box over it
        const bool ok = publish(dialog.options(), dialog.password());
        m_window->setInteractive(interactive);
        if (ok)
            return;
        dialog.setProblem(m_lastError);
    }
}

bool HubActions::clone(const hub::CloneOptions &options, const QString &password)
{
    m_lastError.clear();
    Result<hub::CloneReport> report = [&] {
        ServerPassword scoped(password);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto r = hub::clone(options);
        QApplication::restoreOverrideCursor();
        return r;
    }();
    if (!report) {
        fail(tr("Nothing was cloned: %1").arg(report.message()));
        return false;
    }
    if (!m_window->openWithKey(options.localPath, options.key))
        return false;
    m_window->statusBar()->showMessage(tr("Cloned %1 into %2: %n operation(s).", nullptr, int(report->operations))
                                           .arg(options.name, QDir::toNativeSeparators(options.localPath)),
                                       10000);
    return true;
}

void HubActions::chooseAndClone()
{
    CloneDialog dialog(m_window->project() ? m_window->project()->currentCoder() : AppSettings::coderName(), m_window);
    while (dialog.exec() == QDialog::Accepted) {
        const bool interactive = m_window->isInteractive();
        m_window->setInteractive(false);
        const bool ok = clone(dialog.options(), dialog.password());
        m_window->setInteractive(interactive);
        if (ok)
            return;
        dialog.removeNewKeyFile();
        dialog.setProblem(m_lastError);
    }
}

void HubActions::syncNow()
{
    if (m_session)
        m_session->syncNow();
}

void HubActions::showStatus()
{
    Project *project = m_window->project();
    if (!project || !m_session)
        return;
    TeamStatusDialog dialog(*project, m_session->state().lastSync, m_window);
    dialog.exec();
}

void HubActions::showConflicts()
{
    Project *project = m_window->project();
    if (!project || !m_link || m_link->role != hub::Role::Lead)
        return;
    ConflictsDialog dialog(*project, m_window);
    connect(&dialog, &ConflictsDialog::restored, this, [this] {
        m_window->statusBar()->showMessage(tr("Restored: it goes to the team at the next sync."), 8000);
        syncNow();
    });
    dialog.exec();
}

}  // namespace crosscut::ui
