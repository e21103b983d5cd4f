#include "copies/handoutdialog.h"

#include "privacy/passworddialog.h"
#include "project/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace crosscut::ui {

HandoutDialog::HandoutDialog(Project &project, QWidget *parent)
    : QDialog(parent), m_project(project), m_coder(new QComboBox(this)), m_documents(new QListWidget(this)),
      m_blind(new QCheckBox(tr("&Blind: leave out other coders' work"), this)),
      m_encrypt(new QCheckBox(tr("&Encrypt the copy"), this)), m_target(new QLineEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("handoutDialog"));
    setWindowTitle(tr("Hand out a coder copy"));
    auto *intro = new QLabel(tr("A copy of this project for one coder: the codebook and the documents chosen. "
                                "Their work merges back with File → Merge project…."),
                             this);
    intro->setWordWrap(true);
    intro->setMinimumWidth(440);

    m_coder->setObjectName(QStringLiteral("handoutCoder"));
    m_coder->setEditable(true);
    m_coder->setInsertPolicy(QComboBox::NoInsert);
    for (const Coder &c : m_project.coders())
        m_coder->addItem(c.name);
    m_coder->setCurrentText(m_project.currentCoder());

    m_documents->setObjectName(QStringLiteral("handoutDocuments"));
    for (const Document &d : m_project.documents()) {
        auto *item = new QListWidgetItem(d.name, m_documents);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_blind->setObjectName(QStringLiteral("handoutBlind"));
    m_blind->setToolTip(tr("The copy holds none of the other coders' codings or memos, and shows only its coder's work."));
    m_encrypt->setObjectName(QStringLiteral("handoutEncrypt"));
    m_encrypt->setChecked(m_project.isEncrypted());
    m_encrypt->setToolTip(tr("The copy opens only with its own password (asked next) or key file."));
    m_target->setObjectName(QStringLiteral("handoutTarget"));
    m_target->setText(QDir::toNativeSeparators(defaultTarget(m_project.path(), m_coder->currentText())));
    m_target->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAutoDefault(false);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write copy"));

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Coder:"), m_coder);
    form->addRow(tr("&Documents:"), m_documents);
    form->addRow(QString(), m_blind);
    form->addRow(QString(), m_encrypt);
    form->addRow(tr("&Save as:"), targetRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_coder, &QComboBox::currentTextChanged, this, &HandoutDialog::coderEdited);
    connect(m_target, &QLineEdit::textEdited, this, [this] { m_targetEdited = true; });
    connect(browse, &QPushButton::clicked, this, &HandoutDialog::chooseTarget);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HandoutDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString HandoutDialog::defaultTarget(const QString &projectPath, const QString &coder)
{
    const QFileInfo info(projectPath);
    // Characters no file system takes in a name become "_".
    QString safe = coder.trimmed();
    safe.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    if (safe.isEmpty())
        safe = tr("coder");
    return info.absoluteDir().filePath(info.completeBaseName() + u'-' + safe + QStringLiteral(".crosscut"));
}

void HandoutDialog::coderEdited()
{
    if (!m_targetEdited)
        m_target->setText(QDir::toNativeSeparators(defaultTarget(m_project.path(), m_coder->currentText())));
}

void HandoutDialog::chooseTarget()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Hand out a coder copy"),
                                                      QDir::fromNativeSeparators(m_target->text()),
                                                      tr("Crosscut projects (*.crosscut)"));
    if (path.isEmpty())
        return;
    m_target->setText(QDir::toNativeSeparators(path.endsWith(QLatin1String(".crosscut")) ? path
                                                                                         : path + QStringLiteral(".crosscut")));
    m_targetEdited = true;
}

void HandoutDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

team::HandoutOptions HandoutDialog::options() const
{
    team::HandoutOptions options;
    options.coder = m_coder->currentText().trimmed();
    options.outPath = QDir::fromNativeSeparators(m_target->text().trimmed());
    options.blind = m_blind->isChecked();
    for (int i = 0; i < m_documents->count(); ++i)
        if (m_documents->item(i)->checkState() == Qt::Checked)
            options.documents << m_documents->item(i)->text();
    if (options.documents.size() == m_documents->count())
        options.documents.clear();  // every document, also those added meanwhile
    options.outKey = m_key;
    return options;
}

void HandoutDialog::removeNewKeyFile() const
{
    if (m_password)
        m_password->removeNewKeyFile();
}

HandoutDialog::~HandoutDialog() = default;

void HandoutDialog::accept()
{
    const team::HandoutOptions chosen = options();
    if (chosen.coder.isEmpty())
        return setProblem(tr("Name the coder the copy is for."));
    bool anyDocument = false;
    for (int i = 0; i < m_documents->count(); ++i)
        anyDocument = anyDocument || m_documents->item(i)->checkState() == Qt::Checked;
    if (!anyDocument && m_documents->count() > 0)
        return setProblem(tr("Choose at least one document."));
    if (chosen.outPath.isEmpty())
        return setProblem(tr("Choose where to save the copy."));
    if (QFileInfo::exists(chosen.outPath))
        return setProblem(tr("%1 exists already; choose a new file name.").arg(QDir::toNativeSeparators(chosen.outPath)));
    if (QFileInfo(chosen.outPath).absoluteFilePath() == QFileInfo(m_project.path()).absoluteFilePath())
        return setProblem(tr("The copy cannot replace the project itself."));
    // The people quoted are as exposed in a copy as in the project.
    if (m_project.isEncrypted() && !m_encrypt->isChecked()
        && QMessageBox::question(this, windowTitle(),
                                 tr("This project is encrypted, but the copy will not be: anyone who can read %1 can "
                                    "read what it holds. Write it unencrypted anyway?")
                                     .arg(QDir::toNativeSeparators(chosen.outPath)),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return;
    m_key = {};
    m_password.reset();
    if (m_encrypt->isChecked()) {
        // Kept until the copy is written: a key file it created goes if the copy fails.
        m_password = std::make_unique<PasswordDialog>(PasswordDialog::Mode::EncryptCopy, chosen.outPath, this);
        if (m_password->exec() != QDialog::Accepted)
            return;  // back to this dialog
        Result<ProjectKey> key = m_password->newKey();
        if (!key)
            return setProblem(key.message());
        m_key = *key;
    }
    setProblem({});
    QDialog::accept();
}

}  // namespace crosscut::ui
