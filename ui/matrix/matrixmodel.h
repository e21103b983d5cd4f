#pragma once
// A computed matrix as a table: cells show the count or the normalised
// value, shaded from white to the heat colour by their share of the largest
// cell; tooltips give the raw count.

#include "analysis/matrix.h"

#include <QAbstractTableModel>

namespace crosscut::ui {

class MatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const analysis::MatrixResult &result);
    const analysis::MatrixResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    analysis::MatrixResult m_result;
    double m_max = 0;
};

}  // namespace crosscut::ui
