#pragma once
// File → Team → Publish to team server…: the lead names the server, the
// project's name there, and whether coding is blind; hub::publish then makes
// the open project the lead's clone.

#include "hub/connectionfields.h"
#include "hub/hub.h"

#include <QDialog>

class QCheckBox;
class QLabel;

namespace crosscut::ui {

class PublishDialog : public QDialog {
    Q_OBJECT
public:
    PublishDialog(const Project &project, QWidget *parent);

    hub::PublishOptions options() const;
    QString password() const;
    ConnectionFields &fields() { return m_fields; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *blindBox() const { return m_blind; }
    void setProblem(const QString &problem);

    void accept() override;

private:
    ConnectionFields m_fields;
    QLineEdit *m_name;
    QCheckBox *m_blind;
    QLabel *m_problem;
    QString m_coder;
};

}  // namespace crosscut::ui
