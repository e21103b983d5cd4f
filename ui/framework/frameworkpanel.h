#pragma once
// Framework panel (issue #19): the framework matrix — cases or documents ×
// the values of a dimension or a list of codes. Each cell shows the
// analyst's summary and how many quotes support it; a cell with neither is
// shaded as a gap. Selecting a cell lists its quotes (double-click opens one
// in the document), its summary in an editor (Save writes one undoable
// operation) and the summary's earlier texts. Export writes XLSX, DOCX, CSV
// or Markdown by the file's suffix.
//
// Follows Project::changed: a change to summaries alone re-reads the
// summaries only; codings, codes, documents or cases recompute the grid
// (deferred while the tab is hidden).

#include "analysis/framework.h"

#include "widgets/deferredrefresh.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace crosscut {
class Project;
struct ChangeList;
}

namespace crosscut::ui {

class AxisPicker;

class FrameworkPanel : public DeferredPanel {
    Q_OBJECT
public:
    explicit FrameworkPanel(crosscut::Project *project, QWidget *parent = nullptr);

    analysis::FrameworkRequest request() const;
    void setRequest(const analysis::FrameworkRequest &request);
    const analysis::FrameworkResult &result() const { return m_result; }
    QString errorText() const;

    QTableWidget *grid() const { return m_grid; }
    QListWidget *quoteList() const { return m_quotes; }
    QPlainTextEdit *summaryEditor() const { return m_editor; }
    QPushButton *saveButton() const { return m_save; }
    QListWidget *historyList() const { return m_history; }

    // Selects cell (row, column) of the grid and shows its details.
    void selectCell(int row, int column);
    Status exportTo(const QString &path);

public Q_SLOTS:
    void recompute();

Q_SIGNALS:
    void openQuoteRequested(crosscut::Id document, qint64 start, qint64 end);

protected:
    void refreshStale() override;

private:
    void onChanged(const crosscut::ChangeList &changes);
    void fillGrid();
    void showCell();
    void saveSummary();
    void exportClicked();

    Project *m_project;
    QComboBox *m_rows;
    AxisPicker *m_columns;
    QPushButton *m_export;
    QLabel *m_status;
    QTableWidget *m_grid;
    QLabel *m_cellTitle;
    QListWidget *m_quotes;
    QPlainTextEdit *m_editor;
    QPushButton *m_save;
    QListWidget *m_history;
    analysis::FrameworkResult m_result;
    QString m_error;
    int m_row = -1;
    int m_column = -1;
    bool m_building = false;
};

}  // namespace crosscut::ui
