#pragma once
// Documents or cases as rows, their attributes as typed columns. Editing a
// cell writes the value through Project::setAttribute (one undoable
// operation); a value that does not fit the column's type (number, ISO date)
// is refused and the model reports why through editRejected.

#include "model/entities.h"

#include <QAbstractTableModel>

namespace crosscut {
class Project;
}

namespace crosscut::ui {

class AttributeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    AttributeTableModel(Project *project, AttributeScope scope, QObject *parent = nullptr);

    AttributeScope scope() const { return m_scope; }
    void setScope(AttributeScope scope);
    void reload();

    Id targetId(int row) const { return m_targets.at(row).first; }
    const Attribute &attribute(int column) const { return m_attributes.at(column - 1); }  // column 0 is the name

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRejected(const QString &message);

private:
    Project *m_project;
    AttributeScope m_scope;
    QList<QPair<Id, QString>> m_targets;  // id, name
    QList<Attribute> m_attributes;
    QList<QHash<QString, QString>> m_values;  // per row: attribute name → value
};

// Checks a value against an attribute type; an empty value always fits.
QString attributeValueProblem(AttributeType type, const QString &value);

}  // namespace crosscut::ui
