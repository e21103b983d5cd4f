#pragma once
// The Network tab: the collaboration network of the cases (organisations)
// drawn by network::computeLayout and render::drawNetwork, coloured by a
// chosen case attribute and sized by ties, for all waves, one wave, or the
// waves side by side at the same positions ("Compare waves"); clicking a
// case shows its name, attributes, ties and betweenness per wave and the
// quotes of its documents and answers. A second tab draws the three
// measures per group with the waves side by side (average ties, average
// ratio of cross-group ties, E-I index).
//
// Signals for the workbench:
//   openQuoteRequested(documentId, start, end)  a quote was double-clicked
//                                               (code points).
// The panel draws when it is first shown and follows Project::changed: ties, cases and case attributes
// redraw; quotes and codings only refresh the selected case's quotes.

#include "analysis/snapshot.h"
#include "model/entities.h"
#include "network/network.h"
#include "util/result.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace crosscut {
class Project;
struct ChangeList;
}

namespace crosscut::ui {

class ChartCanvas;
class NetworkCanvas;

class NetworkPanel : public QWidget {
    Q_OBJECT
public:
    explicit NetworkPanel(crosscut::Project *project, QWidget *parent = nullptr);

    QComboBox *attributeBox() const { return m_attribute; }
    QComboBox *waveBox() const { return m_wave; }
    QComboBox *kindBox() const { return m_kind; }
    NetworkCanvas *canvas() const { return m_canvas; }
    QLabel *hintLabel() const { return m_hint; }
    QLabel *caseNameLabel() const { return m_caseName; }
    QLabel *caseFactsLabel() const { return m_caseFacts; }
    QTableWidget *attributeTable() const { return m_attributes; }
    QListWidget *quoteList() const { return m_quotes; }
    QTabWidget *views() const { return m_views; }
    QList<ChartCanvas *> charts() const { return m_charts; }
    // True while the hint replaces the drawing (no ties in the project).
    bool showsHint() const;

    void selectCase(std::optional<Id> caseId);
    // Selects the case with the most ties in the last wave drawn (screenshots, a first look).
    void selectBestConnectedCase();
    std::optional<Id> selectedCase() const { return m_selected; }

    // The drawing as shown (all its panels) to a .png or .svg.
    Status exportDrawing(const QString &path);
    // The three charts: PATH's stem + "-mean_ties", "-cross_ratio", "-ei_index".
    Status exportCharts(const QString &path);

Q_SIGNALS:
    void openQuoteRequested(crosscut::Id documentId, qint64 start, qint64 end);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onChanged(const crosscut::ChangeList &changes);
    // Reads the choices and redraws now when shown, else when next shown:
    // a hidden tab lays out nothing.
    void refresh();
    void reloadChoices();
    void rebuild();
    void showDetails();
    void exportDrawingClicked();
    void exportChartsClicked();

    Project *m_project;
    QComboBox *m_attribute;
    QComboBox *m_wave;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QPushButton *m_exportDrawing;
    QPushButton *m_exportCharts;
    QStackedWidget *m_stack;
    QLabel *m_hint;
    QTabWidget *m_views;
    NetworkCanvas *m_canvas;
    QLabel *m_caseName;
    QLabel *m_caseFacts;
    QTableWidget *m_attributes;
    QListWidget *m_quotes;
    QList<ChartCanvas *> m_charts;
    // Per drawn panel: its wave's label and node measures by case.
    QStringList m_panelTitles;
    QList<QHash<Id, network::NodeMeasures>> m_nodeMeasures;
    std::optional<Id> m_selected;
    std::shared_ptr<analysis::Snapshot> m_snapshot;  // for a case's quotes; dropped when they change
    bool m_reloading = false;
    bool m_stale = true;  // changed while hidden
};

}  // namespace crosscut::ui
