#pragma once
// The project's documents as a table: name, kind, speakers, quotes, and one
// column per document attribute. Quote counts follow Project::changed row by
// row; the list itself is re-read only when documents or attributes change.

#include "project/project.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace crosscut::ui {

class DocumentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, SpeakersColumn, QuotesColumn, FirstAttributeColumn };
    enum Role { DocumentIdRole = Qt::UserRole + 1 };

    DocumentListModel(Project *project, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int rowOf(Id document) const;
    int totalQuotes() const
    {
        int n = 0;
        for (const Row &row : m_rows)
            n += row.quotes;
        return n;
    }

private:
    struct Row {
        Document document;
        int speakers = 0;
        int quotes = 0;
        QHash<QString, QString> attributes;
    };
    void rebuild();
    // Quotes per document, from one aggregate query.
    QHash<Id, int> quoteCounts();
    // Distinct speakers per document (all, or one), from one aggregate query.
    QHash<Id, int> speakerCounts(std::optional<Id> document = std::nullopt);
    // Re-reads only the rows a change touched; false when it must rebuild.
    bool updateRows(const ChangeList &changes);
    void recountQuotes();
    void onChanged(const ChangeList &changes);

    Project *m_project;
    QList<Row> m_rows;
    QStringList m_attributes;
    bool m_recountPending = false;  // quote → document, to count deletions
};

}  // namespace crosscut::ui
