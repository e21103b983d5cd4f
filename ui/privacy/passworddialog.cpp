#include "privacy/passworddialog.h"
#include "widgets/scriptfonts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace crosscut::ui {

namespace {
QLineEdit *passwordEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMinimumWidth(260);
    return edit;
}
}  // namespace

PasswordDialog::PasswordDialog(Mode mode, const QString &projectPath, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    const QString file = QFileInfo(projectPath).fileName();
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setMinimumWidth(460);  // a wrapped label's height follows a known width
    switch (mode) {
    case Mode::Open:
        setWindowTitle(tr("Encrypted project"));
        intro->setText(tr("%1 is encrypted. Enter its password, or use its key file.").arg(file.toHtmlEscaped()));
        break;
    case Mode::Encrypt:
        setWindowTitle(tr("Encrypt project"));
        intro->setText(
            tr("<p>%1 will be encrypted: without its password (or key file) nobody can open it, and "
               "<b>neither can you: a lost password cannot be recovered</b>.</p>"
               "<p>The unencrypted project may remain in the disk's free space, and in any backup or copy "
               "made before. Where that matters, create an encrypted project before the first document "
               "goes in.</p>")
                .arg(file.toHtmlEscaped()));
        break;
    case Mode::EncryptCopy:
        setWindowTitle(tr("Encrypt the copy"));
        intro->setText(tr("<p>%1 will be encrypted with a password of its own (or a key file): give it to the coder "
                          "apart from the file. <b>A lost password cannot be recovered.</b></p>")
                           .arg(file.toHtmlEscaped()));
        break;
    case Mode::ChangePassword:
        setWindowTitle(tr("Change password"));
        intro->setText(tr("<p>Enter the current password of %1 (or use its key file), then the new one twice. "
                          "<b>A lost password cannot be recovered.</b></p>")
                           .arg(file.toHtmlEscaped()));
        break;
    }
    intro->setMinimumHeight(intro->heightForWidth(intro->minimumWidth()));
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    if (wantsCurrent()) {
        m_current = passwordEdit(QStringLiteral("currentPassword"), this);
        form->addRow(mode == Mode::Open ? tr("&Password:") : tr("&Current password:"), m_current);
        auto *keyFile = new QPushButton(tr("Use a &key file…"), this);
        keyFile->setObjectName(QStringLiteral("currentKeyFile"));
        keyFile->setAutoDefault(false);
        connect(keyFile, &QPushButton::clicked, this, &PasswordDialog::chooseCurrentKeyFile);
        m_currentKeyFileLabel = new QLabel(this);
        m_currentKeyFileLabel->setWordWrap(true);
        form->addRow(keyFile, m_currentKeyFileLabel);
    }
    if (wantsNew()) {
        m_new = passwordEdit(QStringLiteral("newPassword"), this);
        m_repeat = passwordEdit(QStringLiteral("repeatPassword"), this);
        form->addRow(tr("&New password:"), m_new);
        form->addRow(tr("&Repeat it:"), m_repeat);
        auto *keyFile = new QPushButton(tr("Create a new key &file instead…"), this);
        keyFile->setObjectName(QStringLiteral("newKeyFile"));
        keyFile->setAutoDefault(false);
        connect(keyFile, &QPushButton::clicked, this, &PasswordDialog::chooseNewKeyFile);
        m_newKeyFileLabel = new QLabel(this);
        m_newKeyFileLabel->setWordWrap(true);
        form->addRow(keyFile, m_newKeyFileLabel);
    }
    layout->addLayout(form);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;") + scriptFontsCss());
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Open ? tr("&Open") : (mode == Mode::Encrypt || mode == Mode::EncryptCopy) ? tr("&Encrypt") : tr("C&hange"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    // What is typed next makes the last complaint stale.
    for (QLineEdit *edit : {m_current, m_new, m_repeat})
        if (edit)
            connect(edit, &QLineEdit::textEdited, m_problem, &QLabel::hide);
    if (m_current)
        m_current->setFocus();
    else
        m_new->setFocus();
}

Result<ProjectKey> PasswordDialog::currentKey() const
{
    if (!m_currentKeyFile.isEmpty())
        return ProjectKey::fromKeyFile(m_currentKeyFile);
    if (!m_current || m_current->text().isEmpty())
        return makeError(ErrorKind::Invalid, tr("Enter the password."));
    return ProjectKey::fromPassword(m_current->text());
}

Result<ProjectKey> PasswordDialog::newKey() const
{
    if (!m_newKeyFile.isEmpty())
        return ProjectKey::createKeyFile(m_newKeyFile);
    if (!m_new || m_new->text().isEmpty())
        return makeError(ErrorKind::Invalid, tr("Enter the new password."));
    return ProjectKey::fromPassword(m_new->text());
}

void PasswordDialog::removeNewKeyFile() const
{
    if (!m_newKeyFile.isEmpty())
        QFile::remove(m_newKeyFile);
}

void PasswordDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (m_current && m_currentKeyFile.isEmpty()) {
        m_current->clear();
        m_current->setFocus();
    }
}

void PasswordDialog::setCurrentKeyFile(const QString &path)
{
    m_currentKeyFile = path;
    if (m_current)
        m_current->setEnabled(path.isEmpty());
    if (m_currentKeyFileLabel)
        m_currentKeyFileLabel->setText(QDir::toNativeSeparators(path));
}

void PasswordDialog::setNewKeyFile(const QString &path)
{
    m_newKeyFile = path;
    if (m_new) {
        m_new->setEnabled(path.isEmpty());
        m_repeat->setEnabled(path.isEmpty());
    }
    if (m_newKeyFileLabel)
        m_newKeyFileLabel->setText(
            path.isEmpty() ? QString()
                           : tr("%1 — keep it apart from the project, and a copy of it somewhere safe")
                                 .arg(QDir::toNativeSeparators(path)));
}

void PasswordDialog::chooseCurrentKeyFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Key file"));
    if (!path.isEmpty())
        setCurrentKeyFile(path);
}

void PasswordDialog::chooseNewKeyFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New key file"), QString(),
                                                      tr("Key files (*.key);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        setProblem(tr("%1 exists already; a key file is never overwritten.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    setNewKeyFile(path);
}

void PasswordDialog::accept()
{
    if (wantsCurrent() && m_currentKeyFile.isEmpty() && m_current->text().isEmpty()) {
        setProblem(m_mode == Mode::Open ? tr("Enter the password.") : tr("Enter the current password."));
        return;
    }
    if (wantsNew() && m_newKeyFile.isEmpty()) {
        if (m_new->text().isEmpty()) {
            m_problem->setText(tr("Enter the new password."));
            m_problem->show();
            m_new->setFocus();
            return;
        }
        if (m_new->text() != m_repeat->text()) {
            m_problem->setText(tr("The two new passwords differ."));
            m_problem->show();
            m_repeat->clear();
            m_repeat->setFocus();
            return;
        }
    }
    if (wantsNew() && !m_newKeyFile.isEmpty() && QFileInfo::exists(m_newKeyFile)) {
        m_problem->setText(tr("%1 exists already; a key file is never overwritten.")
                               .arg(QDir::toNativeSeparators(m_newKeyFile)));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

}  // namespace crosscut::ui
