// Reading a coder copy for a merge (team/mergesnapshot.h).
#include "team/mergesnapshot.h"

#include "project/project.h"
#include "storage/schema.h"
#include "storage/sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <functional>

namespace crosscut::team::detail {

namespace {

QVariant nullable(const sql::Statement &s, int column) { return s.isNull(column) ? QVariant() : s.value(column); }

// Runs `sql` on the copy and hands each row to `row`.
Status eachRow(sql::Database &db, const QString &sql, const std::function<void(const sql::Statement &)> &row)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    while (stmt->next())
        row(*stmt);
    if (stmt->error())
        return *stmt->error();
    return {};
}

Status readRows(sql::Database &db, CopySnapshot &c)
{
    if (Status s = eachRow(db, QStringLiteral("SELECT id, name, coalesce(guid, '') FROM coder ORDER BY id"),
                           [&](const sql::Statement &s) { c.coders.append({s.int64(0), s.text(1), s.text(2)}); });
        !s)
        return s;
    // Codes: parents first (depth-first over the tree), siblings in sort order.
    QList<CopyCode> all;
    if (Status s = eachRow(db,
                           QStringLiteral("SELECT id, parent_id, name, color, description, shortcut, sort_order, "
                                          "is_dimension, is_bipolar, axis_position, coalesce(guid, '') FROM code "
                                          "ORDER BY sort_order, id"),
                           [&](const sql::Statement &s) {
                               CopyCode code;
                               code.id = s.int64(0);
                               if (!s.isNull(1))
                                   code.parent = s.int64(1);
                               code.name = s.text(2);
                               code.color = s.text(3);
                               code.description = s.text(4);
                               code.shortcut = s.text(5);
                               code.sortOrder = s.int64(6);
                               code.isDimension = s.int64(7) != 0;
                               code.isBipolar = s.int64(8) != 0;
                               code.axisPosition = nullable(s, 9);
                               code.guid = s.text(10);
                               all.append(code);
                           });
        !s)
        return s;
    QHash<Id, QList<int>> children;  // parent id (0: top level) → indexes into all
    QHash<Id, bool> known;
    for (const CopyCode &code : all)
        known.insert(code.id, true);
    for (int i = 0; i < all.size(); ++i)
        children[all[i].parent && known.contains(*all[i].parent) ? *all[i].parent : 0].append(i);
    std::function<void(Id)> walk = [&](Id parent) {
        for (int i : children.value(parent)) {
            c.codes.append(all[i]);
            walk(all[i].id);
        }
    };
    walk(0);

    if (Status s = eachRow(db, QStringLiteral("SELECT id, name, description, coalesce(guid, '') FROM case_ ORDER BY id"),
                           [&](const sql::Statement &s) { c.cases.append({s.int64(0), s.text(1), s.text(2), s.text(3)}); });
        !s)
        return s;
    if (Status s = eachRow(db,
                           QStringLiteral("SELECT id, name, kind, text, source_file, imported_at, coalesce(guid, '') "
                                          "FROM document ORDER BY sort_order, id"),
                           [&](const sql::Statement &s) {
                               c.documents.append(
                                   {s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)});
                           });
        !s)
        return s;
    {
        QHash<Id, int> index;
        for (int i = 0; i < c.documents.size(); ++i)
            index.insert(c.documents[i].id, i);
        if (Status s = eachRow(db, QStringLiteral("SELECT document_id, text FROM document_chunk ORDER BY document_id, start"),
                               [&](const sql::Statement &s) {
                                   if (auto it = index.constFind(s.int64(0)); it != index.cend())
                                       c.documents[*it].text += s.text(1);
                               });
            !s)
            return s;
    }
    if (Status s = eachRow(db, QStringLiteral("SELECT document_id, case_id FROM document_case"),
                           [&](const sql::Statement &s) { c.documentCases.append({s.int64(0), s.int64(1)}); });
        !s)
        return s;
    if (Status s = eachRow(db,
                           QStringLiteral("SELECT document_id, start, end, speaker, case_id, time_start_ms, time_end_ms, "
                                          "coalesce(guid, '') FROM speaker_turn ORDER BY document_id, start, id"),
                           [&](const sql::Statement &s) {
                               c.turns.append({s.int64(0), s.int64(1), s.int64(2), s.text(3), nullable(s, 4),
                                               nullable(s, 5), nullable(s, 6), s.text(7)});
                           });
        !s)
        return s;
    if (Status s = eachRow(db,
                           QStringLiteral("SELECT id, name, scope, type, identifying, coalesce(guid, '') FROM attribute "
                                          "ORDER BY sort_order, id"),
                           [&](const sql::Statement &s) {
                               c.attributes.append(
                                   {s.int64(0), s.text(1), s.text(2), s.text(3), s.int64(4) != 0, s.text(5)});
                           });
        !s)
        return s;
    if (Status s = eachRow(db, QStringLiteral("SELECT document_id, attribute_id, value FROM document_attribute"),
                           [&](const sql::Statement &s) { c.documentValues.append({s.int64(0), s.int64(1), s.text(2)}); });
        !s)
        return s;
    if (Status s = eachRow(db, QStringLiteral("SELECT case_id, attribute_id, value FROM case_attribute"),
                           [&](const sql::Statement &s) { c.caseValues.append({s.int64(0), s.int64(1), s.text(2)}); });
        !s)
        return s;
    if (Status s = eachRow(db,
                           QStringLiteral("SELECT id, document_id, start, end, creator_id, created_at, coalesce(guid, '') "
                                          "FROM quote ORDER BY id"),
                           [&](const sql::Statement &s) {
                               c.quotes.append({s.int64(0), s.int64(1), s.int64(2), s.int64(3), nullable(s, 4),
                                                s.text(5), s.text(6)});
                           });
        !s)
        return s;
    if (Status s = eachRow(db,
                           QStringLiteral("SELECT quote_id, code_id, coder_id, created_at, position, coalesce(guid, '') "
                                          "FROM coding ORDER BY id"),
                           [&](const sql::Statement &s) {
                               c.codings.append(
                                   {s.int64(0), s.int64(1), s.int64(2), s.text(3), nullable(s, 4), s.text(5)});
                           });
        !s)
        return s;
    if (Status s = eachRow(db,
                           QStringLiteral("SELECT target_kind, target_id, title, text, author_id, created_at, modified_at, "
                                          "coalesce(guid, '') FROM memo ORDER BY id"),
                           [&](const sql::Statement &s) {
                               c.memos.append({s.text(0), nullable(s, 1), s.text(2), s.text(3), nullable(s, 4),
                                               s.text(5), s.text(6), s.text(7)});
                           });
        !s)
        return s;
    if (Status s = eachRow(db, QStringLiteral("SELECT id, name, description, coalesce(guid, '') FROM set_ ORDER BY id"),
                           [&](const sql::Statement &s) { c.sets.append({s.int64(0), s.text(1), s.text(2), s.text(3)}); });
        !s)
        return s;
    if (Status s = eachRow(db, QStringLiteral("SELECT set_id, member_kind, member_id FROM set_member"),
                           [&](const sql::Statement &s) { c.setMembers.append({s.int64(0), s.text(1), s.int64(2)}); });
        !s)
        return s;
    if (Status s = eachRow(db,
                           QStringLiteral("SELECT case_a, case_b, wave, kind, created_at, coalesce(guid, '') FROM tie ORDER BY id"),
                           [&](const sql::Statement &s) {
                               c.ties.append({s.int64(0), s.int64(1), s.text(2), s.text(3), s.text(4), s.text(5)});
                           });
        !s)
        return s;
    if (Status s = eachRow(db,
                           QStringLiteral("SELECT row_kind, row_id, code_id, text, author_id, modified_at, "
                                          "coalesce(guid, '') FROM framework_summary ORDER BY id"),
                           [&](const sql::Statement &s) {
                               c.summaries.append({s.text(0), s.int64(1), s.int64(2), s.text(3), nullable(s, 4),
                                                   s.text(5), s.text(6)});
                           });
        !s)
        return s;
    for (const char *table : {"live_session", "live_roster", "live_flag", "live_code_key"}) {
        CopyRows rows;
        if (Status s = eachRow(db, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(QLatin1String(table)),
                               [&](const sql::Statement &s) { rows.columns.append(s.text(0)); });
            !s)
            return s;
        QStringList quoted;
        for (const QString &column : rows.columns)
            quoted.append(QStringLiteral("\"%1\"").arg(column));
        if (Status s = eachRow(db,
                               QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(quoted.join(QStringLiteral(", ")),
                                                                                   QLatin1String(table)),
                               [&](const sql::Statement &s) {
                                   QVariantList row;
                                   for (int i = 0; i < rows.columns.size(); ++i)
                                       row.append(s.value(i));
                                   rows.rows.append(row);
                               });
            !s)
            return s;
        c.live.append({QString::fromLatin1(table), rows});
    }
    return {};
}

