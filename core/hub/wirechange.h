#pragma once
// Row changes as they travel between a clone and its team hub: keyed by
// guid, never by a local integer id (every copy numbers its rows itself).
//
// A WireChange is one row of one synced table before (`old`) and after
// (`now`) a change; a missing side is an insert or a delete. The row is a
// JSON object keyed by column name, without the local integer primary key;
// a reference to another row holds that row's guid, a reference to a coder
// holds the coder's name (the server checks a coder's rights by it). The
// key names the row in every copy: its guid, a coder's name, or for tables
// without a guid a JSON array of the translated primary key columns
// (document_case: [document guid, case guid]; document_chunk: [document
// guid, start]).
//
// WireCodec translates between the operation log's local rows
// (storage/changelog.h) and wire changes, and applies wire changes to a
// project with "set the row to this" semantics: an insert or update makes
// the row equal to `now` (inserting it when missing), a delete removes it
// and, first, every row that refers to it and was not removed with it (a
// coding of a quote another coder deleted). A row whose required reference
// is missing here, or that a unique constraint refuses, is skipped. So
// applying the same sequence of changes to the same rows gives the same
// rows in every copy.

#include "storage/sqlite.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace crosscut::hub {

struct WireChange {
    QString table;
    QString key;
    std::optional<QJsonObject> old;
    std::optional<QJsonObject> now;

    WireChange inverted() const { return {table, key, now, old}; }
    QJsonObject toJson() const;                       // {"t", "k", "o", "n"}
    static Result<WireChange> fromJson(const QJsonObject &object);
};

// The tables a clone syncs: every tracked table but project_info (which
// holds this copy's own settings, such as a blind coder's marker).
const QStringList &syncedTables();

struct ApplyStats {
    qint64 applied = 0;   // rows set or removed
    qint64 skipped = 0;   // rows whose reference is missing or that a constraint refused
    qint64 cascaded = 0;  // rows removed because a row they referred to was
};

class WireCodec {
public:
    ~WireCodec();
    WireCodec(WireCodec &&) noexcept;
    WireCodec &operator=(WireCodec &&) noexcept;

    static Result<WireCodec> make(sql::Database &db);

    // The operation log's changes [first, last] as wire changes, in the
    // order they happened (backwards and inverted for an undo). Called
    // inside the operation's transaction: a row the operation deleted is
    // found among its own recorded rows.
    Result<QList<WireChange>> fromLog(qint64 first, qint64 last, bool inverted);

    // Every row of the synced tables as inserts, parents before children
    // (publishing a project).
    Result<QList<WireChange>> snapshot();

    // Applies one change (inside the caller's transaction).
    Status apply(const WireChange &change, ApplyStats &stats);

    // While a clone takes back its own changes to replay the server's order,
    // the local id a removed row had is kept for it, so that the same row
    // comes back under the same id (the clone's undo history refers to it).
    void beginRebase();
    void endRebase();

    // For people: "code Leadership/Provider-led", "quote in 03-ukraine".
    QString describe(const WireChange &change);

private:
    WireCodec();
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace crosscut::hub
