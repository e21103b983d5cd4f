#pragma once
// The Code relations tab (issue #19, item 4): the co-occurrence the CLI
// computes (analysis/cooccurrence.h) as a code × code table — counts of
// overlapping quote pairs or Jaccard — beside a network of the codes linked
// when they co-occur at least `threshold` times (until the user sets it, the
// lowest threshold that draws at most two links per code). Click a cell to read the
// quotes coded with both.
//
// Signals for the workbench:
//   showQuotesRequested(quoteIds, title)  a cell was clicked; the ids are
//                                         core's quotesCodedWithBoth.
// The panel recomputes on Project::changed when codings, quotes, codes or
// documents changed.

#include "analysis/cooccurrence.h"
#include "analysis/snapshot.h"
#include "widgets/deferredrefresh.h"

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace crosscut {
class Project;
struct ChangeList;
}

namespace crosscut::ui {

class CodeNetworkView;
class RelationsModel;

class RelationsPanel : public DeferredPanel {
    Q_OBJECT
public:
    explicit RelationsPanel(crosscut::Project *project, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    RelationsModel *model() const { return m_model; }
    QComboBox *measureBox() const { return m_measure; }
    QSpinBox *thresholdBox() const { return m_threshold; }
    CodeNetworkView *networkView() const { return m_network; }

public Q_SLOTS:
    void recompute();

Q_SIGNALS:
    void showQuotesRequested(const QList<crosscut::Id> &quoteIds, const QString &title);

protected:
    void refreshStale() override;

private:
    void onChanged(const crosscut::ChangeList &changes);
    void relayout();
    void cellClicked(const QModelIndex &index);

    Project *m_project;
    QComboBox *m_measure;
    QSpinBox *m_threshold;
    QLabel *m_status;
    QTableView *m_view;
    RelationsModel *m_model;
    CodeNetworkView *m_network;
    bool m_thresholdChosen = false;   // by the user; until then readableThreshold()
    bool m_settingThreshold = false;
    std::optional<analysis::Snapshot> m_snapshot;  // what the table shows, for its drill-down
};

}  // namespace crosscut::ui
