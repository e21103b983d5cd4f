#include "hub/wirechange.h"

#include "storage/changelog.h"
#include "storage/schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

#include <functional>

namespace crosscut::hub {

namespace {

QString quoted(const QString &identifier) { return QLatin1Char('"') + identifier + QLatin1Char('"'); }

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonArray &array) { return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)); }

// Memo targets and set members name their table by a kind.
QString tableOfKind(const QString &kind)
{
    if (kind == QLatin1String("case"))
        return QStringLiteral("case_");
    if (kind == QLatin1String("document") || kind == QLatin1String("code") || kind == QLatin1String("quote"))
        return kind;
    return {};
}

QString kindOfTable(const QString &table)
{
    return table == QLatin1String("case_") ? QStringLiteral("case") : table;
}

// A reference from a column to a row of another table.
struct Ref {
    enum class Kind { Row, Coder, ByKindColumn };
    QString column;
    QString target;      // empty for ByKindColumn
    QString kindColumn;  // memo.target_kind, set_member.member_kind
    Kind kind = Kind::Row;
    bool required = false;  // NOT NULL: a row whose target is missing is skipped
};

struct TableInfo {
    QString name;
    sql::TableShape shape;
    bool hasGuid = false;
    bool integerId = false;  // its primary key is a local integer id
    QStringList keyColumns;  // the columns of its key when it has no guid
    QList<Ref> refs;
};

QVariant jsonToVariant(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return qint64(v.toBool() ? 1 : 0);
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return qint64(d);
        return d;
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
}

}  // namespace

QJsonObject WireChange::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("t"), table);
    o.insert(QStringLiteral("k"), key);
    o.insert(QStringLiteral("o"), old ? QJsonValue(*old) : QJsonValue());
    o.insert(QStringLiteral("n"), now ? QJsonValue(*now) : QJsonValue());
    return o;
}

Result<WireChange> WireChange::fromJson(const QJsonObject &object)
{
    WireChange c;
    c.table = object.value(QStringLiteral("t")).toString();
    c.key = object.value(QStringLiteral("k")).toString();
    if (object.value(QStringLiteral("o")).isObject())
        c.old = object.value(QStringLiteral("o")).toObject();
    if (object.value(QStringLiteral("n")).isObject())
        c.now = object.value(QStringLiteral("n")).toObject();
    if (c.table.isEmpty() || c.key.isEmpty() || (!c.old && !c.now))
        return makeError(ErrorKind::Corrupt, QStringLiteral("the team server sent a row change Crosscut cannot read"));
    return c;
}

const QStringList &syncedTables()
{
    // Parents before children: a snapshot is applied in this order.
    static const QStringList tables = {
        QStringLiteral("coder"),        QStringLiteral("case_"),         QStringLiteral("document"),
        QStringLiteral("attribute"),    QStringLiteral("code"),          QStringLiteral("set_"),
        QStringLiteral("set_member"),   QStringLiteral("document_case"), QStringLiteral("speaker_turn"),
        QStringLiteral("document_attribute"), QStringLiteral("case_attribute"), QStringLiteral("quote"),
        QStringLiteral("coding"),       QStringLiteral("memo"),          QStringLiteral("live_session"),
        QStringLiteral("live_roster"),  QStringLiteral("live_flag"),     QStringLiteral("live_code_key"),
        QStringLiteral("document_chunk"), QStringLiteral("adjudication"), QStringLiteral("tie"),
        QStringLiteral("framework_summary"),
    };
    return tables;
}

struct WireCodec::State {
    sql::Database *db = nullptr;
    QHash<QString, TableInfo> tables;
    // Who refers to a table: (child table, ref index).
    QHash<QString, QList<std::pair<QString, int>>> dependents;
    QHash<QString, std::shared_ptr<sql::Statement>> statements;
    // Rebase: local ids kept for rows taken back, per table and key.
    bool rebasing = false;
    QHash<QString, QHash<QString, qint64>> reserved;
    QHash<QString, qint64> maxReserved;