Result<sql::Database> openCopy(const QString &path, const ProjectKey &key)
{
    const bool encrypted = !isPlainSqliteFile(path);
    // An SQLCipher file is whole pages of random bytes; anything else is not a project.
    const qint64 size = QFileInfo(path).size();
    if (encrypted && (size < 1024 || size % 512 != 0))
        return makeError(ErrorKind::NotAProject,
                         QStringLiteral("%1 is not a Crosscut project (not an SQLite database). Nothing was merged.")
                             .arg(path));
    if (encrypted && key.isEmpty())
        return makeError(ErrorKind::Encrypted,
                         QStringLiteral("%1 is encrypted: give its password in CROSSCUT_COPY_PASSWORD or its key file "
                                        "with --copy-key-file (without either, the master's password is tried). "
                                        "Nothing was merged.")
                             .arg(path));
    // Without a -wal (closed cleanly, no one has it open) the file is read as
    // immutable: no lock, no -wal or -shm made beside it. With one, a
    // read-only connection recovers the log in memory.
    const bool wal = QFileInfo::exists(path + QStringLiteral("-wal"));
    auto db = sql::Database::open(path, wal ? sql::Database::Mode::ReadOnly : sql::Database::Mode::Immutable,
                                  encrypted ? key.sqlcipherKey() : QByteArray());
    if (!db)
        return makeError(db.error().kind, QStringLiteral("%1 cannot be read: %2. Nothing was merged.").arg(path, db.message()));
    return db;
}

}  // namespace

