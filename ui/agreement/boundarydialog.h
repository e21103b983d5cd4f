#pragma once
// Edit boundaries…: the span the consensus coder gets for a disagreement,
// as start and end in code points, checked against the document (start
// before end, both inside its text); the text it covers is shown as it
// changes.

#include "team/disagreements.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace crosscut {
class Project;
}

namespace crosscut::ui {

class BoundaryDialog : public QDialog {
    Q_OBJECT
public:
    BoundaryDialog(Project *project, const team::Disagreement &disagreement, QWidget *parent = nullptr);

    team::Span span() const;
    void setSpan(const team::Span &span);
    bool isValid() const;

    QSpinBox *startBox() const { return m_start; }
    QSpinBox *endBox() const { return m_end; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();

    Project *m_project;
    Id m_document;
    qint64 m_length = 0;
    QSpinBox *m_start;
    QSpinBox *m_end;
    QLabel *m_preview;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

}  // namespace crosscut::ui
