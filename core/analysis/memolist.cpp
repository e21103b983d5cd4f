#include "analysis/memolist.h"

#include "project/project.h"
#include "text/wordbreak.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace crosscut::analysis {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("MemoList", text); }

// "01:02:03", as the live capture window shows session time.
QString clock(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    return QStringLiteral("%1:%2:%3")
        .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg((ms / 60000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

std::optional<Id> optionalId(const sql::Statement &stmt, int column)
{
    if (stmt.isNull(column))
        return std::nullopt;
    return stmt.int64(column);
}

MemoKind kindOf(MemoTarget target)
{
    switch (target) {
    case MemoTarget::Project: return MemoKind::Project;
    case MemoTarget::Document: return MemoKind::Document;
    case MemoTarget::Code: return MemoKind::Code;
    case MemoTarget::Quote: return MemoKind::Quote;
    case MemoTarget::Case: return MemoKind::Case;
    }
    return MemoKind::Project;
}

struct Flag {
    Id id = 0;
    Id document = 0;
    qint64 timeMs = 0;
    qint64 position = 0;
    QString note;
    QString createdAt;
};

// Reads what entries are attached to, each target once.
class Resolver {
public:
    explicit Resolver(Project &project) : m_project(project) {}

    // The live flags, by (document, created_at): the key their memo shares.
    const QList<Flag> &flags()
    {
        if (!m_flagsRead) {
            m_flagsRead = true;
            sql::Statement &stmt = m_project.statement(
                "SELECT id, document_id, time_ms, position, note, created_at FROM live_flag ORDER BY document_id, time_ms, id");
            while (stmt.next())
                m_flags.append({stmt.int64(0), stmt.int64(1), stmt.int64(2), stmt.int64(3), stmt.text(4), stmt.text(5)});
            stmt.reset();
        }
        return m_flags;
    }

    const Flag *flagFor(Id document, const QString &createdAt)
    {
        for (const Flag &f : flags())
            if (f.document == document && f.createdAt == createdAt && !m_claimed.contains(f.id))
                return &f;
        return nullptr;
    }
    void claim(Id flag) { m_claimed.insert(flag); }
    bool claimed(Id flag) const { return m_claimed.contains(flag); }

    QString sessionTitle(Id document)
    {
        if (const auto it = m_sessions.constFind(document); it != m_sessions.cend())
            return *it;
        sql::Statement &stmt = m_project.statement("SELECT title FROM live_session WHERE document_id = ?");
        stmt.bind(1, document);
        QString title = stmt.next() ? stmt.text(0) : QString();
        stmt.reset();
        if (title.isEmpty())
            title = documentName(document);
        m_sessions.insert(document, title);
        return title;
    }

    QString documentName(Id document)
    {
        if (const auto it = m_documents.constFind(document); it != m_documents.cend())
            return *it;
        const std::optional<Document> d = m_project.document(document);
        const QString name = d ? d->name : QString();
        m_documents.insert(document, name);
        return name;
    }

    QString coderName(std::optional<Id> coder)
    {
        if (!coder)
            return {};
        if (m_coders.isEmpty())
            for (const Coder &c : m_project.coders())
                m_coders.insert(c.id, c.name);
        return m_coders.value(*coder);
    }

    void describe(MemoEntry &e, MemoTarget target)
    {
        if (target == MemoTarget::Project) {
            e.attachedTo = m_project.name();
            return;
        }
        if (!e.targetId)
            return;
        const Id id = *e.targetId;
        switch (target) {
        case MemoTarget::Project: break;
        case MemoTarget::Document: e.attachedTo = documentName(id); break;
        case MemoTarget::Code:
            if (const std::optional<Code> c = m_project.code(id)) {
                e.attachedTo = m_project.codePath(id);
                e.context = c->description;
            }
            break;
        case MemoTarget::Quote:
            if (const std::optional<Quote> q = m_project.quote(id)) {
                e.documentId = q->documentId;
                e.start = q->start;
                e.end = q->end;
                e.context = m_project.quoteText(*q);
                e.attachedTo = QStringLiteral("%1 [%2–%3]").arg(documentName(q->documentId)).arg(q->start).arg(q->end);
            }
            break;
        case MemoTarget::Case: {
            sql::Statement &stmt = m_project.statement("SELECT name, description FROM case_ WHERE id = ?");
            stmt.bind(1, id);
            if (stmt.next()) {
                e.attachedTo = stmt.text(0);
                e.context = stmt.text(1);
            }
            stmt.reset();
            break;
        }
        }
    }

    void describeFlag(MemoEntry &e, const Flag &f)
    {
        e.kind = MemoKind::LiveFlag;
        e.flagId = f.id;
        e.targetId = f.document;
        e.documentId = f.document;
        e.start = e.end = f.position;
        e.attachedTo = QStringLiteral("%1 · %2").arg(sessionTitle(f.document), clock(f.timeMs));
        e.context = f.note;
    }

    MemoEntry fromRow(const sql::Statement &stmt)
    {
        MemoEntry e;
        e.memoId = stmt.int64(0);
        const MemoTarget target = memoTargetFromString(stmt.text(1)).value_or(MemoTarget::Project);
        e.kind = kindOf(target);
        e.targetId = optionalId(stmt, 2);
        e.title = stmt.text(3);
        e.text = stmt.text(4);
        e.authorId = optionalId(stmt, 5);
        e.author = coderName(e.authorId);
        e.createdAt = stmt.text(6);
        e.modifiedAt = stmt.text(7);
        if (target == MemoTarget::Document && e.targetId) {
            if (const Flag *f = flagFor(*e.targetId, e.createdAt)) {
                claim(f->id);
                describeFlag(e, *f);
                return e;
            }
        }
        describe(e, target);
        return e;
    }

private:
    Project &m_project;
    bool m_flagsRead = false;
    QList<Flag> m_flags;
    QSet<Id> m_claimed;
    QHash<Id, QString> m_sessions;
    QHash<Id, QString> m_documents;
    QHash<Id, QString> m_coders;
};

constexpr const char *kMemoColumns =
    "SELECT id, target_kind, target_id, title, text, author_id, created_at, modified_at FROM memo";

bool contains(const QString &haystack, const QString &folded)
{
    return !haystack.isEmpty() && text::foldWord(haystack).contains(folded);
}

bool matchesFolded(const MemoEntry &e, const MemoFilter &f, const QString &folded)
{
    if (!f.kinds.isEmpty() && !f.kinds.contains(e.kind))
        return false;
    if (!f.author.isEmpty() && e.author != f.author)
        return false;
    if (f.since || f.until) {
        const QDate day = QDateTime::fromString(e.modifiedAt, Qt::ISODateWithMs).toUTC().date();
        if (!day.isValid() || (f.since && day < *f.since) || (f.until && day > *f.until))
            return false;
    }
    if (!folded.isEmpty() && !contains(e.title, folded) && !contains(e.text, folded) && !contains(e.attachedTo, folded)
        && !contains(e.context, folded))
        return false;
    return true;
}

}  // namespace

QString memoKindKey(MemoKind kind)
{
    switch (kind) {
    case MemoKind::Project: return QStringLiteral("project");
    case MemoKind::Document: return QStringLiteral("document");
    case MemoKind::Code: return QStringLiteral("code");
    case MemoKind::Quote: return QStringLiteral("quote");
    case MemoKind::Case: return QStringLiteral("case");
    case MemoKind::LiveFlag: return QStringLiteral("live");
    }
    return {};
}

std::optional<MemoKind> memoKindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("live-flag") || k == QLatin1String("flag"))
        return MemoKind::LiveFlag;
    for (MemoKind kind : kAllMemoKinds)
        if (memoKindKey(kind) == k)
            return kind;
    return std::nullopt;
}

