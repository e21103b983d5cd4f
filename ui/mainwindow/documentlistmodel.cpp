#include "mainwindow/documentlistmodel.h"

#include "settings/uilanguage.h"

#include <QSet>
#include <QTimer>

namespace crosscut::ui {

DocumentListModel::DocumentListModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent), m_project(project)
{
    rebuild();
    connect(m_project, &Project::changed, this, &DocumentListModel::onChanged);
}

void DocumentListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_attributes.clear();
    for (const Attribute &a : m_project->attributes(AttributeScope::Document))
        m_attributes << a.name;
    const QHash<Id, int> counts = quoteCounts();
    const QHash<Id, int> speakers = speakerCounts();
    for (const Document &d : m_project->documents()) {
        Row row;
        row.document = d;
        row.speakers = speakers.value(d.id);
        row.quotes = counts.value(d.id);
        row.attributes = m_project->attributeValues(AttributeScope::Document, d.id);
        m_rows.append(row);
    }
    endResetModel();
}

QHash<Id, int> DocumentListModel::speakerCounts(std::optional<Id> document)
{
    QHash<Id, int> counts;
    sql::Statement &stmt = m_project->statement(
        // The "p. 4" page turns of a PDF document are not speakers.
        "SELECT t.document_id, count(DISTINCT CASE WHEN t.speaker GLOB 'p. [1-9]*' AND d.source_file LIKE '%.pdf' "
        "THEN NULL ELSE t.speaker END) FROM speaker_turn t JOIN document d ON d.id = t.document_id "
        "WHERE ?1 IS NULL OR t.document_id = ?1 GROUP BY t.document_id");
    stmt.bindAll({document ? QVariant(*document) : QVariant()});
    while (stmt.next())
        counts.insert(stmt.int64(0), int(stmt.int64(1)));
    stmt.reset();
    return counts;
}

bool DocumentListModel::updateRows(const ChangeList &changes)
{
    // Existing documents updated (a rename, a live commit's new length) and
    // turns added: only those rows are re-read. Anything else rebuilds.
    QSet<Id> documents;
    QHash<Id, int> insertedTurns;  // document → turns added
    QHash<Id, int> newSpeakers;    // document → of those, speakers new to it
    for (const RowChange &row : changes.rows) {
        if (row.table == QLatin1String("document")) {
            if (row.op != RowChange::Op::Update)
                return false;
            documents.insert(row.id);
        } else if (row.table == QLatin1String("speaker_turn")) {
            if (row.op != RowChange::Op::Insert)
                return false;
            // A live commit's turn: its speaker is new to the document only if
            // no other turn there has that speaker (usually found at once).
            sql::Statement &stmt = m_project->statement(
                "SELECT t.document_id, NOT EXISTS (SELECT 1 FROM speaker_turn o WHERE o.document_id = t.document_id "
                "AND o.speaker = t.speaker AND o.id <> t.id) FROM speaker_turn t WHERE t.id = ?");
            stmt.bind(1, row.id);
            if (stmt.next()) {
                documents.insert(stmt.int64(0));
                ++insertedTurns[stmt.int64(0)];
                newSpeakers[stmt.int64(0)] += int(stmt.int64(1));
            }
            stmt.reset();
        }
    }
    for (Id id : std::as_const(documents)) {
        const int r = rowOf(id);
        const auto doc = m_project->document(id);
        if (r < 0 || !doc)
            return false;
        m_rows[r].document = *doc;
        // Several turns added at once may share a new speaker: count exactly.
        if (insertedTurns.value(id) > 1)
            m_rows[r].speakers = speakerCounts(id).value(id);
        else
            m_rows[r].speakers += newSpeakers.value(id);
        Q_EMIT dataChanged(index(r, 0), index(r, columnCount() - 1));
    }
    return true;
}

void DocumentListModel::onChanged(const ChangeList &changes)
{
    if (changes.reset || changes.touches(QStringLiteral("attribute")) ||
        changes.touches(QStringLiteral("document_attribute"))) {
        rebuild();
        return;
    }
    if ((changes.touches(QStringLiteral("document")) || changes.touches(QStringLiteral("speaker_turn")))
        && !updateRows(changes)) {
        rebuild();
        return;
    }
    // A new quote is counted in without re-reading the project; a deleted
    // one no longer says its document, so the counts are re-read once after
    // the burst of changes.
    bool recount = false;
    for (const RowChange &row : changes.rows) {
        if (row.table != QLatin1String("quote"))
            continue;
        if (row.op == RowChange::Op::Insert) {
            if (const auto q = m_project->quote(row.id)) {
                const int r = rowOf(q->documentId);
                if (r >= 0) {
                    ++m_rows[r].quotes;
                    Q_EMIT dataChanged(index(r, QuotesColumn), index(r, QuotesColumn));
                }
            }
        } else if (row.op == RowChange::Op::Delete) {
            recount = true;
        }
    }
    if (recount && !m_recountPending) {
        m_recountPending = true;
        QTimer::singleShot(0, this, [this] {
            m_recountPending = false;
            recountQuotes();
        });
    }
}

QHash<Id, int> DocumentListModel::quoteCounts()
{
    QHash<Id, int> counts;
    sql::Statement &stmt = m_project->statement("SELECT document_id, count(*) FROM quote GROUP BY document_id");
    while (stmt.next())
        counts.insert(stmt.int64(0), int(stmt.int64(1)));
    stmt.reset();
    return counts;
}

void DocumentListModel::recountQuotes()
{
    const QHash<Id, int> counts = quoteCounts();
    for (int r = 0; r < m_rows.size(); ++r) {
        const int n = counts.value(m_rows[r].document.id);
        if (n == m_rows[r].quotes)
            continue;
        m_rows[r].quotes = n;
        Q_EMIT dataChanged(index(r, QuotesColumn), index(r, QuotesColumn));
    }
}

int DocumentListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstAttributeColumn + int(m_attributes.size());
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    if (role == DocumentIdRole)
        return row.document.id;
    if (role == Qt::TextAlignmentRole && (index.column() == SpeakersColumn || index.column() == QuotesColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return tr("%1\n%n code point(s)", "", int(row.document.length)).arg(row.document.sourceFile);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return asWritten(row.document.name);
    case KindColumn: return row.document.kind;
    case SpeakersColumn: return row.speakers;
    case QuotesColumn: return row.quotes;
    default: return row.attributes.value(m_attributes.value(index.column() - FirstAttributeColumn));
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Document");
    case KindColumn: return tr("Kind");
    case SpeakersColumn: return tr("Speakers");
    case QuotesColumn: return tr("Quotes");
    default: return m_attributes.value(section - FirstAttributeColumn);
    }
}

int DocumentListModel::rowOf(Id document) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].document.id == document)
            return r;
    return -1;
}

}  // namespace crosscut::ui
