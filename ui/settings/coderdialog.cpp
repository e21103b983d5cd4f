#include "settings/coderdialog.h"

#include "project/project.h"
#include "settings/appsettings.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace crosscut::ui {

CoderDialog::CoderDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("coderDialog"));
    setWindowTitle(tr("Who is coding?"));
    auto *explain = new QLabel(tr("Your name is recorded on every coding and memo you make, so that a team's "
                                  "codings can be told apart and compared. You can change it later in "
                                  "Edit → Settings or by clicking it in the status bar."),
                               this);
    explain->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("coderName"));
    m_name->setPlaceholderText(tr("Your name or initials"));
    // The system's user name is a good first guess; the placeholder "coder" is not.
    const QString guess = Project::defaultCoderName();
    m_name->setText(!AppSettings::coderName().isEmpty()       ? AppSettings::coderName()
                    : guess != QLatin1String("coder") ? guess
                                                              : QString());
    m_name->selectAll();
    m_name->setMaxLength(80);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A coder needs a name: OK waits for one.
    auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_name);
    layout->addWidget(m_buttons);
    resize(420, sizeHint().height());
}

QString CoderDialog::name() const { return m_name->text().simplified(); }

QString CoderDialog::ask(QWidget *parent)
{
    CoderDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted || dialog.name().isEmpty())
        return {};
    AppSettings::setCoderName(dialog.name());
    return dialog.name();
}

CoderStatus::CoderStatus(QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("coderStatus"));
    setAutoRaise(true);
    setToolTip(tr("Codings are recorded under this name. Click to change it."));
    connect(this, &QToolButton::clicked, this, [this] {
        const QString name = CoderDialog::ask(window());
        if (!name.isEmpty())
            Q_EMIT coderChosen(name);
    });
    hide();
}

void CoderStatus::showCoder(const QString &name)
{
    setText(tr("Coder: %1").arg(name));
    setVisible(!name.isEmpty());
}

}  // namespace crosscut::ui
