#include "matrix/matrixmodel.h"

#include <QColor>
#include <QLocale>

namespace crosscut::ui {

void MatrixModel::setResult(const analysis::MatrixResult &result)
{
    beginResetModel();
    m_result = result;
    m_max = 0;
    for (const auto &row : std::as_const(m_result.values))
        for (double v : row)
            m_max = std::max(m_max, v);
    endResetModel();
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.rows.size());
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.columns.size());
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const double value = m_result.values.at(index.row()).at(index.column());
    const qint64 count = m_result.counts.at(index.row()).at(index.column());
    const bool percent = m_result.normalization != analysis::Normalization::None;
    switch (role) {
    case Qt::DisplayRole:
        if (percent && m_result.isUndefined(index.row(), index.column()))
            return QStringLiteral("—");  // a share of nothing
        return percent ? QLocale().toString(value, 'f', 1) + QStringLiteral(" %") : QLocale().toString(count);
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        // Heat: white for nothing, deep teal for the largest cell.
        const double share = m_max > 0 ? value / m_max : 0;
        const QColor heat(0x1b, 0x7f, 0x79);
        return QColor::fromRgbF(1 - share * (1 - heat.redF()), 1 - share * (1 - heat.greenF()),
                                1 - share * (1 - heat.blueF()));
    }
    case Qt::ForegroundRole: return (m_max > 0 && value / m_max > 0.6) ? QColor(Qt::white) : QColor(Qt::black);
    case Qt::ToolTipRole:
        return tr("%1 × %2: %3 (%4 quote(s))")
            .arg(m_result.rows.at(index.row()).text, m_result.columns.at(index.column()).text)
            .arg(count)
            .arg(m_result.quoteIds.isEmpty() ? 0 : m_result.quoteIds.at(index.row()).at(index.column()).size());
    default: return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section < m_result.columns.size() ? QVariant(m_result.columns.at(section).text) : QVariant();
    return section < m_result.rows.size() ? QVariant(m_result.rows.at(section).text) : QVariant();
}

}  // namespace crosscut::ui
