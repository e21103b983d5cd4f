#pragma once
// Session → Start live session…: title, date, place, facilitator, the roster
// (from a CSV pseudonym,key,attribute… or from existing cases) and the live
// codebook (F1…F12 and Ctrl+1…9 mapped to codes).

#include "live/livesession.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace crosscut::ui {

class LiveSetupDialog : public QDialog {
    Q_OBJECT
public:
    LiveSetupDialog(Project *project, QWidget *parent = nullptr);

    live::SessionInfo info() const;
    QList<live::RosterEntry> roster() const { return m_roster; }
    QList<live::CodeKey> codeKeys() const;

    // Replaces the roster with a CSV's; false (and a message shown) on error.
    bool loadRosterCsv(const QString &path);
    // Adds the cases checked in the case list.
    void addCheckedCases();
    QListWidget *caseList() const { return m_cases; }
    QLineEdit *titleEdit() const { return m_title; }
    void setKey(const QString &key, Id code);
    void showError(const QString &message);

    void accept() override;

private:
    void refreshRoster();

    Project *m_project;
    QLineEdit *m_title;
    QLineEdit *m_date;
    QLineEdit *m_place;
    QLineEdit *m_facilitator;
    QTableWidget *m_rosterTable;
    QListWidget *m_cases;
    QTableWidget *m_keys;
    QList<QComboBox *> m_keyCombos;
    QLabel *m_error;
    QList<live::RosterEntry> m_roster;
};

}  // namespace crosscut::ui
