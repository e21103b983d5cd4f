#pragma once
// The project file's schema: PRAGMA user_version holds its version; each
// upgrade step runs inside one transaction, so a failed upgrade leaves the
// file as it was.

#include "storage/sqlite.h"

#include <QStringList>

namespace crosscut::schema {

// 'CRSC': marks an SQLite file as a Crosscut project.
constexpr int kApplicationId = 0x43525343;

// The schema version this build writes. Files with a higher version are
// refused; files with a lower one are upgraded step by step.
int currentVersion();

// Creates the schema in an empty database (one transaction).
Status create(sql::Database &db);

// Upgrades `db` from `fromVersion` to currentVersion(), one step per
// transaction.
Status upgrade(sql::Database &db, int fromVersion);

// Tables whose row changes form an operation's changeset (undo/redo and the
// change notifications read them). The operation log itself is not one.
const QStringList &trackedTables();

// Tables whose rows carry a stable guid (a random UUID, lower case), kept by
// every copy, export and import.
const QStringList &guidTables();

}  // namespace crosscut::schema
