#include "agreement/codeagreementmodel.h"

#include "agreement/agreementlevel.h"

#include <QFont>
#include <QLocale>

namespace crosscut::ui {

using namespace crosscut::ui::agreement;

void CodeAgreementModel::setRows(const QList<team::CodeAgreement> &rows, const QString &coderA,
                                 const QString &coderB)
{
    beginResetModel();
    m_rows = rows;
    m_coderA = coderA;
    m_coderB = coderB;
    endResetModel();
}

int CodeAgreementModel::rowOf(Id code) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).code == code)
            return int(i);
    return -1;
}

int CodeAgreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CodeAgreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CodeAgreementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const team::CodeAgreement &r = m_rows.at(index.row());
    const int column = index.column();
    std::optional<double> measure;
    const bool isMeasure = column == Percent || column == Kappa || column == Alpha;
    if (column == Percent)
        measure = r.percent;
    else if (column == Kappa)
        measure = r.kappa;
    else if (column == Alpha)
        measure = r.alpha;

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Code: return r.path;
        case CodedA: return QLocale().toString(r.a);
        case CodedB: return QLocale().toString(r.b);
        case CodedBoth: return QLocale().toString(r.both);
        case Percent: return percentText(measure);
        default: return coefficientText(measure);
        }
    case Qt::UserRole:
        switch (column) {
        case Code: return r.path;
        case CodedA: return r.a;
        case CodedB: return r.b;
        case CodedBoth: return r.both;
        default: return sortValue(measure);
        }
    case kCodeRole: return r.code;
    case Qt::TextAlignmentRole:
        if (column == Code)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(isMeasure && !measure ? Qt::AlignCenter : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (isMeasure && measure)
            return levelColor(levelOf(measure));
        return {};
    case Qt::FontRole:
        if (r.isDimension) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (isMeasure && !measure)
            return r.reason.isEmpty() ? tr("Undefined") : r.reason;
        if (isMeasure)
            return levelText(levelOf(measure));
        if (column == CodedBoth)
            return tr("%1 of %2 code points coded by both").arg(QLocale().toString(r.both), QLocale().toString(r.total));
        if (column == Code && r.isDimension)
            return QString(r.path + QLatin1Char('\n') + tr("A dimension: its segments are those of all its values"));
        if (column == Code)
            return r.path;
        return {};
    default: return {};
    }
}

QVariant CodeAgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CodedA:
        case CodedB:
        case CodedBoth: return tr("Code points (characters) coded");
        case Percent: return tr("Code points both coded or both left uncoded, of all code points");
        case Kappa: return tr("Cohen's kappa per code point");
        case Alpha: return tr("Krippendorff's unitized alpha");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Code");
    case CodedA: return m_coderA.isEmpty() ? tr("A") : tr("A: %1").arg(m_coderA);
    case CodedB: return m_coderB.isEmpty() ? tr("B") : tr("B: %1").arg(m_coderB);
    case CodedBoth: return tr("Both");
    case Percent: return tr("Percent");
    case Kappa: return tr("Kappa");
    case Alpha: return tr("Alpha");
    default: return {};
    }
}

}  // namespace crosscut::ui
