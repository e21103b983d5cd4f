#include "retrieval/retrievalmodel.h"

#include "project/project.h"

#include <algorithm>

namespace crosscut::ui {

RetrievalModel::RetrievalModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent), m_project(project)
{
}

void RetrievalModel::setQuoteIds(const QList<Id> &ids)
{
    beginResetModel();
    m_ids = ids;
    m_rows.clear();
    endResetModel();
}

int RetrievalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RetrievalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetrievalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const analysis::QuoteExcerpt &q = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DocumentColumn:
            // A PDF document's quotes name their page: "report, p. 4".
            return q.page.isEmpty() ? q.documentName : tr("%1, %2", "document name, page").arg(q.documentName, q.page);
        case SpeakerColumn: return q.speaker;
        case QuoteColumn: return q.text;
        case ContextColumn: return QString(q.before + QStringLiteral(" [") + q.text + QStringLiteral("] ") + q.after).simplified();
        case CodesColumn: return q.codes.join(QStringLiteral("; "));
        case CodersColumn: return q.coders.join(QStringLiteral("; "));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == QuoteColumn || index.column() == ContextColumn))
        return QString(q.before + QStringLiteral("«") + q.text + QStringLiteral("»") + q.after);
    if (role == Qt::UserRole)
        return q.quoteId;
    return {};
}

QVariant RetrievalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentColumn: return tr("Document");
    case SpeakerColumn: return tr("Speaker");
    case QuoteColumn: return tr("Quote");
    case ContextColumn: return tr("In context");
    case CodesColumn: return tr("Codes");
    case CodersColumn: return tr("Coders");
    default: return {};
    }
}

bool RetrievalModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_ids.size();
}

void RetrievalModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_project)
        return;
    const qsizetype from = m_rows.size();
    const qsizetype count = std::min<qsizetype>(BatchSize, m_ids.size() - from);
    if (count <= 0)
        return;
    auto excerpts = analysis::quoteExcerpts(*m_project, m_ids.mid(from, count), ContextCodePoints);
    if (!excerpts.ok()) {
        // A quote deleted since the list was made: drop what is gone rather than stall.
        QList<Id> kept = m_ids.mid(0, from);
        for (qsizetype i = from; i < m_ids.size(); ++i)
            if (m_project->quote(m_ids[i]))
                kept.append(m_ids[i]);
        m_ids = kept;
        excerpts = analysis::quoteExcerpts(*m_project, m_ids.mid(from, std::min<qsizetype>(BatchSize, m_ids.size() - from)),
                                           ContextCodePoints);
        if (!excerpts.ok() || excerpts->isEmpty())
            return;
    }
    beginInsertRows({}, static_cast<int>(from), static_cast<int>(from + excerpts->size() - 1));
    m_rows.append(*excerpts);
    endInsertRows();
}

}  // namespace crosscut::ui