Result<CopySnapshot> readCopy(const QString &path, const ProjectKey &key)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorKind::NotFound, QStringLiteral("%1: no such coder copy. Nothing was merged.").arg(path));
    if (!info.isFile() || info.size() == 0)
        return makeError(ErrorKind::NotAProject,
                         QStringLiteral("%1 is not a Crosscut project. Nothing was merged.").arg(path));
    auto db = openCopy(path, key);
    if (!db)
        return db.error();
    auto appId = db->scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId) {
        if (appId.error().kind == ErrorKind::Locked)
            return makeError(ErrorKind::Locked,
                             QStringLiteral("%1 is open in another Crosscut (or another program); close it there and "
                                            "try again. Nothing was merged.")
                                 .arg(path));
        if (db->isKeyed())
            return makeError(ErrorKind::Encrypted,
                             QStringLiteral("%1 is encrypted and the password or key file given is not its own. "
                                            "Nothing was merged.")
                                 .arg(path));
        return makeError(appId.error().kind == ErrorKind::Locked ? ErrorKind::Locked : ErrorKind::NotAProject,
                         QStringLiteral("%1 cannot be read: %2. Nothing was merged.").arg(path, appId.message()));
    }
    if (appId->toInt() != schema::kApplicationId)
        return makeError(ErrorKind::NotAProject,
                         QStringLiteral("%1 is not a Crosscut project. Nothing was merged.").arg(path));
    auto version = db->scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    const int fileVersion = version->toInt();
    if (fileVersion > schema::currentVersion())
        return makeError(ErrorKind::TooNew,
                         QStringLiteral("%1 was written by a newer Crosscut (project format %2; this build reads up to "
                                        "%3). Update Crosscut to merge it. Nothing was merged.")
                             .arg(path)
                             .arg(fileVersion)
                             .arg(schema::currentVersion()));
    std::optional<QTemporaryDir> upgraded;
    if (fileVersion < schema::currentVersion()) {
        // An older copy is upgraded in a temporary duplicate: the copy itself
        // is left exactly as it is.
        // Beside the copy (no plaintext goes anywhere the copy is not), else
        // in the temporary folder when the copy's folder is read-only.
        db->close();
        upgraded.emplace(info.absoluteDir().filePath(QStringLiteral(".crosscut-upgrade-XXXXXX")));
        if (!upgraded->isValid())
            upgraded.emplace();
        const QString duplicate = upgraded->filePath(QStringLiteral("copy.crosscut"));
        if (!upgraded->isValid() || !QFile::copy(path, duplicate)
            || (QFileInfo::exists(path + QStringLiteral("-wal"))
                && !QFile::copy(path + QStringLiteral("-wal"), duplicate + QStringLiteral("-wal"))))
            return makeError(ErrorKind::Io,
                             QStringLiteral("%1 is in an older project format and could not be copied to upgrade it. "
                                            "Nothing was merged.")
                                 .arg(path));
        QFile::setPermissions(duplicate, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            auto project = Project::open(duplicate, key);
            if (!project)
                return makeError(project.error().kind,
                                 QStringLiteral("%1 is in an older project format that could not be upgraded: %2. "
                                                "Nothing was merged.")
                                     .arg(path, project.message()));
        }
        db = openCopy(duplicate, key);
        if (!db)
            return db.error();
    }
    CopySnapshot snapshot;
    snapshot.path = path;
    const Status read = readRows(*db, snapshot);
    db->close();
    if (Status s = read; !s)
        return makeError(s.error().kind,
                         QStringLiteral("%1 cannot be read: %2. Nothing was merged.").arg(path, s.message()));
    return snapshot;
}

}  // namespace crosscut::team::detail
