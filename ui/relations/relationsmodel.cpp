#include "relations/relationsmodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace crosscut::ui {

void RelationsModel::setResult(const analysis::CooccurrenceResult &result)
{
    beginResetModel();
    m_result = result;
    m_codes.clear();
    for (qsizetype c = 0; c < result.codes.size(); ++c)
        if (result.quoteCounts[c] > 0)
            m_codes.append(static_cast<int>(c));
    endResetModel();
    setMeasure(m_measure);
}

void RelationsModel::setMeasure(Measure measure)
{
    m_measure = measure;
    m_max = 0;
    for (int r = 0; r < m_codes.size(); ++r)
        for (int c = 0; c < m_codes.size(); ++c)
            if (r != c)
                m_max = std::max(m_max, value(r, c));
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

double RelationsModel::value(int row, int column) const
{
    const int a = m_codes[row];
    const int b = m_codes[column];
    return m_measure == Measure::Count ? static_cast<double>(m_result.counts[a][b]) : m_result.jaccard[a][b];
}

int RelationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_codes.size());
}

int RelationsModel::columnCount(const QModelIndex &parent) const
{
    return rowCount(parent);
}

QVariant RelationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const double v = value(index.row(), index.column());
    const bool diagonal = index.row() == index.column();
    switch (role) {
    case Qt::DisplayRole:
        return m_measure == Measure::Count ? QString::number(static_cast<qint64>(v)) : QString::number(v, 'f', 2);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        if (diagonal)
            return QBrush(QColor(0xF2, 0xF2, 0xF2));
        const double t = m_max > 0 ? v / m_max : 0;
        // White to a deep blue, as the matrix's heat map.
        return QBrush(QColor::fromRgbF(1 - 0.75 * t, 1 - 0.55 * t, 1 - 0.25 * t));
    }
    case Qt::ForegroundRole: {
        const double t = m_max > 0 && !diagonal ? v / m_max : 0;
        return QBrush(t > 0.6 ? Qt::white : Qt::black);
    }
    case Qt::ToolTipRole: {
        const QString a = m_result.codes[m_codes[index.row()]].text;
        const QString b = m_result.codes[m_codes[index.column()]].text;
        const int x = m_codes[index.row()];
        const int y = m_codes[index.column()];
        return tr("%1 × %2: %3 overlapping pair(s), %4 quote(s) coded with both, Jaccard %5 — click to read them")
            .arg(a, b)
            .arg(m_result.counts[x][y])
            .arg(m_result.withBoth[x][y])
            .arg(m_result.jaccard[x][y], 0, 'f', 2);
    }
    default:
        return {};
    }
}

QVariant RelationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= m_codes.size())
        return {};
    const analysis::Label &label = m_result.codes[m_codes[section]];
    if (role == Qt::DisplayRole) {
        // Rows: the full path; columns: the last part, to keep them narrow.
        if (orientation == Qt::Vertical)
            return label.text;
        return label.text.section(QLatin1Char('/'), -1);
    }
    if (role == Qt::ToolTipRole)
        return label.text;
    return {};
}

}  // namespace crosscut::ui
