#include "agreement/dimensionagreementmodel.h"

#include "agreement/agreementlevel.h"

#include <QFont>

namespace crosscut::ui {

using namespace crosscut::ui::agreement;

void DimensionAgreementModel::setRows(const QList<team::DimensionAgreement> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int DimensionAgreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DimensionAgreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DimensionAgreementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const team::DimensionAgreement &r = m_rows.at(index.row());
    const bool measure = index.column() == CuAlpha;
    switch (role) {
    case Qt::DisplayRole: return measure ? coefficientText(r.cuAlpha) : r.name;
    case Qt::UserRole: return measure ? sortValue(r.cuAlpha) : QVariant(r.name);
    case Qt::TextAlignmentRole:
        return int(!measure ? Qt::AlignLeft | Qt::AlignVCenter
                            : (r.cuAlpha ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignCenter));
    case Qt::BackgroundRole:
        if (measure && r.cuAlpha)
            return levelColor(levelOf(r.cuAlpha));
        return {};
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::ToolTipRole:
        if (measure)
            return r.cuAlpha ? levelText(levelOf(r.cuAlpha)) : (r.reason.isEmpty() ? tr("Undefined") : r.reason);
        return {};
    default: return {};
    }
}

QVariant DimensionAgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == CuAlpha)
        return tr("Krippendorff's cu-alpha over the dimension's values");
    if (role != Qt::DisplayRole)
        return {};
    return section == Dimension ? tr("Dimension") : tr("cu-alpha");
}

}  // namespace crosscut::ui
