#pragma once
// File → Team: Publish to team server…, Clone from team server…, Sync now,
// Team status…, Conflicts…; the team indicator in the status bar; and, while
// the open project is a clone, its HubSession (the sync every minute and on
// a teammate's push, off the GUI thread). An item that does not apply is
// disabled, its tooltip saying why. publish() and clone() take their inputs
// as arguments too, so tests need no dialog.

#include "hub/hub.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace crosscut::ui {

class HubSession;
class MainWindow;
class TeamIndicator;

class HubActions : public QObject {
    Q_OBJECT
public:
    explicit HubActions(MainWindow *window);

    void addToFile(QMenu *file);

    QMenu *menu() const { return m_menu; }
    QAction *publishAction() const { return m_publish; }
    QAction *cloneAction() const { return m_clone; }
    QAction *syncAction() const { return m_sync; }
    QAction *statusAction() const { return m_status; }
    QAction *conflictsAction() const { return m_conflicts; }
    TeamIndicator *indicator() const { return m_indicator; }
    // The open clone's session (null when the project is not a clone).
    HubSession *session() const { return m_session; }

    // `password` is for this one call (empty: ~/.pgpass or PGPASSWORD).
    bool publish(const hub::PublishOptions &options, const QString &password);
    // Clones, then opens the new copy (with options.key).
    bool clone(const hub::CloneOptions &options, const QString &password);
    void chooseAndPublish();
    void chooseAndClone();
    void syncNow();
    void showStatus();
    void showConflicts();

    // The last error in words, empty after a success.
    QString lastError() const { return m_lastError; }

private:
    void projectOpened();
    void projectClosing();
    void startSession();
    // While the project closes it is still there, but no longer counts.
    void updateActions(bool closing = false);
    void fail(const QString &message);

    MainWindow *m_window;
    QMenu *m_menu = nullptr;
    QAction *m_publish = nullptr;
    QAction *m_clone = nullptr;
    QAction *m_sync = nullptr;
    QAction *m_status = nullptr;
    QAction *m_conflicts = nullptr;
    TeamIndicator *m_indicator;
    HubSession *m_session = nullptr;
    std::optional<hub::Link> m_link;
    QString m_lastError;
};

}  // namespace crosscut::ui
