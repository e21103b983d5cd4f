#include "agreement/disagreementmodel.h"

#include <QColor>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace crosscut::ui {

namespace {
QString spanText(const team::Span &s)
{
    return QLocale().toString(s.start) + QStringLiteral("–") + QLocale().toString(s.end);
}

QString spansText(const QList<team::Span> &spans)
{
    QStringList parts;
    for (const team::Span &s : spans)
        parts << spanText(s);
    return parts.isEmpty() ? DisagreementModel::tr("nothing") : parts.join(QStringLiteral(", "));
}
}  // namespace

void DisagreementModel::setRows(const QList<DisagreementRow> &rows, const QString &coderA, const QString &coderB)
{
    beginResetModel();
    m_rows = rows;
    m_coderA = coderA;
    m_coderB = coderB;
    endResetModel();
}

int DisagreementModel::settledCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const DisagreementRow &r) { return r.decision.has_value(); }));
}

QString DisagreementModel::kindName(team::DisagreementKind kind)
{
    switch (kind) {
    case team::DisagreementKind::OnlyA: return tr("A only");
    case team::DisagreementKind::OnlyB: return tr("B only");
    case team::DisagreementKind::Boundary: return tr("Boundary");
    }
    return {};
}

QString DisagreementModel::decisionText(team::Decision decision)
{
    switch (decision) {
    case team::Decision::AcceptA: return tr("Accepted A");
    case team::Decision::AcceptB: return tr("Accepted B");
    case team::Decision::AcceptBoth: return tr("Accepted both");
    case team::Decision::Edit: return tr("Edited");
    case team::Decision::Reject: return tr("Rejected");
    }
    return {};
}

int DisagreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisagreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisagreementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DisagreementRow &r = m_rows.at(index.row());
    const team::Disagreement &d = r.disagreement;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind: return kindName(d.kind);
        case Document: return d.documentName;
        case Span: return spanText(d.span);
        case SideA: return r.text.plain;
        case SideB: return r.text.plain;
        case Decision: return r.decision ? decisionText(r.decision->decision) : tr("Unsettled");
        default: return {};
        }
    case kHtmlRole:
        if (index.column() == SideA)
            return r.text.sideA;
        if (index.column() == SideB)
            return r.text.sideB;
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Document: return d.documentName;
        case Span: return tr("Code points %1 to %2 (%n code point(s))", nullptr, int(d.span.end - d.span.start))
                .arg(QLocale().toString(d.span.start), QLocale().toString(d.span.end));
        case SideA: return tr("%1 coded %2").arg(m_coderA, spansText(d.a));
        case SideB: return tr("%1 coded %2").arg(m_coderB, spansText(d.b));
        case Decision:
            if (r.decision)
                return tr("The consensus codes %1 (decided %2)").arg(spansText(r.decision->coded), r.decision->decidedAt);
            return tr("No decision yet");
        default: return {};
        }
    case Qt::BackgroundRole:
        if (r.decision)
            return QColor(0xe3, 0xf2, 0xe0);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Decision && !r.decision)
            return QColor(0x8a, 0x8a, 0x8a);
        return {};
    default: return {};
    }
}

QVariant DisagreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind: return tr("Kind");
    case Document: return tr("Document");
    case Span: return tr("Span");
    case SideA: return m_coderA.isEmpty() ? tr("A") : tr("A: %1").arg(m_coderA);
    case SideB: return m_coderB.isEmpty() ? tr("B") : tr("B: %1").arg(m_coderB);
    case Decision: return tr("Decision");
    default: return {};
    }
}

}  // namespace crosscut::ui
