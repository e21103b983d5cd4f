#include "survey/surveygridmodel.h"

#include "project/project.h"

namespace crosscut::ui {

SurveyGridModel::SurveyGridModel(Project *project, QObject *parent) : QAbstractTableModel(parent), m_project(project)
{
    if (m_project)
        connect(m_project, &Project::changed, this, &SurveyGridModel::onChanged);
    reload();
}

void SurveyGridModel::reload()
{
    beginResetModel();
    m_grid = m_project ? survey::loadSurveyGrid(*m_project) : survey::SurveyGrid{};
    endResetModel();
}

void SurveyGridModel::onChanged(const ChangeList &changes)
{
    for (const char *table : {"case_", "case_attribute", "attribute", "document", "speaker_turn"})
        if (changes.reset || changes.touches(QString::fromLatin1(table))) {
            reload();
            return;
        }
}

int SurveyGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_grid.rows.size());
}

int SurveyGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_grid.columns.size()) + 1;
}

QVariant SurveyGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_grid.rows.size())
        return {};
    const survey::SurveyGridRow &row = m_grid.rows.at(index.row());
    const QString text = index.column() == 0 ? row.name : row.cells.value(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole: {
        if (index.column() > 0 && m_grid.columns.at(index.column() - 1).kind == survey::SurveyGridColumn::Kind::Answers)
            return QString(text).replace(u'\n', u' ');  // one line per respondent
        return text;
    }
    case Qt::ToolTipRole:
        return text.size() > 60 ? text : QVariant();
    case Qt::UserRole: {
        // Sorting: numbers as numbers; no answer (an invalid value) after every answer.
        if (index.column() > 0 && m_grid.columns.at(index.column() - 1).type == AttributeType::Number)
            return text.isEmpty() ? QVariant() : QVariant(text.toDouble());
        return text;
    }
    default:
        return {};
    }
}

QVariant SurveyGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section > m_grid.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Respondent")) : QVariant();
    const survey::SurveyGridColumn &column = m_grid.columns.at(section - 1);
    if (role == Qt::DisplayRole)
        return column.name;
    if (role == Qt::ToolTipRole)
        return column.kind == survey::SurveyGridColumn::Kind::Answers
                   ? tr("Open answers: double-click one to code it in the document")
                   : tr("Case attribute (%1)").arg(toString(column.type));
    return {};
}

std::optional<survey::SurveyAnswer> SurveyGridModel::answer(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() == 0 || index.row() >= m_grid.rows.size())
        return std::nullopt;
    return m_grid.rows.at(index.row()).answers.value(index.column() - 1);
}

int SurveyGridModel::answerColumn(Id document) const
{
    for (int c = 0; c < m_grid.columns.size(); ++c)
        if (m_grid.columns.at(c).kind == survey::SurveyGridColumn::Kind::Answers && m_grid.columns.at(c).id == document)
            return c + 1;
    return -1;
}

int SurveyGridModel::rowOfCase(const QString &name) const
{
    for (int r = 0; r < m_grid.rows.size(); ++r)
        if (m_grid.rows.at(r).name == name)
            return r;
    return -1;
}

}  // namespace crosscut::ui
