#pragma once
// Retrieval panel: the quotes carrying a code, or some (OR) or all (AND) of
// several checked codes, or a given list of quotes (a matrix cell's
// drill-down), with document, speaker, text and context; filtered by coder,
// document and document attribute; exported as XLSX, DOCX, HTML or CSV.
//
// Signals for the workbench:
//   openQuoteRequested(documentId, start, end)  a quote was clicked; positions
//                                               are code points, end-exclusive.
// Slots the workbench calls:
//   showCodes(codeIds, combine)   list the quotes of these codes
//   showQuotes(quoteIds, title)   list exactly these quotes (MatrixPanel's
//                                 showQuotesRequested connects here)
// The panel refreshes itself on Project::changed.

#include "coders/coderfilter.h"
#include "retrieval/quotequery.h"

#include "widgets/deferredrefresh.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPushButton;
class QTableView;

namespace crosscut {
class Project;
struct ChangeList;
}

namespace crosscut::ui {

class RetrievalModel;

class RetrievalPanel : public DeferredPanel {
    Q_OBJECT
public:
    explicit RetrievalPanel(crosscut::Project *project, QWidget *parent = nullptr);

    RetrievalModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QListWidget *codeList() const { return m_codeList; }
    QComboBox *combineBox() const { return m_combine; }
    QComboBox *coderBox() const { return m_coder; }
    QComboBox *documentBox() const { return m_document; }
    QComboBox *attributeBox() const { return m_attribute; }
    // Lists only the quotes of the coder the filter shows (View → Coders).
    void setCoderFilter(CoderFilter *filter);
    QLineEdit *attributeValueEdit() const { return m_attributeValue; }

    // Writes every listed quote (not only the rows loaded so far) as CSV:
    // document,start,end,speaker,text,before,after,codes,coders.
    Status exportCsv(const QString &path);
    // Writes every listed quote with its attribution, cases, memos and
    // attributes (export/quoteexport.h) in the format `path`'s suffix names:
    // .xlsx, .docx, .html/.htm or .csv; DOCX and HTML have a heading per
    // checked code, or per document for a given list (a matrix cell).
    // Another suffix or an unwritable path is refused and nothing is written.
    Status exportQuotes(const QString &path, bool redact = false);
    QPushButton *exportButton() const { return m_export; }
    // The table's context menu at a viewport point: "New memo on this
    // quote…" (objectName quoteNewMemo) and "Export…" (quoteExport) on a
    // quote's row; nullptr elsewhere.
    std::unique_ptr<QMenu> buildContextMenu(const QPoint &viewportPos);

public Q_SLOTS:
    void showCodes(const QList<crosscut::Id> &codeIds, crosscut::ui::QuoteQuery::Combine combine);
    void showQuotes(const QList<crosscut::Id> &quoteIds, const QString &title);
    void refresh();

Q_SIGNALS:
    void openQuoteRequested(crosscut::Id documentId, qint64 start, qint64 end);

protected:
    void refreshStale() override;

private:
    void layoutColumns();
    void buildCodeList();
    void buildFilters();
    QuoteQuery currentQuery() const;
    void onChanged(const crosscut::ChangeList &changes);
    void exportClicked();

    Project *m_project;
    RetrievalModel *m_model;
    QListWidget *m_codeList;
    QComboBox *m_combine;
    QComboBox *m_coder;
    QComboBox *m_document;
    QComboBox *m_attribute;
    QLineEdit *m_attributeValue;
    QLabel *m_summary;
    QTableView *m_view;
    QPushButton *m_export;
    // Set when showing a fixed list of quotes rather than the checked codes.
    std::optional<QList<Id>> m_fixedQuotes;
    QString m_fixedTitle;
    bool m_building = false;
    bool m_redactExport = false;
    QPointer<CoderFilter> m_filter;
};

}  // namespace crosscut::ui
