#include "privacy/history.h"

namespace crosscut::privacy {

namespace {

// The tables that record past states of the project. (A table of
// trigger-captured row changes joins this list when the log gets one.)
const char *const kLogTables[] = {
    "operation",
    "operation_change",  // every row an operation changed, old values included
};

}  // namespace

Status eraseHistory(Project &project)
{
    sql::Database &db = project.database();
    auto secure = db.scalar(QStringLiteral("PRAGMA secure_delete"));
    auto tempStore = db.scalar(QStringLiteral("PRAGMA temp_store"));
    if (!secure || !tempStore)
        return makeError(ErrorKind::Io, QStringLiteral("cannot erase the history: %1")
                                            .arg(!secure ? secure.message() : tempStore.message()));
    // Freed pages are zeroed; VACUUM's scratch copy stays in memory.
    if (Status s = db.execScript(QStringLiteral("PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY")); !s)
        return s;
    auto restore = [&] {
        static_cast<void>(db.execScript(QStringLiteral("PRAGMA secure_delete = %1; PRAGMA temp_store = %2")
                          .arg(secure->toInt())
                          .arg(tempStore->toInt())));
    };
    Status s = [&]() -> Status {
        sql::Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        for (const char *table : kLogTables)
            if (Status d = db.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))); !d)
                return d;
        // Old terms would survive in the index's segments until merged away.
        if (Status r = db.exec(QStringLiteral("INSERT INTO document_fts(document_fts) VALUES ('rebuild')")); !r)
            return r;
        return tx.commit();
    }();
    if (s)
        s = db.execScript(QStringLiteral("VACUUM"));
    if (s) {
        // Copies the rewritten file out of the -wal and empties it.
        auto busy = db.scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!busy)
            s = busy.error();
        else if (busy->toInt() != 0)
            s = makeError(ErrorKind::Locked, QStringLiteral("the write-ahead log could not be emptied (the project is busy)"));
    }
    restore();
    if (!s)
        return makeError(s.error().kind, QStringLiteral("cannot erase the project's history: %1").arg(s.message()));
    project.notifyReset();
    return {};
}

}  // namespace crosscut::privacy
