#pragma once
// File → Team → Clone from team server…: which server and project, under
// which coder name, where the local copy goes (beside the user's documents by
// default) and whether it is encrypted (the password asked twice by
// PasswordDialog when the dialog is accepted, as for a coder copy).

#include "hub/connectionfields.h"
#include "hub/hub.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;

namespace crosscut::ui {

class PasswordDialog;

class CloneDialog : public QDialog {
    Q_OBJECT
public:
    CloneDialog(const QString &coder, QWidget *parent);
    ~CloneDialog() override;

    hub::CloneOptions options() const;
    QString password() const;
    void removeNewKeyFile() const;
    void setProblem(const QString &problem);
    // Where a clone of `name` is offered: the documents folder, NAME.crosscut.
    static QString defaultTarget(const QString &name);

    ConnectionFields &fields() { return m_fields; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *coderEdit() const { return m_coder; }
    QLineEdit *targetEdit() const { return m_target; }
    QCheckBox *encryptBox() const { return m_encrypt; }

    void accept() override;

private:
    void chooseTarget();

    ConnectionFields m_fields;
    QLineEdit *m_name;
    QLineEdit *m_coder;
    QLineEdit *m_target;
    QCheckBox *m_encrypt;
    QLabel *m_problem;
    bool m_targetEdited = false;
    ProjectKey m_key;
    std::unique_ptr<PasswordDialog> m_keyDialog;
};

}  // namespace crosscut::ui
