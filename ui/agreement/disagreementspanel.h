#pragma once
// The disagreements of one pair of coders on one code, and their
// adjudication: a list (kind, document, span, A's and B's side of the text,
// decision), buttons to settle the selected one (Accept A, Accept B, Accept
// both, Edit boundaries…, Reject; each decision one undoable operation),
// the consensus coder's name, Adopt agreed codings, and the progress as
// "n of m settled". Double-clicking a row asks to show its span in the
// document. The owner calls refresh() when the project changed; after a
// decision the selection moves on to the next unsettled disagreement.

#include "team/adjudication.h"

#include <QWidget>

#include <optional>
#include <utility>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace crosscut {
class Project;
}

namespace crosscut::ui {

class DisagreementModel;

class DisagreementsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DisagreementsPanel(Project *project, QWidget *parent = nullptr);

    // Lists the disagreements of coderA and coderB on `code` in `documents`
    // (empty: all).
    void setSubject(const QString &coderA, const QString &coderB, Id code, const QString &codePath,
                    const QList<Id> &documents);
    // Nothing to list, and why ("Choose a code", "Choose a pair").
    void clearSubject(const QString &why);
    // Re-reads the list, the decisions and the progress; keeps the selection.
    void refresh();

    team::Adjudication context() const;
    bool hasSubject() const { return m_code != 0; }
    // Settles the selected disagreement (`edited` for Edit); the error, if any,
    // is also shown in the panel.
    Status decide(team::Decision decision, const QList<team::Span> &edited = {});
    // Edit boundaries… on the selected disagreement (a dialog).
    void editBoundaries();
    Result<int> adoptAgreed();
    // Writes the disagreements listed: CSV or XLSX by suffix.
    Status exportTo(const QString &path);
    void selectRow(int row);
    int selectedRow() const;

    QTableView *view() const { return m_view; }
    DisagreementModel *model() const { return m_model; }
    QPushButton *button(team::Decision decision) const;
    QPushButton *adoptButton() const { return m_adopt; }
    QPushButton *exportButton() const { return m_export; }
    QLineEdit *consensusEdit() const { return m_consensus; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressLabel() const { return m_progressText; }
    QLabel *titleLabel() const { return m_title; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void openSpanRequested(crosscut::Id document, qint64 start, qint64 end);

private:
    void updateButtons();
    void updateProgress();
    void report(const Status &status, const QString &done);
    void exportClicked();

    Project *m_project;
    QString m_coderA;
    QString m_coderB;
    Id m_code = 0;
    QString m_codePath;
    QList<Id> m_documents;
    QString m_lastError;
    // The stretch just decided: the next re-read moves on to the next
    // unsettled disagreement after it.
    std::optional<std::pair<Id, team::Span>> m_advanceFrom;

    QLabel *m_title;
    QTableView *m_view;
    DisagreementModel *m_model;
    QPushButton *m_acceptA;
    QPushButton *m_acceptB;
    QPushButton *m_acceptBoth;
    QPushButton *m_edit;
    QPushButton *m_reject;
    QLineEdit *m_consensus;
    QPushButton *m_adopt;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_message;
};

}  // namespace crosscut::ui
