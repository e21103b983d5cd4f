#pragma once
// The fields every team-server dialog asks for: the connection string and a
// password for this one connection (empty: ~/.pgpass or PGPASSWORD). The
// password stays in the field; ServerPassword hands it to libpq for the
// duration of one call, through PGPASSWORD, and puts the environment back.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QFormLayout;
class QLineEdit;
class QWidget;

namespace crosscut::ui {

struct ConnectionFields {
    Q_DECLARE_TR_FUNCTIONS(crosscut::ui::ConnectionFields)
public:
    QLineEdit *conninfo = nullptr;
    QLineEdit *password = nullptr;
    void addTo(QFormLayout *form, QWidget *parent);
};

class ServerPassword {
public:
    explicit ServerPassword(const QString &password);
    ~ServerPassword();
    ServerPassword(const ServerPassword &) = delete;
    ServerPassword &operator=(const ServerPassword &) = delete;

private:
    bool m_set = false;
    bool m_hadBefore = false;
    QByteArray m_before;
};

// A conninfo that carries a password itself is refused: it would be kept in
// the clone (hub_state) and in this dialog's history.
bool conninfoHasPassword(const QString &conninfo);

}  // namespace crosscut::ui
