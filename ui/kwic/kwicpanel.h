#pragma once
// KWIC panel: every occurrence of a word or phrase with its left and right
// context (search/kwic.h), the left context right-aligned so the keywords
// line up. A right-to-left hit (Urdu) shows what follows it on the left and
// what precedes it on the right, each laid out right-to-left, so the line
// reads as the text does. Sortable by either context; selected rows are coded
// a sentence each with one code, as one undoable operation. Hits arrive a
// document at a time (HitFeed), never blocking the window.
//
// Signals for the workbench:
//   openQuoteRequested(documentId, start, end)  a row was double-clicked
//                                               (code points, end-exclusive).

#include "search/textsearch.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace crosscut {
class Project;
struct ChangeList;
}

namespace crosscut::ui {

class HitFeed;

class KwicPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { LeftColumn = 0, KeywordColumn, RightColumn, DocumentColumn };
    enum Role { HitIndexRole = Qt::UserRole + 1, SortRole };

    explicit KwicPanel(crosscut::Project *project, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QCheckBox *wholeWordBox() const { return m_wholeWord; }
    QTableView *table() const { return m_table; }
    QComboBox *codeBox() const { return m_code; }
    QPushButton *codeButton() const { return m_codeButton; }
    const QList<search::SearchHit> &hits() const { return m_hits; }
    bool searching() const;
    QString statusText() const;
    // The hit shown in view row `row` (after sorting).
    const search::SearchHit *hitAt(int row) const;

public Q_SLOTS:
    // Shows `word` in context (the Words tab opens a word here).
    void showKeyword(const QString &word);
    void run();
    // Codes the sentences of the selected rows' hits with the chosen code;
    // returns the new codings.
    int codeSelected();

Q_SIGNALS:
    void openQuoteRequested(crosscut::Id documentId, qint64 start, qint64 end);

private:
    void addHits(const QList<search::SearchHit> &hits);
    void fillCodes();
    void updateStatus();
    void onChanged(const crosscut::ChangeList &changes);

    Project *m_project;
    QLineEdit *m_query;
    QCheckBox *m_wholeWord;
    QSpinBox *m_width;
    QPushButton *m_runButton;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QComboBox *m_code;
    QPushButton *m_codeButton;
    QLabel *m_status;
    HitFeed *m_feed;
    QList<search::SearchHit> m_hits;
    QString m_error;
};

}  // namespace crosscut::ui
