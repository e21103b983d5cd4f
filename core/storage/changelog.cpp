#include "storage/changelog.h"

#include <sqlcipher/sqlite3.h>

#include <QList>

namespace crosscut::sql {

namespace {

enum Kind : int { Insert = 0, Update = 1, Delete = 2 };

QString quoted(const QString &identifier) { return QLatin1Char('"') + identifier + QLatin1Char('"'); }

// The JSON path of a column in a recorded row.
QString path(const QString &column) { return QStringLiteral("'$.\"%1\"'").arg(column); }

void capturingFunction(sqlite3_context *context, int, sqlite3_value **)
{
    const bool *on = static_cast<const bool *>(sqlite3_user_data(context));
    sqlite3_result_int(context, *on ? 1 : 0);
}

}  // namespace

Result<TableShape> readTableShape(Database &db, const QString &table)
{
    auto stmt = db.prepare(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, table);
    TableShape shape;
    shape.name = table;
    QList<std::pair<int, QString>> keys;
    while (stmt->next()) {
        const QString column = stmt->text(0);
        shape.columns.append(column);
        if (stmt->text(1).compare(QLatin1String("REAL"), Qt::CaseInsensitive) == 0)
            shape.realColumns.append(column);
        if (stmt->int64(2) != 0 && !stmt->isNull(3))
            shape.defaults.insert(column, stmt->text(3));
        if (stmt->int64(4) > 0)
            keys.append({int(stmt->int64(4)), column});
    }
    if (stmt->error())
        return *stmt->error();
    if (shape.columns.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("no table %1 to record changes of").arg(table));
    std::sort(keys.begin(), keys.end());
    for (const auto &key : std::as_const(keys))
        shape.primaryKey.append(key.second);
    if (shape.primaryKey.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("table %1 has no primary key to record changes by").arg(table));
    return shape;
}

QString rowJson(const TableShape &shape, const QString &alias)
{
    QStringList parts;
    for (const QString &column : shape.columns) {
        const QString value = alias + QLatin1Char('.') + quoted(column);
        parts.append(QStringLiteral("'%1'").arg(column));
        // JSON keeps 15 digits of a REAL; 17 give back the same double.
        parts.append(shape.realColumns.contains(column)
                         ? QStringLiteral("iif(typeof(%1) = 'real', printf('%!.17g', %1), %1)").arg(value)
                         : value);
    }
    return QStringLiteral("json_object(%1)").arg(parts.join(QStringLiteral(", ")));
}

struct ChangeLog::State {
    bool capturing = false;
    QHash<QString, TableShape> shapes;
    // Statements per table and purpose, prepared on first use.
    QHash<QString, std::shared_ptr<Statement>> statements;

