#include "hub/clonedialog.h"

#include "privacy/passworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace crosscut::ui {

CloneDialog::CloneDialog(const QString &coder, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_coder(new QLineEdit(coder, this)), m_target(new QLineEdit(this)),
      m_encrypt(new QCheckBox(tr("&Encrypt my copy with a password or key file"), this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("cloneDialog"));
    setWindowTitle(tr("Clone from team server"));
    auto *intro = new QLabel(tr("Makes your own copy of a team project. You code in it offline; it syncs with the "
                                "server every minute while the server can be reached."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    m_fields.addTo(form, this);
    m_name->setObjectName(QStringLiteral("serverProjectName"));
    m_coder->setObjectName(QStringLiteral("coderName"));
    m_coder->setToolTip(tr("The coder name your lead gave you on the server"));
    m_target->setObjectName(QStringLiteral("target"));
    m_encrypt->setObjectName(QStringLiteral("encrypt"));
    form->addRow(tr("Project &name on the server:"), m_name);
    form->addRow(tr("&Coder name:"), m_coder);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *where = new QHBoxLayout;
    where->addWidget(m_target, 1);
    where->addWidget(browse);
    auto *whereLabel = new QLabel(tr("Save &as:"), this);
    whereLabel->setBuddy(m_target);  // a layout cannot be a buddy: the path field is
    form->addRow(whereLabel, where);
    form->addRow(QString(), m_encrypt);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&lone"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_targetEdited)
            m_target->setText(QDir::toNativeSeparators(defaultTarget(name)));
    });
    connect(m_target, &QLineEdit::textEdited, this, [this] { m_targetEdited = true; });
    connect(browse, &QPushButton::clicked, this, &CloneDialog::chooseTarget);
    connect(buttons, &QDialogButtonBox::accepted, this, &CloneDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_target->setText(QDir::toNativeSeparators(defaultTarget({})));
    resize(600, sizeHint().height());
}

CloneDialog::~CloneDialog() = default;

QString CloneDialog::defaultTarget(const QString &name)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString safe = name.trimmed();
    safe.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    if (safe.isEmpty())
        safe = tr("team-project");
    return QDir(folder).filePath(safe + QStringLiteral(".crosscut"));
}

void CloneDialog::chooseTarget()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Clone from team server"),
                                                      QDir::fromNativeSeparators(m_target->text()),
                                                      tr("Crosscut projects (*.crosscut)"));
    if (path.isEmpty())
        return;
    m_target->setText(QDir::toNativeSeparators(path.endsWith(QLatin1String(".crosscut")) ? path
                                                                                         : path + QStringLiteral(".crosscut")));
    m_targetEdited = true;
}

hub::CloneOptions CloneDialog::options() const
{
    hub::CloneOptions options;
    options.conninfo = m_fields.conninfo->text().trimmed();
    options.name = m_name->text().trimmed();
    options.coder = m_coder->text().trimmed();
    options.localPath = QDir::fromNativeSeparators(m_target->text().trimmed());
    options.key = m_key;
    return options;
}

QString CloneDialog::password() const { return m_fields.password->text(); }

void CloneDialog::removeNewKeyFile() const
{
    if (m_keyDialog)
        m_keyDialog->removeNewKeyFile();
}

void CloneDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void CloneDialog::accept()
{
    const hub::CloneOptions chosen = options();
    if (chosen.conninfo.isEmpty())
        return setProblem(tr("Give the team server's connection string."));
    if (conninfoHasPassword(chosen.conninfo))
        return setProblem(tr("Leave the password out of the connection string (it would be saved in the project); type "
                             "it in the password field."));
    if (chosen.name.isEmpty())
        return setProblem(tr("Name the project on the server."));
    if (chosen.coder.isEmpty())
        return setProblem(tr("Give the coder name your lead gave you."));
    if (chosen.localPath.isEmpty())
        return setProblem(tr("Choose where to save your copy."));
    if (QFileInfo::exists(chosen.localPath))
        return setProblem(tr("%1 exists already; choose a new file name.").arg(QDir::toNativeSeparators(chosen.localPath)));
    if (!QFileInfo(QFileInfo(chosen.localPath).absolutePath()).isDir())
        return setProblem(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(chosen.localPath).absolutePath())));
    m_key = {};
    m_keyDialog.reset();
    if (m_encrypt->isChecked()) {
        m_keyDialog = std::make_unique<PasswordDialog>(PasswordDialog::Mode::EncryptCopy, chosen.localPath, this);
        if (m_keyDialog->exec() != QDialog::Accepted)
            return;
        Result<ProjectKey> key = m_keyDialog->newKey();
        if (!key)
            return setProblem(key.message());
        m_key = *key;
    }
    setProblem({});
    QDialog::accept();
}

}  // namespace crosscut::ui
