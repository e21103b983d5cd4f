#pragma once
// The agreement table: one row per code of one pair of coders (or the mean
// over the pairs): code path, code points A coded, B coded, both coded,
// percent, kappa and alpha. Measure cells are coloured by level; an
// undefined one shows "—" with the reason as its tooltip. Dimensions are
// bold. Qt::UserRole holds the value a column sorts by, kCodeRole the code.

#include "team/agreement.h"

#include <QAbstractTableModel>

namespace crosscut::ui {

class CodeAgreementModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, CodedA, CodedB, CodedBoth, Percent, Kappa, Alpha, ColumnCount };
    static constexpr int kCodeRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // `coderA`/`coderB` name the A and B columns (empty for the mean).
    void setRows(const QList<team::CodeAgreement> &rows, const QString &coderA, const QString &coderB);
    const QList<team::CodeAgreement> &rows() const { return m_rows; }
    // The row of `code`, or -1.
    int rowOf(Id code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<team::CodeAgreement> m_rows;
    QString m_coderA;
    QString m_coderB;
};

}  // namespace crosscut::ui