    Result<Statement *> statement(Database &db, const QString &key, const std::function<QString()> &sql)
    {
        auto it = statements.find(key);
        if (it == statements.end()) {
            auto prepared = db.prepare(sql());
            if (!prepared)
                return prepared.error();
            it = statements.insert(key, std::make_shared<Statement>(std::move(prepared).value()));
        }
        it.value()->reset();
        return it.value().get();
    }
};

ChangeLog::ChangeLog() = default;
ChangeLog::~ChangeLog() = default;
ChangeLog::ChangeLog(ChangeLog &&) noexcept = default;
ChangeLog &ChangeLog::operator=(ChangeLog &&) noexcept = default;

bool ChangeLog::isAttached() const { return m_state != nullptr; }

void ChangeLog::setCapturing(bool on)
{
    if (m_state)
        m_state->capturing = on;
}

Result<ChangeLog> ChangeLog::attach(Database &db, const QStringList &tables)
{
    ChangeLog log;
    log.m_state = std::make_unique<State>();
    if (sqlite3_create_function_v2(db.handle(), "crosscut_capturing", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS,
                                   &log.m_state->capturing, &capturingFunction, nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return db.lastError(QStringLiteral("cannot record operations"));
    QString script;
    for (const QString &table : tables) {
        auto shape = readTableShape(db, table);
        if (!shape)
            return shape.error();
        const QString key = quoted(shape->primaryKey.first());
        const QString body =
            QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS \"capture_%1_%2\" AFTER %3 ON main.%4 "
                           "WHEN crosscut_capturing() BEGIN "
                           "INSERT INTO operation_change(tbl, kind, row_key, old, new) VALUES ('%1', %5, %6, %7, %8); "
                           "END;\n");
        script += body.arg(table, QStringLiteral("insert"), QStringLiteral("INSERT"), quoted(table))
                      .arg(int(Insert))
                      .arg(QStringLiteral("new.") + key, QStringLiteral("NULL"), rowJson(*shape, QStringLiteral("new")));
        script += body.arg(table, QStringLiteral("update"), QStringLiteral("UPDATE"), quoted(table))
                      .arg(int(Update))
                      .arg(QStringLiteral("new.") + key, rowJson(*shape, QStringLiteral("old")),
                           rowJson(*shape, QStringLiteral("new")));
        script += body.arg(table, QStringLiteral("delete"), QStringLiteral("DELETE"), quoted(table))
                      .arg(int(Delete))
                      .arg(QStringLiteral("old.") + key, rowJson(*shape, QStringLiteral("old")), QStringLiteral("NULL"));
        log.m_state->shapes.insert(table, *shape);
    }
    if (Status s = db.execScript(script); !s)
        return makeError(s.error().kind, QStringLiteral("cannot record operations: %1").arg(s.message()));
    return log;
}

Result<qint64> ChangeLog::lastSeq(Database &db) const
{
    // Asked twice per operation: a cached statement, not a new prepare.
    auto stmt = m_state->statement(db, QStringLiteral("last seq"), [] {
        return QStringLiteral("SELECT coalesce(max(seq), 0) FROM operation_change");
    });
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    const qint64 last = s.next() ? s.int64(0) : 0;
    if (s.error())
        return *s.error();
    s.reset();
    return last;
}

Result<ChangeList> ChangeLog::describe(Database &db, qint64 first, qint64 last, bool inverted, int limit) const
{
    ChangeList list;
    auto prepared = m_state->statement(db, QStringLiteral("describe"), [] {
        return QStringLiteral("SELECT tbl, kind, row_key FROM operation_change WHERE seq BETWEEN ? AND ? ORDER BY seq LIMIT ?");
    });
    if (!prepared)
        return prepared.error();
    Statement *stmt = *prepared;
    stmt->bind(1, first).bind(2, last).bind(3, limit + 1);
    while (stmt->next()) {
        if (list.rows.size() >= limit) {
            list.reset = true;
            list.rows.clear();
            break;
        }
        RowChange change;
        change.table = stmt->text(0);
        const int kind = int(stmt->int64(1));
        change.op = kind == Update ? RowChange::Op::Update
                  : (kind == Insert) != inverted ? RowChange::Op::Insert
                                                 : RowChange::Op::Delete;
        change.id = stmt->int64(2);
        list.rows.append(change);
    }
    if (stmt->error())
        return *stmt->error();
    stmt->reset();
    return list;
}

Status ChangeLog::replay(Database &db, qint64 first, qint64 last, bool backwards)
{
    if (!m_state)
        return makeError(ErrorKind::Invalid, QStringLiteral("the operation log is not attached"));
    struct Run {
        QString table;
        int kind;
        qint64 first;
        qint64 last;
    };
    QList<Run> runs;
    {
        auto stmt = db.prepare(QStringLiteral("SELECT seq, tbl, kind FROM operation_change WHERE seq BETWEEN ? AND ? "
                                              "ORDER BY seq"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, first).bind(2, last);
        while (stmt->next()) {
            const qint64 seq = stmt->int64(0);
            const int kind = int(stmt->int64(2));
            if (!runs.isEmpty() && runs.last().kind == kind && runs.last().last + 1 == seq
                && runs.last().table == stmt->text(1)) {
                runs.last().last = seq;
                continue;
            }
            runs.append({stmt->text(1), kind, seq, seq});
        }
        if (stmt->error())
            return *stmt->error();
    }
    if (Status s = db.execScript(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s)
        return s;
    auto conflict = [](const QString &table) {
        return makeError(ErrorKind::Conflict,
                         QStringLiteral("a row of %1 is not as the operation log expects").arg(table));
    };
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const Run &run = runs[backwards ? runs.size() - 1 - i : i];
        const auto shapeIt = m_state->shapes.constFind(run.table);
        if (shapeIt == m_state->shapes.cend())
            return makeError(ErrorKind::Corrupt, QStringLiteral("the operation log names an unknown table %1").arg(run.table));
        const TableShape &shape = *shapeIt;
        const qint64 count = run.last - run.first + 1;
        // Inserting rows again (redo of an insert, undo of a delete).
        const bool reinsert = (run.kind == Insert && !backwards) || (run.kind == Delete && backwards);
        const bool remove = (run.kind == Delete && !backwards) || (run.kind == Insert && backwards);
        const QString source = run.kind == Insert ? QStringLiteral("new") : QStringLiteral("old");
        if (reinsert) {
            const QString key = QStringLiteral("insert %1 %2 %3").arg(shape.name, source).arg(backwards);
            auto stmt = m_state->statement(db, key, [&] {
                QStringList columns, values;
                for (const QString &c : shape.columns) {
                    columns.append(quoted(c));
                    const QString v = QStringLiteral("%1 ->> %2").arg(source, path(c));
                    values.append(shape.defaults.contains(c)
                                      ? QStringLiteral("coalesce(%1, %2)").arg(v, shape.defaults.value(c))
                                      : v);
                }
                return QStringLiteral("INSERT INTO %1(%2) SELECT %3 FROM operation_change WHERE seq BETWEEN ?1 AND ?2 "
                                      "ORDER BY seq %4")
                    .arg(quoted(shape.name), columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
                         backwards ? QStringLiteral("DESC") : QStringLiteral("ASC"));
            });
            if (!stmt)
                return stmt.error();
            (*stmt)->bind(1, run.first).bind(2, run.last);
            if (Status s = (*stmt)->exec(); !s)
                return s.error().kind == ErrorKind::Invalid || s.error().kind == ErrorKind::Conflict ? conflict(shape.name)
                                                                                                      : s;
            if (db.changes() != count)
                return conflict(shape.name);
        } else if (remove) {
            const QString key = QStringLiteral("delete %1 %2").arg(shape.name, source);
            auto stmt = m_state->statement(db, key, [&] {
                QStringList keys, values;
                for (const QString &c : shape.primaryKey) {
                    keys.append(quoted(c));
                    values.append(QStringLiteral("%1 ->> %2").arg(source, path(c)));
                }
                return QStringLiteral("DELETE FROM %1 WHERE (%2) IN (SELECT %3 FROM operation_change "
                                      "WHERE seq BETWEEN ?1 AND ?2)")
                    .arg(quoted(shape.name), keys.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
            });
            if (!stmt)
                return stmt.error();
            (*stmt)->bind(1, run.first).bind(2, run.last);
            if (Status s = (*stmt)->exec(); !s)
                return s;
            if (db.changes() != count)
                return conflict(shape.name);
        } else {
            // Updates one by one, in the order that retraces the operation:
            // set the columns the record holds, find the row by its key.
            auto update = m_state->statement(db, QStringLiteral("update %1").arg(shape.name), [&] {
                QStringList sets, where;
                for (const QString &c : shape.columns)
                    sets.append(QStringLiteral("%1 = CASE WHEN json_type(?1, %2) IS NULL THEN %1 ELSE ?1 ->> %2 END")
                                    .arg(quoted(c), path(c)));
                for (const QString &c : shape.primaryKey)
                    where.append(QStringLiteral("%1 = coalesce(?2 ->> %2, ?3 ->> %2)").arg(quoted(c), path(c)));
                return QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                    .arg(quoted(shape.name), sets.join(QStringLiteral(", ")), where.join(QStringLiteral(" AND ")));
            });
            if (!update)
                return update.error();
            auto rows = db.prepare(QStringLiteral("SELECT old, new FROM operation_change WHERE seq BETWEEN ? AND ? "
                                                  "ORDER BY seq %1")
                                       .arg(backwards ? QStringLiteral("DESC") : QStringLiteral("ASC")));
            if (!rows)
                return rows.error();
            rows->bind(1, run.first).bind(2, run.last);
            while (rows->next()) {
                const QString oldRow = rows->text(0), newRow = rows->text(1);
                Statement &u = **update;
                u.reset();
                if (backwards)
                    u.bind(1, oldRow).bind(2, newRow).bind(3, oldRow);
                else
                    u.bind(1, newRow).bind(2, oldRow).bind(3, newRow);
                if (Status s = u.exec(); !s)
                    return s;
                if (db.changes() != 1)
                    return conflict(shape.name);
            }
            if (rows->error())
                return *rows->error();
        }
    }
    return {};
}

}  // namespace crosscut::sql
