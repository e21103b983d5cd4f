#pragma once
// Search panel: full-text search over the documents (search/textsearch.h),
// the first hits shown at once and the rest as they arrive (HitFeed), hits listed with their context and a check box each; the checked hits can
// be coded with one code in bulk, widened to their sentence or paragraph
// (search/autocode.h: one undoable operation).
//
// Signals for the workbench:
//   openQuoteRequested(documentId, start, end)  a hit was activated
//                                               (code points, end-exclusive).
// The code list refreshes on Project::changed; the hits are re-run when the
// documents change.

#include "search/textsearch.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace crosscut {
class Project;
struct ChangeList;
}

namespace crosscut::ui {

class HitFeed;

class SearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(crosscut::Project *project, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QTableWidget *results() const { return m_results; }
    QComboBox *codeBox() const { return m_code; }
    QComboBox *expandBox() const { return m_expand; }
    QPushButton *codeButton() const { return m_codeButton; }
    const QList<search::SearchHit> &hits() const { return m_hits; }
    QString statusText() const;
    // True while hits are still arriving (HitFeed: a document at a time).
    bool searching() const;
    HitFeed *hitFeed() const { return m_feed; }

public Q_SLOTS:
    void runSearch();
    // Codes the checked hits with the chosen code; returns the new codings.
    int codeChecked();

Q_SIGNALS:
    void openQuoteRequested(crosscut::Id documentId, qint64 start, qint64 end);

private:
    void addHits(const QList<search::SearchHit> &hits);
    void updateStatus();
    void fillCodes();
    void onChanged(const crosscut::ChangeList &changes);

    Project *m_project;
    QLineEdit *m_query;
    QPushButton *m_searchButton;
    QTableWidget *m_results;
    QComboBox *m_code;
    QComboBox *m_expand;
    QPushButton *m_codeButton;
    QPushButton *m_checkAll;
    QLabel *m_status;
    HitFeed *m_feed;
    QList<search::SearchHit> m_hits;
    QString m_error;
};

}  // namespace crosscut::ui
