#pragma once
// The dimensions' rows of the agreement view: one per dimension, its
// cu-alpha over the dimension's values, coloured by level; "—" with the
// reason as tooltip where it is undefined.

#include "team/agreement.h"

#include <QAbstractTableModel>

namespace crosscut::ui {

class DimensionAgreementModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Dimension, CuAlpha, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<team::DimensionAgreement> &rows);
    const QList<team::DimensionAgreement> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<team::DimensionAgreement> m_rows;
};

}  // namespace crosscut::ui
