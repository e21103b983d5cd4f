#pragma once
// The team indicator in the status bar, shown while the open project is a
// clone of a team hub: "Team: synced 12:03", "Team: 3 changes to send",
// "Team: offline — <reason>"; the tooltip tells the server, the role and the
// last sync. Clicking it asks for a sync now.

#include <QDateTime>
#include <QToolButton>

namespace crosscut::ui {

struct TeamState {
    bool clone = false;
    QString server;            // the project's name on the server and where it is
    QString role;              // "lead", "coder", "reader"
    qint64 pending = 0;        // own operations the server has not acknowledged
    QDateTime lastSync;        // the last sync that succeeded (invalid: none yet)
    QString offline;           // why the last contact failed (empty: it did not)
    bool syncing = false;

    QString text() const;
    QString toolTip() const;
};

class TeamIndicator : public QToolButton {
    Q_OBJECT
public:
    explicit TeamIndicator(QWidget *parent = nullptr);
    void showState(const TeamState &state);
    const TeamState &state() const { return m_state; }

Q_SIGNALS:
    void syncRequested();

private:
    TeamState m_state;
};

}  // namespace crosscut::ui
