#pragma once
// File → Export → Evaluation report…: every choice of the report in one
// dialog (title page, matrices, quotes per cell, sections, which cases
// count, redaction, format and file) before it is written. OK hands the
// options and path to a writer (ExportActions::exportReport) and closes
// only when the report was written, so a refused path can be corrected.

#include "render/reportdata.h"

#include <QDialog>
#include <QList>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace crosscut {
class Project;
}

namespace crosscut::ui {

class MatrixSpecRow;

class ReportDialog : public QDialog {
    Q_OBJECT
public:
    // Writes the report; false (with the error shown by the writer) keeps the dialog open.
    using Writer = std::function<bool(const QString &path, const render::ReportOptions &options)>;

    explicit ReportDialog(Project &project, QWidget *parent = nullptr);

    // Fills every field; an empty path gives defaultPath() for the format chosen.
    void setChoices(const render::ReportOptions &options, const QString &path);
    render::ReportOptions options() const;
    // The report file, with the suffix of the chosen format.
    QString path() const;
    void setWriter(Writer writer) { m_writer = std::move(writer); }

    // Beside the project file: "<project> report.<format>".
    static QString defaultPath(const Project &project, const QString &format);
    // The report's default axes (as collectReport picks them): Leadership ×
    // Population served, else the first two dimensions, else the first × documents.
    static render::ReportMatrixSpec defaultMatrix(Project &project);

    void accept() override;

private:
    MatrixSpecRow *addMatrix(const render::ReportMatrixSpec &spec);
    void removeMatrix(MatrixSpecRow *row);
    void renumberMatrices();
    void fillRoleAttributes();
    void showRoleValues();
    void formatChosen();
    void pathEdited();
    void browse();
    QString chosenFormat() const;

    Project &m_project;
    Writer m_writer;
    QLineEdit *m_title;
    QLineEdit *m_subtitle;
    QLineEdit *m_organisation;
    QLineEdit *m_author;
    QVBoxLayout *m_matrixLayout;
    QList<MatrixSpecRow *> m_matrices;
    QPushButton *m_addMatrix;
    QSpinBox *m_quotesPerCell;
    QList<QCheckBox *> m_sections;  // in the order of sectionChoices()
    QComboBox *m_roleAttribute;
    QLineEdit *m_excludedRoles;
    QLabel *m_roleValues;
    QCheckBox *m_redact;
    QComboBox *m_format;
    QLineEdit *m_path;
    QPushButton *m_browse;
};

}  // namespace crosscut::ui
