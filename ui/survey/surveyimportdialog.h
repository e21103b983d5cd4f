#pragma once
// File → Import survey…: a preview of the first rows of a CSV or XLSX
// survey where each column is given a use — the respondents' identifier, a
// closed answer (a case attribute of the detected type, which can be
// changed), an open answer (text to code), or skipped — and a wave. Import
// runs survey::importSurvey as one undoable operation; a refusal is shown in
// the dialog in words and changes nothing.

#include "survey/surveyimport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace crosscut {
class Project;
}

namespace crosscut::ui {

class SurveyImportDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 50;

    explicit SurveyImportDialog(Project *project, QWidget *parent = nullptr);

    // Reads the file into the preview; false (and the reason shown) when it
    // cannot be read.
    bool loadFile(const QString &path);

    QTableWidget *preview() const { return m_preview; }
    QComboBox *roleBox(int column) const;
    QComboBox *typeBox(int column) const;
    QLineEdit *waveEdit() const { return m_wave; }
    QPushButton *importButton() const { return m_import; }
    QString problem() const { return m_problemText; }
    const survey::SurveyImportReport &report() const { return m_report; }
    // The plan the combo boxes describe.
    QList<survey::ColumnPlan> plan() const;

private:
    void runImport();
    void roleChanged(int column);
    void showProblem(const QString &text);

    Project *m_project;
    survey::SurveyTable m_table;
    QLabel *m_file;
    QTableWidget *m_preview;
    QLineEdit *m_wave;
    QLabel *m_problem;
    QPushButton *m_import;
    QString m_problemText;
    QList<QComboBox *> m_roles;
    QList<QComboBox *> m_types;
    survey::SurveyImportReport m_report;
};

}  // namespace crosscut::ui
