#pragma once
// The disagreements of one pair on one code: kind, document, span (code
// points), A's and B's side of the stretch as rich text (kHtmlRole, drawn by
// RichTextDelegate) and the decision, if the stretch is settled. Settled
// rows are tinted.

#include "agreement/disagreementtext.h"
#include "team/adjudication.h"

#include <QAbstractTableModel>

#include <optional>

namespace crosscut::ui {

struct DisagreementRow {
    team::Disagreement disagreement;
    agreement::DisagreementText text;
    std::optional<team::SettledDecision> decision;
};

class DisagreementModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Document, Span, SideA, SideB, Decision, ColumnCount };
    static constexpr int kHtmlRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<DisagreementRow> &rows, const QString &coderA, const QString &coderB);
    const QList<DisagreementRow> &rows() const { return m_rows; }
    int settledCount() const;

    static QString kindName(team::DisagreementKind kind);
    static QString decisionText(team::Decision decision);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DisagreementRow> m_rows;
    QString m_coderA;
    QString m_coderB;
};

}  // namespace crosscut::ui
