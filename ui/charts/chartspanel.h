#pragma once
// Charts panel: the matrix chosen in the matrix panel (or set here) as a bar
// chart (one group per row, one bar per column), a stacked bar chart, a
// heat map, or grouped bars of group averages (rows = a case attribute,
// columns = codes or a dimension: the mean per case of the group of quotes
// carrying each code, analysis/groupcomparison.h). Saved as PNG or SVG.
//
// Slots the workbench calls:
//   setRequest(request)  chart this matrix; connect MatrixPanel::requestChanged.
// The chart is recomputed on Project::changed when codings, codes,
// documents, cases or attributes changed.

#include "analysis/matrix.h"

#include "widgets/deferredrefresh.h"

#include <QWidget>

class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace crosscut {
class Project;
struct ChangeList;
}

namespace crosscut::ui {

class HeatMapView;

class ChartsPanel : public DeferredPanel {
    Q_OBJECT
public:
    enum class Kind { Bar, StackedBar, GroupAverages, HeatMap };

    explicit ChartsPanel(crosscut::Project *project, QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const;
    QChartView *chartView() const { return m_chartView; }
    HeatMapView *heatMap() const { return m_heatMap; }
    QString message() const;

    // Saves the chart shown: SVG for a .svg path, otherwise PNG (atomically).
    Status saveImage(const QString &path, QSize size = QSize(1000, 700));

public Q_SLOTS:
    void setRequest(const crosscut::analysis::MatrixRequest &request);
    void rebuild();

protected:
    void refreshStale() override;

private:
    void onChanged(const crosscut::ChangeList &changes);
    void buildBars(const analysis::MatrixResult &matrix, bool stacked);
    Status buildGroupAverages(const analysis::MatrixResult &matrix);
    void saveClicked();
    QWidget *currentView() const;

    Project *m_project;
    std::optional<analysis::MatrixRequest> m_request;
    QComboBox *m_kind;
    QCheckBox *m_codeColours;  // off: the colour-blind-safe palette
    QPushButton *m_save;
    QLabel *m_message;
    QStackedWidget *m_stack;
    QChartView *m_chartView;
    HeatMapView *m_heatMap;
};

}  // namespace crosscut::ui
