#pragma once
// Picks one axis of a matrix: a dimension, a list of codes, an attribute,
// the documents or the cases (analysis::AxisSpec).

#include "analysis/matrix.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace crosscut {
class Project;
}

namespace crosscut::ui {

class AxisPicker : public QWidget {
    Q_OBJECT
public:
    explicit AxisPicker(Project *project, QWidget *parent = nullptr);

    analysis::AxisSpec spec() const;
    void setSpec(const analysis::AxisSpec &spec);
    // Re-reads dimensions and attributes from the project, keeping the choice.
    void reloadChoices();

Q_SIGNALS:
    void specChanged();

private:
    void updateVisibility();

    Project *m_project;
    QComboBox *m_kind;
    QComboBox *m_choice;  // dimension or attribute
    QLineEdit *m_codes;   // codes: PATH,PATH,…
};

}  // namespace crosscut::ui
