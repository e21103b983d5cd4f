#pragma once
// File → Team → Team status…: where this copy syncs to, as whom and in which
// role, how many own changes wait to be sent, how far the server is ahead,
// and the last sync. A lead also sees the members, adds and removes them,
// and releases blind coding (hub::addMember, removeMember, releaseBlind;
// the server checks that the caller is the lead).

#include "hub/hub.h"

#include <QDateTime>
#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace crosscut::ui {

class TeamStatusDialog : public QDialog {
    Q_OBJECT
public:
    TeamStatusDialog(Project &project, const QDateTime &lastSync, QWidget *parent);

    // Reads the clone's state, then asks the server (off the GUI thread) for
    // its own and, for a lead, the members; loaded() when it answered.
    void reload();
    bool isLoading() const { return m_loading; }
    QLabel *summary() const { return m_summary; }
    QTableWidget *memberTable() const { return m_members; }
    QLineEdit *newUserEdit() const { return m_user; }
    QLineEdit *newCoderEdit() const { return m_coder; }
    QComboBox *newRoleBox() const { return m_role; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *releaseButton() const { return m_release; }
    QString lastError() const { return m_lastError; }

    // Each asks the server off the GUI thread, then reloads.
    void addMember();
    void removeSelectedMember();
    void releaseBlind();

Q_SIGNALS:
    void loaded();

private:
    void showProblem(const QString &problem);
    void showSummary(const std::optional<hub::ServerState> &server, const QString &offline);
    void runChange(const QString &failure, std::function<Status()> change);

    Project &m_project;
    QDateTime m_lastSync;
    std::optional<hub::HubStatus> m_status;
    bool m_loading = false;
    QLabel *m_summary;
    QWidget *m_membersBox;
    QTableWidget *m_members;
    QLineEdit *m_user;
    QLineEdit *m_coder;
    QComboBox *m_role;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_release;
    QLabel *m_problem;
    QString m_lastError;
};

}  // namespace crosscut::ui