    Result<sql::Statement *> statement(const QString &sql)
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            auto prepared = db->prepare(sql);
            if (!prepared)
                return prepared.error();
            it = statements.insert(sql, std::make_shared<sql::Statement>(std::move(prepared).value()));
        }
        it.value()->reset();
        return it.value().get();
    }

    // The guid (a coder: the name) of a local row as the database holds it now.
    QJsonValue currentIdentity(const QString &table, qint64 id)
    {
        const QString column = table == QLatin1String("coder") ? QStringLiteral("name") : QStringLiteral("guid");
        auto stmt = statement(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, quoted(table)));
        if (!stmt)
            return QJsonValue();
        (*stmt)->bind(1, id);
        QJsonValue v;
        if ((*stmt)->next())
            v = (*stmt)->text(0);
        (*stmt)->reset();
        return v;
    }

    // The local id of the row with this guid (a coder: this name).
    std::optional<qint64> localId(const QString &table, const QString &identity)
    {
        if (identity.isEmpty())
            return std::nullopt;
        const QString column = table == QLatin1String("coder") ? QStringLiteral("name") : QStringLiteral("guid");
        auto stmt = statement(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(quoted(table), column));
        if (!stmt)
            return std::nullopt;
        (*stmt)->bind(1, identity);
        std::optional<qint64> id;
        if ((*stmt)->next())
            id = (*stmt)->int64(0);
        (*stmt)->reset();
        return id;
    }
};

WireCodec::WireCodec() : m_state(std::make_unique<State>()) {}
WireCodec::~WireCodec() = default;
WireCodec::WireCodec(WireCodec &&) noexcept = default;
WireCodec &WireCodec::operator=(WireCodec &&) noexcept = default;

void WireCodec::beginRebase()
{
    m_state->rebasing = true;
    m_state->reserved.clear();
    m_state->maxReserved.clear();
}

void WireCodec::endRebase()
{
    m_state->rebasing = false;
    m_state->reserved.clear();
    m_state->maxReserved.clear();
}

Result<WireCodec> WireCodec::make(sql::Database &db)
{
    WireCodec codec;
    State &st = *codec.m_state;
    st.db = &db;
    for (const QString &table : schema::trackedTables())
        if (table != QLatin1String("project_info") && !syncedTables().contains(table))
            return makeError(ErrorKind::Invalid, QStringLiteral("table %1 is tracked but not synced").arg(table));
    for (const QString &table : syncedTables()) {
        TableInfo info;
        info.name = table;
        auto shape = sql::readTableShape(db, table);
        if (!shape)
            return shape.error();
        info.shape = *shape;
        info.hasGuid = info.shape.columns.contains(QStringLiteral("guid"));
        info.integerId = info.shape.primaryKey == QStringList{QStringLiteral("id")};
        QSet<QString> notNull;
        {
            auto stmt = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE \"notnull\""));
            if (!stmt)
                return stmt.error();
            stmt->bind(1, table);
            while (stmt->next())
                notNull.insert(stmt->text(0));
        }
        {
            auto stmt = db.prepare(QStringLiteral("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)"));
            if (!stmt)
                return stmt.error();
            stmt->bind(1, table);
            while (stmt->next()) {
                Ref ref;
                ref.column = stmt->text(1);
                ref.target = stmt->text(0);
                ref.kind = ref.target == QLatin1String("coder") ? Ref::Kind::Coder : Ref::Kind::Row;
                ref.required = notNull.contains(ref.column);
                info.refs.append(ref);
            }
        }
        // References the schema keeps as plain ids (see storage/schema.cpp).
        auto plain = [&](const QString &column, const QString &target, bool required) {
            info.refs.append(Ref{column, target, {}, Ref::Kind::Row, required});
        };
        if (table == QLatin1String("live_roster"))
            plain(QStringLiteral("case_id"), QStringLiteral("case_"), false);
        if (table == QLatin1String("live_code_key"))
            plain(QStringLiteral("code_id"), QStringLiteral("code"), true);
        if (table == QLatin1String("memo"))
            info.refs.append(Ref{QStringLiteral("target_id"), {}, QStringLiteral("target_kind"), Ref::Kind::ByKindColumn, false});
        if (table == QLatin1String("framework_summary"))
            info.refs.append(Ref{QStringLiteral("row_id"), {}, QStringLiteral("row_kind"), Ref::Kind::ByKindColumn, true});
        if (table == QLatin1String("set_member"))
            info.refs.append(Ref{QStringLiteral("member_id"), {}, QStringLiteral("member_kind"), Ref::Kind::ByKindColumn, true});
        if (!info.hasGuid) {
            if (table == QLatin1String("document_chunk"))
                info.keyColumns = {QStringLiteral("document_id"), QStringLiteral("start")};
            else if (info.integerId)
                return makeError(ErrorKind::Invalid, QStringLiteral("table %1 has neither a guid nor a key to sync by").arg(table));
            else
                info.keyColumns = info.shape.primaryKey;
        }
        st.tables.insert(table, info);
    }
    for (auto it = st.tables.cbegin(); it != st.tables.cend(); ++it)
        for (int i = 0; i < it->refs.size(); ++i) {
            const Ref &ref = it->refs[i];
            if (ref.kind == Ref::Kind::ByKindColumn) {
                for (const QString &t : {QStringLiteral("document"), QStringLiteral("code"), QStringLiteral("quote"),
                                         QStringLiteral("case_")})
                    st.dependents[t].append({it.key(), i});
            } else {
                st.dependents[ref.target].append({it.key(), i});
            }
        }
    return codec;
}

