#include "hub/publishdialog.h"

#include "project/project.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace crosscut::ui {

PublishDialog::PublishDialog(const Project &project, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(project.name(), this)),
      m_blind(new QCheckBox(tr("&Blind coding: coders see only their own coding until I release it"), this)),
      m_problem(new QLabel(this)), m_coder(project.currentCoder())
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish to team server"));
    auto *intro = new QLabel(tr("Uploads this project to a PostgreSQL team server. You become its lead; this file "
                                "becomes your copy, synced with the server. Add the coders afterwards in Team status."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    m_fields.addTo(form, this);
    m_name->setObjectName(QStringLiteral("serverProjectName"));
    form->addRow(tr("Project &name on the server:"), m_name);
    form->addRow(QString(), m_blind);
    m_blind->setObjectName(QStringLiteral("blind"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PublishDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

hub::PublishOptions PublishDialog::options() const
{
    hub::PublishOptions options;
    options.conninfo = m_fields.conninfo->text().trimmed();
    options.name = m_name->text().trimmed();
    options.coder = m_coder;
    options.blind = m_blind->isChecked();
    return options;
}

QString PublishDialog::password() const { return m_fields.password->text(); }

void PublishDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void PublishDialog::accept()
{
    const hub::PublishOptions chosen = options();
    if (chosen.conninfo.isEmpty())
        return setProblem(tr("Give the team server's connection string."));
    if (conninfoHasPassword(chosen.conninfo))
        return setProblem(tr("Leave the password out of the connection string (it would be saved in the project); type "
                             "it in the password field."));
    if (chosen.name.isEmpty())
        return setProblem(tr("Name the project on the server."));
    setProblem({});
    QDialog::accept();
}

}  // namespace crosscut::ui
