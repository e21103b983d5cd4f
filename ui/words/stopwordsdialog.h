#pragma once
// Edit stop words…: which shipped lists apply (English, Russian, Ukrainian,
// French, Spanish, Indonesian) and the project's own additions and removals,
// one word a line. Accepting stores them as one undoable operation.

#include "text/stopwords.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace crosscut {
class Project;
}

namespace crosscut::ui {

class StopWordsDialog : public QDialog {
    Q_OBJECT
public:
    StopWordsDialog(Project *project, QWidget *parent = nullptr);

    // "English", "Russian", … translated.
    static QString languageName(const QString &code);

    text::StopWordSettings settings() const;
    QCheckBox *languageBox(const QString &code) const;
    QPlainTextEdit *addedEdit() const { return m_added; }
    QPlainTextEdit *removedEdit() const { return m_removed; }
    QString errorText() const;

    void accept() override;

private:
    Project *m_project;
    QList<QCheckBox *> m_languages;
    QPlainTextEdit *m_added;
    QPlainTextEdit *m_removed;
    QLabel *m_error;
};

}  // namespace crosscut::ui