QString memoKindLabel(MemoKind kind)
{
    switch (kind) {
    case MemoKind::Project: return tr("Project");
    case MemoKind::Document: return tr("Document");
    case MemoKind::Code: return tr("Code");
    case MemoKind::Quote: return tr("Quote");
    case MemoKind::Case: return tr("Case");
    case MemoKind::LiveFlag: return tr("Live flag");
    }
    return {};
}

QString foldedSearch(const QString &search)
{
    const QString s = search.trimmed();
    return s.isEmpty() ? QString() : text::foldWord(s);
}

bool matchesFilter(const MemoEntry &entry, const MemoFilter &filter)
{
    return matchesFolded(entry, filter, foldedSearch(filter.search));
}

bool matchesFilter(const MemoEntry &entry, const MemoFilter &filter, const QString &folded)
{
    return matchesFolded(entry, filter, folded);
}

void sortMemos(QList<MemoEntry> &entries, MemoSort sort, bool descending)
{
    auto key = [sort](const MemoEntry &e) -> QString {
        switch (sort) {
        case MemoSort::Title: return e.title;
        case MemoSort::Kind: return memoKindLabel(e.kind);
        case MemoSort::AttachedTo: return e.attachedTo;
        case MemoSort::Author: return e.author;
        case MemoSort::Created: return e.createdAt;
        case MemoSort::Modified: return e.modifiedAt;
        }
        return {};
    };
    const bool textual = sort != MemoSort::Created && sort != MemoSort::Modified;
    auto idOf = [](const MemoEntry &e) { return e.memoId ? *e.memoId : -(e.flagId.value_or(0)); };
    std::stable_sort(entries.begin(), entries.end(), [&](const MemoEntry &a, const MemoEntry &b) {
        const QString ka = key(a), kb = key(b);
        int c = textual ? QString::compare(ka, kb, Qt::CaseInsensitive) : ka.compare(kb);
        if (c == 0)
            c = ka.compare(kb);
        if (c == 0)
            c = idOf(a) < idOf(b) ? -1 : (idOf(a) > idOf(b) ? 1 : 0);
        return descending ? c > 0 : c < 0;
    });
}

