#include "cases/attributetablemodel.h"

#include "project/project.h"

#include <QDate>

namespace crosscut::ui {

QString attributeValueProblem(AttributeType type, const QString &value)
{
    if (value.isEmpty())
        return {};
    if (type == AttributeType::Number) {
        bool ok = false;
        value.toDouble(&ok);
        if (!ok)
            return AttributeTableModel::tr("\"%1\" is not a number").arg(value);
    } else if (type == AttributeType::Date && !QDate::fromString(value, Qt::ISODate).isValid()) {
        return AttributeTableModel::tr("\"%1\" is not a date (use YYYY-MM-DD)").arg(value);
    }
    return {};
}

AttributeTableModel::AttributeTableModel(Project *project, AttributeScope scope, QObject *parent)
    : QAbstractTableModel(parent), m_project(project), m_scope(scope)
{
    reload();
}

void AttributeTableModel::setScope(AttributeScope scope)
{
    m_scope = scope;
    reload();
}

void AttributeTableModel::reload()
{
    beginResetModel();
    m_targets.clear();
    m_values.clear();
    m_attributes.clear();
    if (m_project) {
        if (m_scope == AttributeScope::Document) {
            for (const Document &d : m_project->documents())
                m_targets.append({d.id, d.name});
        } else {
            for (const Case &c : m_project->cases())
                m_targets.append({c.id, c.name});
        }
        m_attributes = m_project->attributes(m_scope);
        for (const auto &target : std::as_const(m_targets))
            m_values.append(m_project->attributeValues(m_scope, target.first));
    }
    endResetModel();
}

int AttributeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_targets.size());
}

int AttributeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_attributes.size()) + 1;
}

QVariant AttributeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.column() == 0)
        return role == Qt::DisplayRole ? QVariant(m_targets.at(index.row()).second) : QVariant();
    const Attribute &a = attribute(index.column());
    const QString value = m_values.at(index.row()).value(a.name);
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return value;
    if (role == Qt::TextAlignmentRole && a.type == AttributeType::Number)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(m_scope == AttributeScope::Document ? tr("Document") : tr("Case")) : QVariant();
    const Attribute &a = attribute(section);
    if (role == Qt::ToolTipRole)
        return a.identifying ? tr("Identifying: left out of redacted exports. Right-click to change.")
                             : tr("Right-click to mark it identifying (left out of redacted exports).");
    // The lock marks an identifying attribute at a glance.
    return a.identifying ? tr("🔒 %1 (%2, identifying)").arg(a.name, toString(a.type))
                         : QStringLiteral("%1 (%2)").arg(a.name, toString(a.type));
}

Qt::ItemFlags AttributeTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() > 0)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AttributeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() == 0 || role != Qt::EditRole || !m_project)
        return false;
    const Attribute a = attribute(index.column());
    const QString text = value.toString().trimmed();
    if (const QString problem = attributeValueProblem(a.type, text); !problem.isEmpty()) {
        Q_EMIT editRejected(tr("%1: %2").arg(a.name, problem));
        return false;
    }
    const Status status = m_project->setAttribute(m_scope, targetId(index.row()), a.name, text, a.type);
    if (!status.ok()) {
        Q_EMIT editRejected(status.message());
        return false;
    }
    m_values[index.row()].insert(a.name, text);
    Q_EMIT dataChanged(index, index);
    return true;
}

}  // namespace crosscut::ui
