#pragma once
// File → Team → Conflicts… (leads): the rows two members changed at once —
// what, whose change won (server commit order) and whose was set aside, with
// both values and when. "Restore the other version" makes the set-aside value
// current again (hub::restoreConflict, an operation pushed at the next sync).
// The list is fetched off the GUI thread (hub::conflicts touches no project).

#include "hub/hub.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace crosscut::ui {

class ConflictsDialog : public QDialog {
    Q_OBJECT
public:
    ConflictsDialog(Project &project, QWidget *parent);

    // Asks the server off the GUI thread; loaded() when it answered.
    void reload();
    bool isLoading() const { return m_loading; }
    // Restores the loser's value of the selected conflict.
    bool restoreSelected();
    QTableWidget *table() const { return m_table; }
    QPushButton *restoreButton() const { return m_restore; }
    QString lastError() const { return m_lastError; }
    const QList<hub::Conflict> &conflicts() const { return m_conflicts; }

Q_SIGNALS:
    void restored();
    void loaded();

private:
    void showConflicts(const Result<QList<hub::Conflict>> &conflicts);
    void selectionChanged();
    void showProblem(const QString &problem);

    Project &m_project;
    QList<hub::Conflict> m_conflicts;
    QTableWidget *m_table;
    QPushButton *m_restore;
    QLabel *m_problem;
    QString m_lastError;
    bool m_loading = false;
};

}  // namespace crosscut::ui