QList<MemoEntry> listMemos(Project &project, const MemoFilter &filter, MemoSort sort, bool descending)
{
    Resolver resolver(project);
    const QString folded = foldedSearch(filter.search);
    QList<MemoEntry> out;
    auto stmt = project.database().prepare(QString::fromLatin1(kMemoColumns) + QStringLiteral(" ORDER BY id"));
    while (stmt && stmt->next()) {
        MemoEntry e = resolver.fromRow(*stmt);
        if (matchesFolded(e, filter, folded))
            out.append(std::move(e));
    }
    // Flags whose memo is gone: listed from live_flag alone, read-only.
    for (const Flag &f : resolver.flags()) {
        if (resolver.claimed(f.id))
            continue;
        MemoEntry e;
        resolver.describeFlag(e, f);
        e.title = tr("Flag at %1").arg(clock(f.timeMs));
        e.text = f.note;
        e.createdAt = e.modifiedAt = f.createdAt;
        if (matchesFolded(e, filter, folded))
            out.append(std::move(e));
    }
    sortMemos(out, sort, descending);
    return out;
}

std::optional<MemoEntry> memoEntry(Project &project, Id memo)
{
    Resolver resolver(project);
    // A flag's memo is matched to the first flag of its time not claimed by
    // an earlier memo, as listMemos does.
    auto stmt = project.database().prepare(QString::fromLatin1(kMemoColumns)
                                           + QStringLiteral(" WHERE id <= ? AND (id = ? OR target_kind = 'document') ORDER BY id"));
    if (!stmt)
        return std::nullopt;
    stmt->bind(1, memo).bind(2, memo);
    std::optional<MemoEntry> found;
    while (stmt->next()) {
        MemoEntry e = resolver.fromRow(*stmt);
        if (e.memoId == memo)
            found = std::move(e);
    }
    return found;
}

Result<QList<MemoVersion>> memoHistory(Project &project, Id memo)
{
    auto guid = project.database().scalar(QStringLiteral("SELECT guid FROM memo WHERE id = ?"), {memo});
    if (!guid)
        return guid.error();
    if (guid->isNull())
        return makeError(ErrorKind::NotFound, tr("There is no memo #%1.").arg(memo));
    const QString memoGuid = guid->toString();
    // Each recorded insert or update of the row, with the operation that
    // owns it (operations own contiguous ranges first_change..last_change).
    auto stmt = project.database().prepare(QStringLiteral(
        "SELECT o.id, o.label, o.coder, o.created_at, o.state, c.new ->> 'title', c.new ->> 'text' "
        "FROM operation_change c JOIN operation o ON c.seq BETWEEN o.first_change AND o.last_change "
        "WHERE c.tbl = 'memo' AND c.row_key = ?1 AND c.new IS NOT NULL AND coalesce(c.new ->> 'guid', ?2) = ?2 "
        "ORDER BY c.seq"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, memo).bind(2, memoGuid);
    QList<MemoVersion> out;
    while (stmt->next()) {
        MemoVersion v{stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3),
                      stmt->text(5), stmt->text(6), stmt->int64(4) != 0};
        // Several changes of the row in one operation: the last is its version.
        if (!out.isEmpty() && out.last().operationId == v.operationId)
            out.last() = v;
        else
            out.append(v);
    }
    if (stmt->error())
        return *stmt->error();
    return out;
}

}  // namespace crosscut::analysis
