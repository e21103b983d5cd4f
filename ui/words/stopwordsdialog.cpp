#include "words/stopwordsdialog.h"

#include "project/project.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace crosscut::ui {

QString StopWordsDialog::languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return StopWordsDialog::tr("English");
    if (code == QLatin1String("ru"))
        return StopWordsDialog::tr("Russian");
    if (code == QLatin1String("uk"))
        return StopWordsDialog::tr("Ukrainian");
    if (code == QLatin1String("fr"))
        return StopWordsDialog::tr("French");
    if (code == QLatin1String("es"))
        return StopWordsDialog::tr("Spanish");
    if (code == QLatin1String("id"))
        return StopWordsDialog::tr("Indonesian");
    return code;
}

StopWordsDialog::StopWordsDialog(Project *project, QWidget *parent)
    : QDialog(parent), m_project(project), m_added(new QPlainTextEdit(this)), m_removed(new QPlainTextEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Stop words"));
    const text::StopWordSettings current = text::stopWordSettings(*project);
    const QStringList active = text::effectiveStopWordLanguages(*project);

    auto *languages = new QGroupBox(tr("Shipped lists"), this);
    auto *grid = new QGridLayout(languages);
    int i = 0;
    for (const QString &code : text::stopWordLanguages()) {
        auto *box = new QCheckBox(languageName(code), languages);
        box->setObjectName(QStringLiteral("language_") + code);
        box->setChecked(active.contains(code));
        m_languages.append(box);
        grid->addWidget(box, i / 3, i % 3);
        ++i;
    }
    m_added->setObjectName(QStringLiteral("added"));
    m_removed->setObjectName(QStringLiteral("removed"));
    m_added->setPlainText(current.added.join(u'\n'));
    m_removed->setPlainText(current.removed.join(u'\n'));
    m_added->setPlaceholderText(tr("One word a line, e.g. interviewer"));
    m_removed->setPlaceholderText(tr("Shipped stop words to count after all, e.g. we"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #B00020"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Also leave out:"), m_added);
    form->addRow(tr("Count after all:"), m_removed);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StopWordsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StopWordsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Stop words are left out of word counts, and phrases neither begin nor end on one. "
                               "Without a choice, the languages of the documents apply (a document attribute "
                               "\"Language\"), else English."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(languages);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QCheckBox *StopWordsDialog::languageBox(const QString &code) const
{
    const qsizetype at = text::stopWordLanguages().indexOf(code);
    return at >= 0 ? m_languages.value(at) : nullptr;
}

QString StopWordsDialog::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

text::StopWordSettings StopWordsDialog::settings() const
{
    text::StopWordSettings s;
    s.chosen = true;  // no list ticked means none, not the default
    for (qsizetype i = 0; i < m_languages.size(); ++i)
        if (m_languages[i]->isChecked())
            s.languages.append(text::stopWordLanguages().at(i));
    s.added = m_added->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    s.removed = m_removed->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    return s;
}

void StopWordsDialog::accept()
{
    if (Status status = text::setStopWordSettings(*m_project, settings()); !status) {
        m_error->setText(status.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

}  // namespace crosscut::ui
