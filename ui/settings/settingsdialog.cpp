#include "settings/settingsdialog.h"

#include "settings/appsettings.h"
#include "settings/uilanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace crosscut::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_fontSize(new QSpinBox(this)), m_snap(new QCheckBox(this)), m_coder(new QLineEdit(this)),
      m_language(new QComboBox(this)), m_restartNote(new QLabel(this))
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
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    for (const UiLanguage &language : availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    const int current = m_language->findData(AppSettings::language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setText(tr("The new language applies when Crosscut is started again."));
    m_restartNote->setWordWrap(true);
    m_restartNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_restartNote->setVisible(languageChanged()); });
    auto *form = new QFormLayout(this);
    form->addRow(tr("Document font size:"), m_fontSize);
    form->addRow(QString(), m_snap);
    form->addRow(tr("Coder:"), m_coder);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), m_restartNote);
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
    AppSettings::setLanguage(m_language->currentData().toString());
}

bool SettingsDialog::languageChanged() const { return m_language->currentData().toString() != AppSettings::language(); }

}  // namespace crosscut::ui
