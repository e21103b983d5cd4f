#include "storage/corruptionscan.h"

#include <QElapsedTimer>

#include <sqlcipher/sqlite3.h>

namespace crosscut::sql {

namespace {

struct Budget {
    QElapsedTimer clock;
    int ms = 0;
    bool expired = false;
};

int overBudget(void *data)
{
    auto *budget = static_cast<Budget *>(data);
    budget->expired = budget->clock.elapsed() > budget->ms;
    return budget->expired ? 1 : 0;
}

}  // namespace

Result<CorruptionScan> scanForCorruption(Database &db, bool full, int budgetMs)
{
    CorruptionScan scan;
    Budget budget;
    budget.ms = budgetMs;
    budget.clock.start();
    sqlite3_progress_handler(db.handle(), 10000, &overBudget, &budget);
    auto stmt = db.prepare(full ? QStringLiteral("PRAGMA integrity_check(5)") : QStringLiteral("PRAGMA quick_check(5)"));
    if (!stmt) {
        sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
        if (stmt.error().kind == ErrorKind::Corrupt || stmt.error().kind == ErrorKind::NotAProject) {
            scan.problems.append(stmt.message());
            return scan;
        }
        return stmt.error();
    }
    while (stmt->next()) {
        const QString line = stmt->text(0);
        if (line != QLatin1String("ok"))
            scan.problems.append(line);
    }
    const std::optional<Error> failed = stmt->error();
    sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
    if (budget.expired) {
        scan.complete = false;
        return scan;  // what was found so far still counts
    }
    if (failed) {
        if (failed->kind == ErrorKind::Corrupt || failed->kind == ErrorKind::NotAProject) {
            scan.problems.append(failed->message);
            return scan;
        }
        return *failed;
    }
    return scan;
}

}  // namespace crosscut::sql
