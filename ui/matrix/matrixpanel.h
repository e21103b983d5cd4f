#pragma once
// Matrix panel: choose rows and columns (dimension, codes, attribute,
// documents, cases), unit, normalisation and a coder filter; see the matrix
// with heat-map shading; click a cell to read its quotes; export CSV or XLSX.
//
// Signals for the workbench:
//   showQuotesRequested(quoteIds, title)  a cell was clicked; the ids are the
//                                         engine's drill-down for that cell.
//                                         Connect to RetrievalPanel::showQuotes.
//   requestChanged(request)               the matrix shown changed; connect to
//                                         ChartsPanel::setRequest to chart it.
// The panel recomputes on Project::changed when codings, codes, documents,
// cases or attributes changed.

#include "analysis/matrix.h"
#include "analysis/snapshot.h"

#include "widgets/deferredrefresh.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace crosscut {
class Project;
struct ChangeList;
}

namespace crosscut::ui {

class AxisPicker;
class MatrixModel;

class MatrixPanel : public DeferredPanel {
    Q_OBJECT
public:
    explicit MatrixPanel(crosscut::Project *project, QWidget *parent = nullptr);

    analysis::MatrixRequest request() const;
    // Pixels the table lacks to show every row without scrolling (0 when
    // it shows them all).
    int missingHeight() const;
    void setRequest(const analysis::MatrixRequest &request);
    const analysis::MatrixResult &result() const;
    QString errorText() const;

    QTableView *view() const { return m_view; }
    MatrixModel *model() const { return m_model; }
    QComboBox *unitBox() const { return m_unit; }
    QComboBox *normalizationBox() const { return m_normalization; }
    QComboBox *coderBox() const { return m_coder; }

    // Writes the matrix shown: .xlsx (with a sheet of the cells' quotes) or CSV.
    Status exportTo(const QString &path);

public Q_SLOTS:
    void recompute();

Q_SIGNALS:
    void showQuotesRequested(const QList<crosscut::Id> &quoteIds, const QString &title);
    void requestChanged(const crosscut::analysis::MatrixRequest &request);

protected:
    void refreshStale() override;

private:
    void onChanged(const crosscut::ChangeList &changes);
    void fillCoders();
    void cellClicked(const QModelIndex &index);
    void exportClicked();

    Project *m_project;
    AxisPicker *m_rows;
    AxisPicker *m_columns;
    QComboBox *m_unit;
    QComboBox *m_normalization;
    QComboBox *m_coder;
    QPushButton *m_export;
    QLabel *m_status;
    QTableView *m_view;
    MatrixModel *m_model;
    bool m_building = false;
    // The snapshot the first matrix was chosen from, kept for its first
    // computation so opening a project reads the codings once; dropped
    // when the project changes.
    std::optional<analysis::Snapshot> m_openingSnapshot;
};

}  // namespace crosscut::ui
