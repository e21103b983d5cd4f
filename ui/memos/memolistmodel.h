#pragma once
// The memo manager's table: every memo and live flag (analysis/memolist.h),
// filtered and sorted in memory. Columns: title, kind, attached to, author,
// modified. It follows Project::changed: the memos an operation touched are
// read again one by one (and those attached to a renamed document, code or
// case), never the whole list, unless the change says to re-read everything.

#include "analysis/memolist.h"

#include <QAbstractTableModel>

namespace crosscut {
class Project;
struct ChangeList;
}

namespace crosscut::ui {

class MemoListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, KindColumn, AttachedColumn, AuthorColumn, ModifiedColumn, ColumnCount };
    static constexpr int MemoIdRole = Qt::UserRole + 1;  // qint64, or invalid for a read-only flag

    explicit MemoListModel(Project *project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const analysis::MemoFilter &filter);
    const analysis::MemoFilter &filter() const { return m_filter; }
    const analysis::MemoEntry &entry(int row) const { return m_rows.at(row); }
    const QList<analysis::MemoEntry> &entries() const { return m_rows; }  // as listed
    int rowOfMemo(Id memo) const;
    // Every author of a memo (for the filter's combo box).
    QStringList authors() const;
    // Re-reads everything (a new project, a reset).
    void reload();

Q_SIGNALS:
    void authorsChanged();

private:
    void onChanged(const ChangeList &changes);
    void relist();
    static analysis::MemoSort sortFor(int column);

    Project *m_project;
    QList<analysis::MemoEntry> m_all;   // every entry, in memo id order
    QList<analysis::MemoEntry> m_rows;  // filtered and sorted
    analysis::MemoFilter m_filter;
    QString m_folded;
    int m_sortColumn = ModifiedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

}  // namespace crosscut::ui