namespace {

// Translates a local row (ids) to a wire row (guids), resolving each
// reference with `identity`.
QJsonObject toWire(const TableInfo &info, const QJsonObject &row,
                   const std::function<QJsonValue(const QString &, qint64)> &identity)
{
    QJsonObject out = row;
    if (info.integerId)
        out.remove(QStringLiteral("id"));
    for (const Ref &ref : info.refs) {
        const QJsonValue v = row.value(ref.column);
        if (v.isNull() || v.isUndefined())
            continue;
        QString target = ref.target;
        if (ref.kind == Ref::Kind::ByKindColumn)
            target = tableOfKind(row.value(ref.kindColumn).toString());
        out.insert(ref.column, target.isEmpty() ? QJsonValue() : identity(target, qint64(v.toDouble())));
    }
    if (info.name == QLatin1String("adjudication")) {
        // coded: [[start, end, code id], …] → code guids.
        QJsonArray coded = QJsonDocument::fromJson(row.value(QStringLiteral("coded")).toString().toUtf8()).array();
        for (qsizetype i = 0; i < coded.size(); ++i) {
            QJsonArray item = coded.at(i).toArray();
            if (item.size() == 3)
                item[2] = identity(QStringLiteral("code"), qint64(item.at(2).toDouble()));
            coded[i] = item;
        }
        out.insert(QStringLiteral("coded"), compact(coded));
    }
    return out;
}

}  // namespace

static QString keyOf(const TableInfo &info, const QJsonObject &wireRow)
{
    if (info.name == QLatin1String("coder"))
        return wireRow.value(QStringLiteral("name")).toString();
    if (info.hasGuid)
        return wireRow.value(QStringLiteral("guid")).toString();
    QJsonArray key;
    for (const QString &c : info.keyColumns)
        key.append(wireRow.value(c));
    return compact(key);
}

