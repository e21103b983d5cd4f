#pragma once
// The quotes of a retrieval, one per row. Only the ids are known up front;
// text, context, speaker and codes are read in batches as the view scrolls
// (canFetchMore/fetchMore), so a list of 100 000 quotes opens at once.

#include "analysis/matrix.h"

#include <QAbstractTableModel>

namespace crosscut {
class Project;
}

namespace crosscut::ui {

class RetrievalModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DocumentColumn, SpeakerColumn, QuoteColumn, ContextColumn, CodesColumn, CodersColumn, ColumnCount };
    static constexpr int BatchSize = 200;
    static constexpr int ContextCodePoints = 80;

    explicit RetrievalModel(Project *project, QObject *parent = nullptr);

    void setQuoteIds(const QList<Id> &ids);
    const QList<Id> &quoteIds() const { return m_ids; }
    int loadedCount() const { return static_cast<int>(m_rows.size()); }
    // The loaded row's quote (row < loadedCount()).
    const analysis::QuoteExcerpt &excerpt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Project *m_project;
    QList<Id> m_ids;
    QList<analysis::QuoteExcerpt> m_rows;
};

}  // namespace crosscut::ui
