#pragma once
// The code × code table of the Code relations tab: co-occurrence counts or
// Jaccard (analysis/cooccurrence.h) for the codes that have quotes, shaded
// by value; the diagonal shows each code's own quotes.

#include "analysis/cooccurrence.h"

#include <QAbstractTableModel>

namespace crosscut::ui {

class RelationsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Measure { Count, Jaccard };
    using QAbstractTableModel::QAbstractTableModel;

    // Keeps the codes with at least one quote.
    void setResult(const analysis::CooccurrenceResult &result);
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    const analysis::CooccurrenceResult &result() const { return m_result; }
    // Index into result().codes of a row (= column).
    int codeAt(int row) const { return m_codes.value(row, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    double value(int row, int column) const;

    analysis::CooccurrenceResult m_result;
    QList<int> m_codes;
    Measure m_measure = Measure::Count;
    double m_max = 0;  // largest off-diagonal value, for the shading
};

}  // namespace crosscut::ui
