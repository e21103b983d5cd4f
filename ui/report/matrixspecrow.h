#pragma once
// One matrix of the report dialog: rows × columns (the matrix panel's axis
// pickers), the unit counted and the shares shown, and a button that
// removes it. The first matrix of a report always counts quotes with row
// shares (ReportOptions has no unit for it), so its unit and shares are
// shown but fixed.

#include "render/reportdata.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace crosscut {
class Project;
}

namespace crosscut::ui {

class AxisPicker;

class MatrixSpecRow : public QWidget {
    Q_OBJECT
public:
    MatrixSpecRow(Project *project, bool first, QWidget *parent = nullptr);

    // Axis specs as the CLI spells them ("dimension:Leadership"); an axis
    // with nothing chosen gives an empty string.
    render::ReportMatrixSpec spec() const;
    void setSpec(const render::ReportMatrixSpec &spec);
    void setNumber(int number);

    AxisPicker *rowsPicker() const { return m_rows; }
    AxisPicker *columnsPicker() const { return m_columns; }
    QComboBox *unitBox() const { return m_unit; }
    QComboBox *normalisationBox() const { return m_normalisation; }
    QToolButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void removeRequested();

private:
    QLabel *m_number;
    AxisPicker *m_rows;
    AxisPicker *m_columns;
    QComboBox *m_unit;
    QComboBox *m_normalisation;
    QToolButton *m_remove;
};

}  // namespace crosscut::ui
