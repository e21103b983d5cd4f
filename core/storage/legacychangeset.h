#pragma once
// Reads the operation log of projects written before version 6, which held
// each operation as an SQLite session changeset. SQLCipher, the one SQLite
// Crosscut links now, has no session extension, so the version-6 upgrade
// decodes those changesets itself (the format is documented with
// sqlite3changeset_start: per table a header, then one record per changed
// row) and stores them as captured row changes.

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace crosscut::sql {

struct LegacyChange {
    enum class Kind { Insert, Update, Delete };
    QString table;
    Kind kind = Kind::Insert;
    // One entry per column of the table as it was; nullopt where the
    // changeset leaves a value out (an update's unchanged columns).
    QList<std::optional<QVariant>> oldValues;
    QList<std::optional<QVariant>> newValues;
};

// Decodes a whole changeset, or says where it is damaged.
Result<QList<LegacyChange>> decodeLegacyChangeset(const QByteArray &changeset);

class Database;
// Moves every operation's changeset into operation_change (inside the
// caller's transaction): the version-6 upgrade.
Status convertLegacyOperationLog(Database &db);

}  // namespace crosscut::sql
