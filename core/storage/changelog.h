#pragma once
// Change capture for the operation log. Every row an operation inserts,
// updates or deletes in a tracked table is recorded by a trigger into
// operation_change: the table, the kind of change, the row's key and the
// whole row before and after as JSON objects keyed by column name (REAL
// columns as 17-digit strings, so that they come back bit for bit). Rows
// carry their stable guid among their columns, so the record can be shipped
// to another copy of the project. An operation owns the contiguous range of
// operation_change rows written during its transaction; undo applies that
// range backwards, redo forwards.
//
// The triggers are TEMP triggers of this connection and record only while
// capturing() is on (inside Project::transact): another program writing to
// the file is not recorded, and replaying an operation records nothing.

#include "model/entities.h"
#include "storage/sqlite.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace crosscut::sql {

// A tracked table as the replay needs it.
struct TableShape {
    QString name;
    QStringList columns;
    QStringList primaryKey;           // in key order
    QHash<QString, QString> defaults; // NOT NULL columns with a default: its SQL expression
    QStringList realColumns;          // declared REAL
};

// Reads a table's shape from the database.
Result<TableShape> readTableShape(Database &db, const QString &table);

// The SQL expression a capture trigger records for a row ("new" or "old").
QString rowJson(const TableShape &shape, const QString &alias);

class ChangeLog {
public:
    ChangeLog();
    ~ChangeLog();
    ChangeLog(ChangeLog &&) noexcept;
    ChangeLog &operator=(ChangeLog &&) noexcept;

    // Installs the capture triggers on `tables` for this connection.
    static Result<ChangeLog> attach(Database &db, const QStringList &tables);

    bool isAttached() const;
    void setCapturing(bool on);

    // The seq of the last recorded change (0 when none).
    Result<qint64> lastSeq(Database &db) const;
    // Applies changes [first, last] forwards (redo) or backwards (undo).
    // Foreign keys are checked when the caller's transaction commits. A row
    // that is not where the change expects it fails with ErrorKind::Conflict.
    Status replay(Database &db, qint64 first, qint64 last, bool backwards);
    // What changes [first, last] did (inverted for an undo), for observers;
    // more than `limit` rows sets reset instead of listing them.
    Result<ChangeList> describe(Database &db, qint64 first, qint64 last, bool inverted, int limit) const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace crosscut::sql
