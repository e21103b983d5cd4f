#include "codebook/codebookmodel.h"

#include "coders/coderfilter.h"
#include "project/codercodings.h"

#include <QTimer>

#include <utility>

#include "document/spanmime.h"

#include <QColor>
#include <QIODevice>
#include <QKeySequence>
#include <QFont>
#include <QMimeData>
#include <QPixmap>
#include <QPainter>

namespace crosscut::ui {

CodebookModel::CodebookModel(Project *project, QObject *parent) : QAbstractItemModel(parent), m_project(project)
{
    rebuild();
    connect(m_project, &Project::changed, this, &CodebookModel::onChanged);
}

void CodebookModel::rebuild()
{
    beginResetModel();
    m_codes = m_project->codes();
    m_row.clear();
    m_children.clear();
    m_byId.clear();
    for (const Code &c : std::as_const(m_codes)) {
        QList<Id> &siblings = m_children[c.parentId.value_or(0)];
        m_row.insert(c.id, int(siblings.size()));
        siblings.append(c.id);
        m_byId.insert(c.id, c);
    }
    loadCounts(false);
    endResetModel();
}

void CodebookModel::refreshCounts() { loadCounts(true); }

void CodebookModel::setCoderFilter(CoderFilter *filter)
{
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filter;
    if (m_filter)
        connect(m_filter, &CoderFilter::changed, this, &CodebookModel::refreshCounts);
    refreshCounts();
}

void CodebookModel::loadCounts(bool notify)
{
    QHash<Id, int> counts = codingCountsByCode(*m_project, m_filter ? m_filter->shownCoderId() : std::nullopt);
    const QHash<Id, int> before = std::exchange(m_counts, std::move(counts));
    if (!notify)
        return;
    for (const Code &c : std::as_const(m_codes)) {
        if (before.value(c.id) != m_counts.value(c.id)) {
            const QModelIndex i = indexOf(c.id, CountColumn);
            Q_EMIT dataChanged(i, i, {Qt::DisplayRole});
        }
    }
}

void CodebookModel::scheduleRecount()
{
    // A removed coding no longer says which code it had: recount once, after
    // the burst of changes, instead of on every one.
    if (m_recountPending)
        return;
    m_recountPending = true;
    QTimer::singleShot(0, this, [this] {
        m_recountPending = false;
        refreshCounts();
    });
}

void CodebookModel::onChanged(const ChangeList &changes)
{
    if (changes.reset) {
        rebuild();
        return;
    }
    bool shape = false, recount = false;
    QHash<Id, int> added;  // code → codings inserted
    QList<Id> updated;
    for (const RowChange &row : changes.rows) {
        if (row.table == QLatin1String("code")) {
            if (row.op != RowChange::Op::Update) {
                shape = true;
            } else {
                updated.append(row.id);
            }
        } else if (row.table == QLatin1String("coding")) {
            if (row.op != RowChange::Op::Insert) {
                recount = true;
                continue;
            }
            // A new coding: count it in without re-counting the project.
            if (const std::optional<Coding> coding = findCoding(*m_project, row.id);
                coding && (!m_filter || m_filter->accepts(coding->coderId)))
                ++added[coding->codeId];
        }
    }
    if (!shape && !updated.isEmpty()) {
        // A rename or recolour keeps the row; a move changes the shape.
        for (Id id : std::as_const(updated)) {
            const std::optional<Code> now = m_project->code(id);
            if (!now)
                continue;
            const Code before = m_byId.value(id);
            if (now->parentId != before.parentId || now->sortOrder != before.sortOrder) {
                shape = true;
                break;
            }
            m_byId.insert(id, *now);
            for (Code &c : m_codes)
                if (c.id == id)
                    c = *now;
            Q_EMIT dataChanged(indexOf(id, NameColumn), indexOf(id, ShortcutColumn));
        }
    }
    if (shape) {
        rebuild();
        return;
    }
    if (recount) {
        scheduleRecount();
        return;
    }
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        m_counts[it.key()] += it.value();
        const QModelIndex i = indexOf(it.key(), CountColumn);
        if (i.isValid())
            Q_EMIT dataChanged(i, i, {Qt::DisplayRole});
    }
}

QModelIndex CodebookModel::index(int row, int column, const QModelIndex &parent) const
{
    const Id parentId = parent.isValid() ? Id(parent.internalId()) : 0;
    const QList<Id> children = m_children.value(parentId);
    if (row < 0 || row >= children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex CodebookModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const auto it = m_byId.constFind(Id(child.internalId()));
    if (it == m_byId.cend() || !it->parentId)
        return {};
    return createIndex(m_row.value(*it->parentId), 0, quintptr(*it->parentId));
}

int CodebookModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_children.value(parent.isValid() ? Id(parent.internalId()) : 0).size());
}

int CodebookModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant CodebookModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto it = m_byId.constFind(Id(index.internalId()));
    if (it == m_byId.cend())
        return {};
    const Code &c = *it;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return c.name;
        if (index.column() == CountColumn)
            return m_counts.value(c.id);
        if (index.column() == ShortcutColumn)
            return QKeySequence(c.shortcut).toString(QKeySequence::NativeText);
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn) {
            QPixmap swatch(12, 12);
            swatch.fill(QColor(c.color));
            return swatch;
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = m_project->codePath(c.id);
        if (!c.shortcut.isEmpty())
            tip += QStringLiteral(" (") + QKeySequence(c.shortcut).toString(QKeySequence::NativeText) + u')';
        return c.description.isEmpty() ? tip : tip + u'\n' + c.description;
    }
    case Qt::FontRole:
        if (c.isDimension && index.column() == NameColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CodeIdRole:
        return c.id;
    case IsDimensionRole:
        return c.isDimension;
    case PathRole:
        return m_project->codePath(c.id);
    default:
        break;
    }
    return {};
}

QVariant CodebookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Code");
    case CountColumn: return tr("Quotes");
    case ShortcutColumn: return tr("Key");
    default: return {};
    }
}

Qt::ItemFlags CodebookModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = Qt::ItemIsDropEnabled;
    if (!index.isValid())
        return f;
    f |= Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CodebookModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != NameColumn)
        return false;
    const QString name = value.toString().trimmed();
    const Id id = Id(index.internalId());
    if (name.isEmpty() || name == m_byId.value(id).name)
        return false;
    const Status s = m_project->renameCode(id, name);
    if (!s) {
        Q_EMIT operationFailed(s.message());
        return false;
    }
    return true;
}

Qt::DropActions CodebookModel::supportedDropActions() const { return Qt::MoveAction | Qt::CopyAction; }
Qt::DropActions CodebookModel::supportedDragActions() const { return Qt::MoveAction | Qt::CopyAction; }

QStringList CodebookModel::mimeTypes() const { return {kCodeMimeType, spanmime::kMimeType}; }

QMimeData *CodebookModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (i.isValid()) {
            auto *data = new QMimeData;
            data->setData(kCodeMimeType, QByteArray::number(qint64(i.internalId())));
            data->setText(m_project->codePath(Id(i.internalId())));
            return data;
        }
    }
    return nullptr;
}

bool CodebookModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &parent) const
{
    if (spanmime::read(data))
        return parent.isValid();
    return data && data->hasFormat(kCodeMimeType);
}

bool CodebookModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                 const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (const std::optional<spanmime::Span> span = spanmime::read(data)) {
        // A selection dragged from the document onto a code codes it.
        if (!parent.isValid())
            return false;
        const Id code = Id(parent.internalId());
        const Result<Id> quote = m_project->applyCode(span->document, span->start, span->end, code);
        if (!quote) {
            Q_EMIT operationFailed(quote.message());
            return false;
        }
        Q_EMIT spanCoded(*quote, code);
        return true;
    }
    if (!data || !data->hasFormat(kCodeMimeType))
        return false;
    bool ok = false;
    const Id code = data->data(kCodeMimeType).toLongLong(&ok);
    if (!ok || !m_byId.contains(code))
        return false;
    const std::optional<Id> newParent = parent.isValid() ? std::optional<Id>(Id(parent.internalId())) : std::nullopt;
    // A code cannot move below itself.
    for (std::optional<Id> p = newParent; p; p = m_byId.value(*p).parentId) {
        if (*p == code)
            return false;
    }
    int index = row < 0 ? int(m_children.value(newParent.value_or(0)).size()) : row;
    // Moving down among the same siblings: the code's own row is vacated first.
    const Code moving = m_byId.value(code);
    if (moving.parentId == newParent && m_row.value(code) < index)
        --index;
    const Status s = m_project->moveCode(code, newParent, index);
    if (!s) {
        Q_EMIT operationFailed(s.message());
        return false;
    }
    // The move is done in the project; the view must not remove the dragged row itself.
    return false;
}

QModelIndex CodebookModel::indexOf(Id code, int column) const
{
    if (!m_byId.contains(code))
        return {};
    return createIndex(m_row.value(code), column, quintptr(code));
}

std::optional<Id> CodebookModel::codeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    return Id(index.internalId());
}

std::optional<Code> CodebookModel::code(Id id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? std::nullopt : std::optional<Code>(*it);
}

}  // namespace crosscut::ui
