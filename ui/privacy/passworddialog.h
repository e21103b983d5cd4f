#pragma once
// The password dialog of encrypted projects: asks for the password (or a key
// file) to open one, for a new password twice (or a new key file) to encrypt
// one, or for the current and a new one to change it. The secret stays in
// memory only: nothing here writes it to settings or anywhere else.

#include "storage/projectkey.h"
#include "util/result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace crosscut::ui {

class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    // EncryptCopy: a new file (a coder copy) written encrypted from the start.
    enum class Mode { Open, Encrypt, ChangePassword, EncryptCopy };

    PasswordDialog(Mode mode, const QString &projectPath, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The key the project is encrypted with now (Open, ChangePassword).
    Result<ProjectKey> currentKey() const;
    // The key to encrypt with (Encrypt, ChangePassword); a new key file is
    // created here, and removeNewKeyFile() takes it back if that key is not used.
    Result<ProjectKey> newKey() const;
    void removeNewKeyFile() const;
    // Shows why the last attempt failed (a wrong password) and clears the
    // current password for another try.
    void setProblem(const QString &problem);

    // For tests, which cannot click through a file dialog.
    void setCurrentKeyFile(const QString &path);
    void setNewKeyFile(const QString &path);

    void accept() override;

private:
    void chooseCurrentKeyFile();
    void chooseNewKeyFile();
    bool wantsCurrent() const { return m_mode == Mode::Open || m_mode == Mode::ChangePassword; }
    bool wantsNew() const { return m_mode != Mode::Open; }

    Mode m_mode;
    QString m_currentKeyFile;
    QString m_newKeyFile;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_currentKeyFileLabel = nullptr;
    QLabel *m_newKeyFileLabel = nullptr;
    QLabel *m_problem;
};

}  // namespace crosscut::ui
