#include "settings/settingsdialog.h"

#include "settings/appsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace crosscut::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_fontSize(new QSpinBox(this)), m_snap(new QCheckBox(this)), m_coder(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    m_fontSize->setRange(0, 36);
    m_fontSize->setSpecialValueText(tr("System default"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(AppSettings::fontSize());
    m_snap->setText(tr("Snap selections to whole words"));
    m_snap->setChecked(AppSettings::snapToWords());
    m_coder->setObjectName(QStringLiteral("coderName"));
    m_coder->setText(AppSettings::coderName());
    m_coder->setPlaceholderText(tr("Your name, recorded on every coding"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Document font size:"), m_fontSize);
    form->addRow(QString(), m_snap);
    form->addRow(tr("Coder:"), m_coder);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::save() const
{
    AppSettings::setFontSize(m_fontSize->value());
    AppSettings::setSnapToWords(m_snap->isChecked());
    AppSettings::setCoderName(m_coder->text().trimmed());
}

}  // namespace crosscut::ui