Result<QList<WireChange>> WireCodec::fromLog(qint64 first, qint64 last, bool inverted)
{
    State &st = *m_state;
    struct Logged {
        QString table;
        qint64 id = 0;
        std::optional<QJsonObject> old, now;
    };
    QList<Logged> logged;
    {
        auto stmt = st.db->prepare(QStringLiteral("SELECT tbl, row_key, old, new FROM operation_change "
                                                  "WHERE seq BETWEEN ? AND ? ORDER BY seq"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, first).bind(2, last);
        while (stmt->next()) {
            Logged l;
            l.table = stmt->text(0);
            if (!st.tables.contains(l.table))
                continue;
            l.id = stmt->int64(1);
            if (!stmt->isNull(2))
                l.old = parseObject(stmt->text(2));
            if (!stmt->isNull(3))
                l.now = parseObject(stmt->text(3));
            logged.append(std::move(l));
        }
        if (stmt->error())
            return *stmt->error();
    }
    // A reference means the row that had that id at the moment of the
    // change. After an operation the database holds the state after its last
    // change: walk backwards (before each change, an id meant what its old
    // row says). After an undo it holds the state before the first change:
    // walk forwards (after each change, an id means what its new row says).
    QHash<QString, QHash<qint64, QJsonValue>> overrides;  // table → id → identity (null: no such row)
    auto identity = [&](const QString &table, qint64 id) -> QJsonValue {
        const auto t = overrides.constFind(table);
        if (t != overrides.cend()) {
            const auto it = t->constFind(id);
            if (it != t->cend())
                return *it;
        }
        return st.currentIdentity(table, id);
    };
    auto remember = [&](const Logged &l, const std::optional<QJsonObject> &row) {
        const TableInfo &info = st.tables[l.table];
        if (!info.integerId || !info.hasGuid)
            return;
        const QString column = l.table == QLatin1String("coder") ? QStringLiteral("name") : QStringLiteral("guid");
        overrides[l.table].insert(l.id, row ? row->value(column) : QJsonValue());
    };
    QList<WireChange> out(logged.size());
    for (qsizetype step = 0; step < logged.size(); ++step) {
        const qsizetype i = inverted ? step : logged.size() - 1 - step;
        const Logged &l = logged[i];
        const TableInfo &info = st.tables[l.table];
        WireChange &c = out[i];
        c.table = l.table;
        if (inverted) {
            if (l.old)
                c.old = toWire(info, *l.old, identity);
            remember(l, l.now);
            if (l.now)
                c.now = toWire(info, *l.now, identity);
        } else {
            if (l.now)
                c.now = toWire(info, *l.now, identity);
            remember(l, l.old);
            if (l.old)
                c.old = toWire(info, *l.old, identity);
        }
        c.key = keyOf(info, c.old ? *c.old : *c.now);
    }
    if (inverted) {
        QList<WireChange> reversed;
        reversed.reserve(out.size());
        for (qsizetype i = out.size() - 1; i >= 0; --i)
            reversed.append(out[i].inverted());
        return reversed;
    }
    return out;
}

Result<QList<WireChange>> WireCodec::snapshot()
{
    State &st = *m_state;
    QList<WireChange> out;
    auto identity = [&](const QString &table, qint64 id) { return st.currentIdentity(table, id); };
    for (const QString &table : syncedTables()) {
        const TableInfo &info = st.tables[table];
        QString sql = QStringLiteral("SELECT %1 FROM %2 AS r").arg(sql::rowJson(info.shape, QStringLiteral("r")), quoted(table));
        if (table == QLatin1String("code"))
            sql = QStringLiteral("WITH RECURSIVE depth(id, d) AS (SELECT id, 0 FROM code WHERE parent_id IS NULL "
                                 "UNION ALL SELECT c.id, depth.d + 1 FROM code c JOIN depth ON c.parent_id = depth.id) "
                                 "SELECT %1 FROM code AS r JOIN depth ON depth.id = r.id ORDER BY depth.d, r.id")
                      .arg(sql::rowJson(info.shape, QStringLiteral("r")));
        else if (info.integerId)
            sql += QStringLiteral(" ORDER BY r.id");
        auto stmt = st.db->prepare(sql);
        if (!stmt)
            return stmt.error();
        while (stmt->next()) {
            WireChange c;
            c.table = table;
            c.now = toWire(info, parseObject(stmt->text(0)), identity);
            c.key = keyOf(info, *c.now);
            out.append(std::move(c));
        }
        if (stmt->error())
            return *stmt->error();
    }
    return out;
}

namespace {

struct LocalRow {
    QList<std::pair<QString, QVariant>> values;  // column → local value
    bool complete = true;                         // every required reference found
};

}  // namespace

Status WireCodec::apply(const WireChange &change, ApplyStats &stats)
{
    State &st = *m_state;
    const auto infoIt = st.tables.constFind(change.table);
    if (infoIt == st.tables.cend()) {
        ++stats.skipped;  // a table this version does not know
        return {};
    }
    const TableInfo &info = *infoIt;

    // Where the row is here: its local primary key values, if it exists.
    auto resolve = [&](const QString &table, const QJsonValue &identity) -> std::optional<qint64> {
        return st.localId(table, identity.toString());
    };
    auto findRow = [&]() -> Result<std::optional<QList<QVariant>>> {
        QStringList where;
        QList<QVariant> params;
        if (info.hasGuid) {
            where.append(info.name == QLatin1String("coder") ? QStringLiteral("name = ?") : QStringLiteral("guid = ?"));
            params.append(change.key);
        } else {
            const QJsonArray key = QJsonDocument::fromJson(change.key.toUtf8()).array();
            if (key.size() != info.keyColumns.size())
                return std::optional<QList<QVariant>>();
            for (qsizetype i = 0; i < key.size(); ++i) {
                const QString &column = info.keyColumns[i];
                QVariant value = jsonToVariant(key.at(i));
                for (const Ref &ref : info.refs)
                    if (ref.column == column) {
                        QString target = ref.target;
                        if (ref.kind == Ref::Kind::ByKindColumn) {
                            const qsizetype k = info.keyColumns.indexOf(ref.kindColumn);
                            target = k >= 0 ? tableOfKind(key.at(k).toString()) : QString();
                        }
                        const auto id = target.isEmpty() ? std::nullopt : resolve(target, key.at(i));
                        if (!id)
                            return std::optional<QList<QVariant>>();
                        value = *id;
                    }
                where.append(quoted(column) + QStringLiteral(" = ?"));
                params.append(value);
            }
        }
        QStringList pk;
        for (const QString &c : info.shape.primaryKey)
            pk.append(quoted(c));
        auto stmt = st.statement(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                     .arg(pk.join(QStringLiteral(", ")), quoted(info.name),
                                          where.join(QStringLiteral(" AND "))));
        if (!stmt)
            return stmt.error();
        for (qsizetype i = 0; i < params.size(); ++i)
            (*stmt)->bindVariant(int(i) + 1, params[i]);
        std::optional<QList<QVariant>> found;
        if ((*stmt)->next()) {
            QList<QVariant> values;
            for (int i = 0; i < info.shape.primaryKey.size(); ++i)
                values.append((*stmt)->value(i));
            found = values;
        }
        if ((*stmt)->error())
            return *(*stmt)->error();
        (*stmt)->reset();
        return found;
    };

    auto found = findRow();
    if (!found)
        return found.error();

    if (!change.now) {
        if (!*found)
            return {};
        std::function<Status(const TableInfo &, const QList<QVariant> &)> remove;
        remove = [&](const TableInfo &t, const QList<QVariant> &pk) -> Status {
            if (t.integerId) {
                const qint64 id = pk.first().toLongLong();
                for (const auto &[childTable, refIndex] : st.dependents.value(t.name)) {
                    const TableInfo &child = st.tables[childTable];
                    const Ref &ref = child.refs[refIndex];
                    QString where = quoted(ref.column) + QStringLiteral(" = ?1");
                    if (ref.kind == Ref::Kind::ByKindColumn)
                        where += QStringLiteral(" AND %1 = ?2").arg(quoted(ref.kindColumn));
                    QStringList childPk;
                    for (const QString &c : child.shape.primaryKey)
                        childPk.append(quoted(c));
                    if (!ref.required && ref.kind != Ref::Kind::ByKindColumn) {
                        auto upd = st.statement(QStringLiteral("UPDATE %1 SET %2 = NULL WHERE %3")
                                                    .arg(quoted(childTable), quoted(ref.column), where));
                        if (!upd)
                            return upd.error();
                        (*upd)->bind(1, id);
                        if (Status s = (*upd)->exec(); !s)
                            return s;
                        stats.cascaded += st.db->changes();
                        continue;
                    }
                    auto sel = st.db->prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                                  .arg(childPk.join(QStringLiteral(", ")), quoted(childTable), where));
                    if (!sel)
                        return sel.error();
                    sel->bind(1, id);
                    if (ref.kind == Ref::Kind::ByKindColumn)
                        sel->bind(2, kindOfTable(t.name));
                    QList<QList<QVariant>> rows;
                    while (sel->next()) {
                        QList<QVariant> values;
                        for (int i = 0; i < child.shape.primaryKey.size(); ++i)
                            values.append(sel->value(i));
                        rows.append(values);
                    }
                    if (sel->error())
                        return *sel->error();
                    for (const auto &row : std::as_const(rows)) {
                        if (Status s = remove(child, row); !s)
                            return s;
                        ++stats.cascaded;
                    }
                }
            }
            QStringList where;
            for (const QString &c : t.shape.primaryKey)
                where.append(quoted(c) + QStringLiteral(" = ?"));
            auto del = st.statement(QStringLiteral("DELETE FROM %1 WHERE %2").arg(quoted(t.name), where.join(QStringLiteral(" AND "))));
            if (!del)
                return del.error();
            for (qsizetype i = 0; i < pk.size(); ++i)
                (*del)->bindVariant(int(i) + 1, pk[i]);
            return (*del)->exec();
        };
        if (Status s = remove(info, **found); !s)
            return s;
        if (st.rebasing && info.integerId) {
            const qint64 id = (*found)->first().toLongLong();
            st.reserved[info.name].insert(change.key, id);
            st.maxReserved[info.name] = std::max(st.maxReserved.value(info.name), id);
        }
        ++stats.applied;
        return {};
    }

    // The row as this copy stores it: references to local ids.
    const QJsonObject &wire = *change.now;
    QList<std::pair<QString, QVariant>> values;
    for (const QString &column : info.shape.columns) {
        if (info.integerId && column == QLatin1String("id"))
            continue;
        if (!wire.contains(column))
            continue;  // a column the sender does not have: its default
        const QJsonValue v = wire.value(column);
        QVariant value = jsonToVariant(v);
        for (const Ref &ref : info.refs) {
            if (ref.column != column || v.isNull())
                continue;
            QString target = ref.target;
            if (ref.kind == Ref::Kind::ByKindColumn)
                target = tableOfKind(wire.value(ref.kindColumn).toString());
            const auto id = target.isEmpty() ? std::nullopt : resolve(target, v);
            if (!id && (ref.required || ref.kind == Ref::Kind::ByKindColumn)) {
                ++stats.skipped;
                return {};
            }
            value = id ? QVariant(*id) : QVariant();
        }
        if (info.name == QLatin1String("adjudication") && column == QLatin1String("coded")) {
            QJsonArray coded = QJsonDocument::fromJson(v.toString().toUtf8()).array(), kept;
            for (const QJsonValue &item : std::as_const(coded)) {
                QJsonArray a = item.toArray();
                if (a.size() != 3)
                    continue;
                const auto id = resolve(QStringLiteral("code"), a.at(2));
                if (!id)
                    continue;
                a[2] = double(*id);
                kept.append(a);
            }
            value = compact(kept);
        }
        values.append({column, value});
    }

    auto bindValue = [](sql::Statement &stmt, int index, const QVariant &value) {
        if (!value.isValid() || value.isNull())
            stmt.bindNull(index);
        else
            stmt.bindVariant(index, value);
    };
    // A constraint that refuses the row (a second case of the same name from
    // another lead): the row is skipped, the sync goes on.
    auto refused = [](const Status &s) { return !s && (s.error().kind == ErrorKind::Conflict || s.error().kind == ErrorKind::Invalid); };

    if (*found) {
        QStringList sets, where;
        for (const auto &[column, value] : values)
            sets.append(quoted(column) + QStringLiteral(" = ?"));
        for (const QString &c : info.shape.primaryKey)
            where.append(quoted(c) + QStringLiteral(" = ?"));
        if (sets.isEmpty())
            return {};
        auto upd = st.statement(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                                    .arg(quoted(info.name), sets.join(QStringLiteral(", ")), where.join(QStringLiteral(" AND "))));
        if (!upd)
            return upd.error();
        int i = 1;
        for (const auto &[column, value] : values)
            bindValue(**upd, i++, value);
        for (const QVariant &k : **found)
            bindValue(**upd, i++, k);
        Status s = (*upd)->exec();
        if (refused(s)) {
            ++stats.skipped;
            return {};
        }
        if (!s)
            return s;
        ++stats.applied;
        return {};
    }

    QStringList columns, marks;
    for (const auto &[column, value] : values) {
        columns.append(quoted(column));
        marks.append(QStringLiteral("?"));
    }
    std::optional<qint64> id;
    if (info.integerId && st.rebasing) {
        const auto reservedId = st.reserved.value(info.name).value(change.key, 0);
        auto taken = [&](qint64 candidate) {
            auto stmt = st.statement(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(quoted(info.name)));
            if (!stmt)
                return true;
            (*stmt)->bind(1, candidate);
            const bool exists = (*stmt)->next();
            (*stmt)->reset();
            return exists;
        };
        if (reservedId > 0 && !taken(reservedId)) {
            id = reservedId;
        } else {
            auto max = st.db->scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(quoted(info.name)));
            if (!max)
                return max.error();
            id = std::max(max->toLongLong(), st.maxReserved.value(info.name)) + 1;
        }
        columns.append(QStringLiteral("id"));
        marks.append(QStringLiteral("?"));
    }
    auto ins = st.statement(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                .arg(quoted(info.name), columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    if (!ins)
        return ins.error();
    int i = 1;
    for (const auto &[column, value] : values)
        bindValue(**ins, i++, value);
    if (id)
        (*ins)->bind(i++, *id);
    Status s = (*ins)->exec();
    if (refused(s)) {
        ++stats.skipped;
        return {};
    }
    if (!s)
        return s;
    ++stats.applied;
    return {};
}

QString WireCodec::describe(const WireChange &change)
{
    const QJsonObject row = change.now ? *change.now : (change.old ? *change.old : QJsonObject());
    const QString t = change.table;
    if (t == QLatin1String("code") || t == QLatin1String("document") || t == QLatin1String("case_")
        || t == QLatin1String("attribute") || t == QLatin1String("coder") || t == QLatin1String("set_"))
        return QStringLiteral("%1 \"%2\"").arg(kindOfTable(t), row.value(QStringLiteral("name")).toString());
    if (t == QLatin1String("quote") || t == QLatin1String("speaker_turn")) {
        QString document;
        if (const auto id = m_state->localId(QStringLiteral("document"), row.value(QStringLiteral("document_id")).toString())) {
            auto name = m_state->db->scalar(QStringLiteral("SELECT name FROM document WHERE id = ?"), {*id});
            if (name)
                document = name->toString();
        }
        return QStringLiteral("%1 %2–%3 in %4")
            .arg(t == QLatin1String("quote") ? QStringLiteral("quote") : QStringLiteral("turn"))
            .arg(qint64(row.value(QStringLiteral("start")).toDouble()))
            .arg(qint64(row.value(QStringLiteral("end")).toDouble()))
            .arg(document.isEmpty() ? QStringLiteral("a document") : document);
    }
    if (t == QLatin1String("memo"))
        return QStringLiteral("memo \"%1\"").arg(row.value(QStringLiteral("title")).toString());
    return QStringLiteral("%1 row").arg(kindOfTable(t));
}

}  // namespace crosscut::hub
