#pragma once
// Tools → Agreement: inter-coder agreement in code points. Check two or
// more coders (any coder, the consensus one too) and, optionally, the
// documents; the table gives per code the code points each coder coded,
// both coded, percent, kappa and alpha, coloured by level, "—" where a
// measure is undefined (why: its tooltip and the status line); the
// dimensions' cu-alpha below. With more than two coders a pair is chosen,
// or the mean over the pairs. Beside it, the selected code's disagreements
// for the pair, with their adjudication (DisagreementsPanel).
//
// The view follows Project::changed: a change marks it stale and it
// recomputes once, after the change, or when it is next shown.

#include "team/agreement.h"
#include "widgets/deferredrefresh.h"

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QToolButton;

namespace crosscut {
class Project;
struct ChangeList;
}

namespace crosscut::ui {

class CodeAgreementModel;
class DimensionAgreementModel;
class DisagreementsPanel;

class AgreementView : public DeferredPanel {
    Q_OBJECT
public:
    explicit AgreementView(Project *project, QWidget *parent = nullptr);

    // Checks exactly these coders (in the project's order).
    void setCoders(const QStringList &names);
    QStringList checkedCoders() const;
    // Empty: every document.
    void setDocuments(const QList<Id> &documents);
    QList<Id> documents() const { return m_documents; }
    // -1: the mean over the pairs; else the index into report().pairs.
    void setPair(int pair);
    int pair() const;
    // Selects the code's row (in the sorted table) and lists its disagreements.
    void selectCode(Id code);
    std::optional<Id> selectedCode() const;
    // Where an adjudicator starts: the code (not a dimension) with the lowest
    // defined kappa of the pair shown, and its first boundary disagreement.
    void selectWeakestCode();

    const std::optional<team::AgreementReport> &report() const { return m_report; }
    QString statusText() const;
    // Writes the report: .csv or .xlsx.
    Status exportTo(const QString &path);

    QListWidget *coderList() const { return m_coders; }
    QToolButton *documentButton() const { return m_documentButton; }
    QComboBox *pairBox() const { return m_pair; }
    QTableView *codeTable() const { return m_codeTable; }
    QSortFilterProxyModel *codeProxy() const { return m_codeProxy; }
    CodeAgreementModel *codeModel() const { return m_codeModel; }
    QTableView *dimensionTable() const { return m_dimensionTable; }
    DimensionAgreementModel *dimensionModel() const { return m_dimensionModel; }
    DisagreementsPanel *disagreements() const { return m_disagreements; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *exportButton() const { return m_export; }

public Q_SLOTS:
    // Re-reads coders and documents and recomputes (deferred while hidden).
    void recompute();

Q_SIGNALS:
    void openSpanRequested(crosscut::Id document, qint64 start, qint64 end);

protected:
    void refreshStale() override;

private:
    void onChanged(const crosscut::ChangeList &changes);
    void fillCoders();
    void fillDocuments();
    void updateDocumentButton();
    void fillPairs();
    void showPair();
    void showSelection();
    void updateStatus();
    void exportClicked();

    Project *m_project;
    std::optional<team::AgreementReport> m_report;
    QList<Id> m_documents;
    QString m_problem;  // why there is no report
    bool m_building = false;
    bool m_codersFilled = false;

    QListWidget *m_coders;
    QToolButton *m_documentButton;
    QMenu *m_documentMenu;
    QComboBox *m_pair;
    QPushButton *m_export;
    QLabel *m_status;
    QTableView *m_codeTable;
    CodeAgreementModel *m_codeModel;
    QSortFilterProxyModel *m_codeProxy;
    QTableView *m_dimensionTable;
    DimensionAgreementModel *m_dimensionModel;
    DisagreementsPanel *m_disagreements;
    QTimer *m_changed;
};

}  // namespace crosscut::ui
