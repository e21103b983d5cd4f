#pragma once
// The codebook as a tree model: dimensions, their values and thematic codes,
// with colour, quote count and description. It follows Project::changed:
// a renamed or recoloured code updates its row, new codings update counts,
// and only a change to the tree's shape rebuilds it. Drops move codes
// (drag in the tree) or code a span dragged from the document view.

#include "coders/coderfilter.h"
#include "project/project.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

namespace crosscut::ui {

class CodebookModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, ShortcutColumn, ColumnCount };
    enum Role { CodeIdRole = Qt::UserRole + 1, IsDimensionRole, PathRole };
    static inline const QString kCodeMimeType = QStringLiteral("application/x-crosscut-code");

    CodebookModel(Project *project, QObject *parent);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QModelIndex indexOf(Id code, int column = NameColumn) const;
    std::optional<Id> codeAt(const QModelIndex &index) const;
    std::optional<Code> code(Id id) const;
    QList<Code> codes() const { return m_codes; }
    int quoteCount(Id code) const { return m_counts.value(code); }
    // Counts only the codings the filter shows (View → Coders); null: all.
    void setCoderFilter(CoderFilter *filter);

Q_SIGNALS:
    // A span dropped on a code was coded (or failed with `error`).
    void spanCoded(crosscut::Id quote, crosscut::Id code);
    void operationFailed(const QString &error);

private:
    void onChanged(const ChangeList &changes);
    void rebuild();
    void refreshCounts();
    // Every code's count in one aggregate query; dataChanged for those that moved.
    void loadCounts(bool notify);
    void scheduleRecount();

    Project *m_project;
    QList<Code> m_codes;  // codebook order
    QHash<Id, int> m_row;  // code → row among its siblings
    QHash<Id, QList<Id>> m_children;  // parent (0 = top) → children in order
    QHash<Id, int> m_counts;
    bool m_recountPending = false;
    QHash<Id, Code> m_byId;
    QPointer<CoderFilter> m_filter;
};

}  // namespace crosscut::ui
