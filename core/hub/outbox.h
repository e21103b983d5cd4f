#pragma once
// A clone's outbox: every operation, undo and redo in a clone of a team
// project is written to hub_outbox, in the same transaction, as row changes
// keyed by guid (hub/wirechange.h), until the server has it and it has been
// pulled back. Project owns one recorder per open clone.
//
// The clone's role is checked here first, so that a change the server would
// refuse is refused when it is made, not at the next sync: a reader changes
// nothing; a coder changes only their own quotes, codings and memos.

#include "hub/wirechange.h"
#include "storage/sqlite.h"
#include "util/result.h"

#include <memory>

namespace crosscut::hub {

class OutboxRecorder {
public:
    ~OutboxRecorder();
    // nullptr when the project is not a clone.
    static Result<std::unique_ptr<OutboxRecorder>> attach(sql::Database &db);

    // Writes the operation log's changes [first, last] (inverted for an
    // undo) to the outbox under a new operation guid.
    Status record(const QString &label, qint64 firstChange, qint64 lastChange, bool inverted);

    // The role and coder of the clone, as hub_state says.
    QString role() const { return m_role; }
    QString coder() const { return m_coder; }

private:
    OutboxRecorder(sql::Database &db, WireCodec codec, QString role, QString coder);
    sql::Database &m_db;
    WireCodec m_codec;
    QString m_role;
    QString m_coder;
};

// Whether a change to this row may be made by a member of `role` coding as
// `coder`; an error naming what is the lead's otherwise. The server checks
// the same rule (hubschema.sql).
Status allowedFor(const QString &role, const QString &coder, const WireChange &change);

// The coder who owns a row (quote: creator, coding: coder, memo: author,
// coder: itself), empty when the row is the lead's (codebook, documents …).
QString ownerOf(const WireChange &change);

}  // namespace crosscut::hub
