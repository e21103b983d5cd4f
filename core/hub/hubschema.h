#pragma once
// The team hub's server schema (PostgreSQL 15, schema crosscut_hub, version
// hub::kServerSchemaVersion), as one SQL script.
//
// Installing it is idempotent and is done by the database's owner, who then
// owns every table and function. Nobody else writes a table: every change
// goes through a SECURITY DEFINER function that checks the caller
// (session_user) against the project's members:
//   publish(name, blind, coder) → project id      the caller becomes its lead
//   push(project, base_seq, ops jsonb) → (guid, seq, conflicts)
//   set_member(project, user, role, coder), remove_member(project, user),
//   release(project), mark_restored(project, conflict id)   lead only
// Reads are plain SELECTs, filtered by row-level security: members see their
// projects, members and log; in a blind project a coder sees only their own
// quotes, codings and memos (and everything with no owner, the lead's
// codebook) until the lead releases it; only leads see conflicts.
//
// push's ops: [{"guid", "label", "rows": [{"t": table, "k": row key,
// "o": old row | null, "n": new row | null}, …]}, …] in the client's order.
// Refusals carry SQLSTATE 42501 (not allowed), 22023 (malformed input),
// P0002 (no such project, member or conflict), 42704 (no such PostgreSQL
// role), 23505 (name taken), 55000 (last lead).

#include <QString>

namespace crosscut::hub {

QString hubSchemaSql();

}  // namespace crosscut::hub
