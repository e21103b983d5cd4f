#pragma once
// File → Hand out a coder copy…: for whom, which documents, blind or not,
// encrypted or not, and where (beside the project, NAME-CODER.crosscut).
// The password of an encrypted copy is asked twice by PasswordDialog when
// the dialog is accepted.

#include "team/handout.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace crosscut {
class Project;
}

namespace crosscut::ui {

class PasswordDialog;

class HandoutDialog : public QDialog {
    Q_OBJECT
public:
    HandoutDialog(Project &project, QWidget *parent);
    ~HandoutDialog() override;

    // What team::handout is called with (the key once accepted with
    // "Encrypt the copy").
    team::HandoutOptions options() const;
    // A key file created for the copy, taken back when the copy fails.
    void removeNewKeyFile() const;

    // The file name offered for a coder: beside the project, NAME-CODER.crosscut.
    static QString defaultTarget(const QString &projectPath, const QString &coder);

    QComboBox *coderBox() const { return m_coder; }
    QListWidget *documentList() const { return m_documents; }
    QCheckBox *blindBox() const { return m_blind; }
    QCheckBox *encryptBox() const { return m_encrypt; }
    QLineEdit *targetEdit() const { return m_target; }

    void accept() override;

private:
    void coderEdited();
    void chooseTarget();
    void setProblem(const QString &problem);

    Project &m_project;
    QComboBox *m_coder;
    QListWidget *m_documents;
    QCheckBox *m_blind;
    QCheckBox *m_encrypt;
    QLineEdit *m_target;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_targetEdited = false;
    ProjectKey m_key;
    std::unique_ptr<PasswordDialog> m_password;
};

}  // namespace crosscut::ui
