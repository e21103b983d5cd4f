#include "memos/memolistmodel.h"

#include "project/project.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace crosscut::ui {

using analysis::MemoEntry;
using analysis::MemoKind;

MemoListModel::MemoListModel(Project *project, QObject *parent) : QAbstractTableModel(parent), m_project(project)
{
    if (m_project)
        connect(m_project, &Project::changed, this, &MemoListModel::onChanged);
    reload();
}

int MemoListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int MemoListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant MemoListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MemoEntry &e = m_rows.at(index.row());
    if (role == MemoIdRole)
        return e.memoId ? QVariant(*e.memoId) : QVariant();
    if (role == Qt::ToolTipRole) {
        QString tip = e.context.isEmpty() ? e.text : e.context + QStringLiteral("\n\n") + e.text;
        if (tip.size() > 600)
            tip = tip.left(600) + QStringLiteral("…");
        if (!e.editable())
            tip += QStringLiteral("\n\n") + tr("A live flag whose memo was deleted: read-only.");
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn: return e.title.isEmpty() ? tr("(untitled)") : e.title;
    case KindColumn: return analysis::memoKindLabel(e.kind);
    case AttachedColumn: return QString(e.attachedTo).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case AuthorColumn: return e.author;
    case ModifiedColumn: {
        const QDateTime t = QDateTime::fromString(e.modifiedAt, Qt::ISODateWithMs);
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : e.modifiedAt;
    }
    default: return {};
    }
}

QVariant MemoListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Title");
    case KindColumn: return tr("Kind");
    case AttachedColumn: return tr("Attached to");
    case AuthorColumn: return tr("Author");
    case ModifiedColumn: return tr("Modified");
    default: return {};
    }
}

analysis::MemoSort MemoListModel::sortFor(int column)
{
    switch (column) {
    case TitleColumn: return analysis::MemoSort::Title;
    case KindColumn: return analysis::MemoSort::Kind;
    case AttachedColumn: return analysis::MemoSort::AttachedTo;
    case AuthorColumn: return analysis::MemoSort::Author;
    default: return analysis::MemoSort::Modified;
    }
}

void MemoListModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    relist();
}

void MemoListModel::setFilter(const analysis::MemoFilter &filter)
{
    m_filter = filter;
    m_folded = analysis::foldedSearch(filter.search);
    relist();
}

int MemoListModel::rowOfMemo(Id memo) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).memoId == memo)
            return i;
    return -1;
}

QStringList MemoListModel::authors() const
{
    QStringList out;
    for (const MemoEntry &e : m_all)
        if (!e.author.isEmpty() && !out.contains(e.author))
            out.append(e.author);
    out.sort(Qt::CaseInsensitive);
    return out;
}

void MemoListModel::reload()
{
    const QStringList before = authors();
    m_all = m_project ? analysis::listMemos(*m_project, {}, analysis::MemoSort::Created) : QList<MemoEntry>();
    relist();
    if (authors() != before)
        Q_EMIT authorsChanged();
}

void MemoListModel::relist()
{
    beginResetModel();
    m_rows.clear();
    for (const MemoEntry &e : std::as_const(m_all))
        if (analysis::matchesFilter(e, m_filter, m_folded))
            m_rows.append(e);
    analysis::sortMemos(m_rows, sortFor(m_sortColumn), m_sortOrder == Qt::DescendingOrder);
    endResetModel();
}

void MemoListModel::onChanged(const ChangeList &changes)
{
    if (!m_project)
        return;
    if (changes.reset) {
        reload();
        return;
    }
    QSet<Id> memos, documents, quotes, cases;
    bool codes = false;
    for (const RowChange &row : changes.rows) {
        if (row.table == QLatin1String("memo"))
            memos.insert(row.id);
        else if (row.table == QLatin1String("document"))
            documents.insert(row.id);
        else if (row.table == QLatin1String("quote"))
            quotes.insert(row.id);
        else if (row.table == QLatin1String("case_"))
            cases.insert(row.id);
        else if (row.table == QLatin1String("code"))
            codes = true;
        else if (row.table == QLatin1String("live_flag") || row.table == QLatin1String("live_session")
                 || row.table == QLatin1String("coder")) {
            // Flags pair with their memos by time, coders name authors:
            // rare changes, read again whole.
            reload();
            return;
        }
    }
    // The memos attached to what changed read their target again.
    for (const MemoEntry &e : std::as_const(m_all)) {
        if (!e.memoId || !e.targetId)
            continue;
        const bool affected = (e.kind == MemoKind::Code && codes)
            || ((e.kind == MemoKind::Document || e.kind == MemoKind::LiveFlag) && documents.contains(*e.targetId))
            || (e.kind == MemoKind::Quote && (quotes.contains(*e.targetId) || (e.documentId && documents.contains(*e.documentId))))
            || (e.kind == MemoKind::Case && cases.contains(*e.targetId));
        if (affected)
            memos.insert(*e.memoId);
    }
    if (memos.isEmpty())
        return;
    const QStringList before = authors();
    for (const Id id : std::as_const(memos)) {
        const std::optional<MemoEntry> fresh = analysis::memoEntry(*m_project, id);
        qsizetype at = -1;
        for (qsizetype i = 0; i < m_all.size(); ++i)
            if (m_all.at(i).memoId == id)
                at = i;
        if (!fresh) {
            if (at >= 0) {
                if (m_all.at(at).kind == MemoKind::LiveFlag) {  // its flag stays, read-only
                    reload();
                    return;
                }
                m_all.removeAt(at);
            }
        } else if (at >= 0) {
            m_all[at] = *fresh;
        } else {
            qsizetype insertAt = 0;  // in memo id order, before the flags without a memo
            while (insertAt < m_all.size() && m_all.at(insertAt).memoId && *m_all.at(insertAt).memoId < id)
                ++insertAt;
            m_all.insert(insertAt, *fresh);
        }
    }
    relist();
    if (authors() != before)
        Q_EMIT authorsChanged();
}

}  // namespace crosscut::ui
