#pragma once
// Session → Start live session…: title, date, place, facilitator, the roster
// (from a CSV pseudonym,key,attribute…, from existing cases, or typed into
// its last row; the facilitator is always in it, on Alt+0) and the live
// codebook: the values of the dimensions ticked, in the order ticked, on
// F1…F12 then Ctrl+1…Ctrl+9, each key changeable.

#include "live/livesession.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTableWidgetItem;

namespace crosscut::ui {

class LiveSetupDialog : public QDialog {
    Q_OBJECT
public:
    LiveSetupDialog(Project *project, QWidget *parent = nullptr);

    // The keys of the live codebook, in order: F1…F12, Ctrl+1…Ctrl+9.
    static QStringList liveKeys();
    // The facilitator's speaker key (Alt+0).
    static QString facilitatorKey() { return QStringLiteral("0"); }

    live::SessionInfo info() const;
    // The facilitator (key 0) first, then the participants.
    QList<live::RosterEntry> roster() const;
    QList<live::CodeKey> codeKeys() const;

    // Replaces the roster with a CSV's; false (and a message shown) on error.
    bool loadRosterCsv(const QString &path);
    // Adds the cases checked in the case list.
    void addCheckedCases();
    // Adds a participant by pseudonym (the roster's last row does this);
    // false (and a message shown) when the name is empty or taken.
    bool addParticipant(const QString &pseudonym);
    QListWidget *caseList() const { return m_cases; }
    QListWidget *dimensionList() const { return m_dimensions; }
    QTableWidget *rosterTable() const { return m_rosterTable; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *facilitatorEdit() const { return m_facilitator; }
    QLabel *csvFormatLabel() const { return m_csvFormat; }
    void setKey(const QString &key, Id code);
    void showError(const QString &message);
    QString error() const;

    void accept() override;

private:
    void refreshRoster();
    void onRosterEdited(QTableWidgetItem *item);
    // Puts the values of the ticked dimensions on the keys, in order.
    void assignTickedDimensions();
    live::RosterEntry facilitatorEntry() const;

    Project *m_project;
    QLineEdit *m_title;
    QLineEdit *m_date;
    QLineEdit *m_place;
    QLineEdit *m_facilitator;
    QTableWidget *m_rosterTable;
    QLabel *m_csvFormat;
    QListWidget *m_cases;
    QListWidget *m_dimensions;
    QTableWidget *m_keys;
    QList<QComboBox *> m_keyCombos;
    QLabel *m_error;
    QList<live::RosterEntry> m_roster;
    QList<Id> m_tickOrder;  // ticked dimensions, in the order they were ticked
    bool m_refreshing = false;
};

}  // namespace crosscut::ui
