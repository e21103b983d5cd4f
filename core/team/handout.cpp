// Coder copies (team/handout.h). The copy is made empty with Project::create
// (so its schema is this build's), attached to the master's connection, and
// filled with INSERT … SELECT in one transaction: ids and guids are kept as
// they are, the copy's operation log stays empty. It is written beside the
// target under a temporary name, synced, and linked into place (link fails on
// an existing file, so a copy never replaces anything).
#include "team/handout.h"

#include "project/project.h"
#include "storage/schema.h"
#include "util/filesync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace crosscut::team {

namespace {

const QString kSchema = QStringLiteral("handout");

QString tempPathFor(const QString &target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2.handout").arg(info.fileName()).arg(getpid()));
}

// The columns of `table` in the copy, as a list for INSERT and SELECT (names
// are the schema's own, never user input).
Result<QString> columnList(sql::Database &db, const QString &table)
{
    auto stmt = db.prepare(QStringLiteral("SELECT c.name FROM pragma_table_info(?1, ?2) AS c "
                                          "WHERE c.name IN (SELECT name FROM pragma_table_info(?1, 'main'))"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, table).bind(2, kSchema);
    QStringList names;
    while (stmt->next())
        names.append(QStringLiteral("\"%1\"").arg(stmt->text(0)));
    if (stmt->error())
        return *stmt->error();
    if (names.isEmpty())
        return makeError(ErrorKind::Corrupt, QStringLiteral("table %1 is missing").arg(table));
    return names.join(QStringLiteral(", "));
}

// Copies the rows of main.`table` that `where` selects (SQL over the temp
// selection tables h_doc, h_case, h_quote and the parameter ?1, the coder).
// `replace` gives one column an expression of its own.
Status copyRows(sql::Database &db, const QString &table, const QString &where, const QVariant &coder,
                const QPair<QString, QString> &replace = {})
{
    auto columns = columnList(db, table);
    if (!columns)
        return columns.error();
    QString selected = *columns;
    if (!replace.first.isEmpty())
        selected.replace(QStringLiteral("\"%1\"").arg(replace.first), replace.second);
    const QString sql = QStringLiteral("INSERT INTO handout.%1(%2) SELECT %3 FROM main.%1 AS t WHERE %4")
                            .arg(table, *columns, selected, where.isEmpty() ? QStringLiteral("1") : where);
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    if (sql.contains(QLatin1String("?1")))
        stmt->bindVariant(1, coder);
    if (Status s = stmt->exec(); !s)
        return makeError(s.error().kind, QStringLiteral("copying %1: %2").arg(table, s.message()));
    return {};
}

Result<qint64> count(sql::Database &db, const QString &table)
{
    auto v = db.scalar(QStringLiteral("SELECT count(*) FROM handout.%1").arg(table));
    if (!v)
        return v.error();
    return v->toLongLong();
}

// Fills the attached, empty copy.
Status fill(Project &master, const QList<Id> &documents, const HandoutOptions &options, const QString &coder)
{
    sql::Database &db = master.database();
    if (Status s = db.execScript(QStringLiteral(
            "DROP TABLE IF EXISTS temp.h_doc; DROP TABLE IF EXISTS temp.h_case; DROP TABLE IF EXISTS temp.h_quote;"
            "CREATE TEMP TABLE h_doc(id INTEGER PRIMARY KEY); CREATE TEMP TABLE h_case(id INTEGER PRIMARY KEY);"
            "CREATE TEMP TABLE h_quote(id INTEGER PRIMARY KEY);"));
        !s)
        return s;
    for (Id id : documents)
        if (Status s = db.exec(QStringLiteral("INSERT OR IGNORE INTO temp.h_doc(id) VALUES (?)"), {id}); !s)
            return s;
    auto coderRow = db.scalar(QStringLiteral("SELECT id FROM main.coder WHERE name = ?"), {coder});
    if (!coderRow)
        return coderRow.error();
    // A coder the master does not know yet has no rows there: -1 matches none.
    const QVariant coderId = coderRow->isNull() ? QVariant(qint64(-1)) : *coderRow;
    if (Status s = db.exec(QStringLiteral(
            "INSERT OR IGNORE INTO temp.h_case(id) "
            "SELECT case_id FROM main.document_case WHERE document_id IN temp.h_doc "
            "UNION SELECT case_id FROM main.speaker_turn WHERE document_id IN temp.h_doc AND case_id IS NOT NULL "
            "UNION SELECT case_id FROM main.live_roster WHERE document_id IN temp.h_doc "
            "  AND case_id IN (SELECT id FROM main.case_)"));
        !s)
        return s;
    if (Status s = options.blind
                       ? db.exec(QStringLiteral("INSERT INTO temp.h_quote(id) SELECT id FROM main.quote WHERE document_id "
                                                "IN temp.h_doc AND id IN (SELECT quote_id FROM main.coding WHERE coder_id = ?)"),
                                 {coderId})
                       : db.exec(QStringLiteral("INSERT INTO temp.h_quote(id) SELECT id FROM main.quote "
                                                "WHERE document_id IN temp.h_doc"));
        !s)
        return s;

    const QString inDoc = QStringLiteral("t.document_id IN temp.h_doc");
    const QString memoTargets = QStringLiteral(
        "(t.target_kind = 'project' OR t.target_kind = 'code' "
        "OR (t.target_kind = 'document' AND t.target_id IN temp.h_doc) "
        "OR (t.target_kind = 'quote' AND t.target_id IN temp.h_quote) "
        "OR (t.target_kind = 'case' AND t.target_id IN temp.h_case))");
    const QString blindMemo = QStringLiteral(" AND (t.author_id IS NULL OR t.author_id = ?1)");
    const QList<QPair<QString, QString>> tables = {
        {QStringLiteral("project_info"), QStringLiteral("t.key NOT IN ('blind_coder', 'handout_coder')")},
        {QStringLiteral("coder"), options.blind ? QStringLiteral("t.id = ?1") : QString()},
        {QStringLiteral("case_"), QStringLiteral("t.id IN temp.h_case")},
        {QStringLiteral("document"), QStringLiteral("t.id IN temp.h_doc")},
        {QStringLiteral("document_chunk"), inDoc},
        {QStringLiteral("document_case"), inDoc},
        {QStringLiteral("speaker_turn"), inDoc},
        {QStringLiteral("attribute"), QString()},
        {QStringLiteral("document_attribute"), inDoc},
        {QStringLiteral("case_attribute"), QStringLiteral("t.case_id IN temp.h_case")},
        {QStringLiteral("code"), QString()},
        {QStringLiteral("quote"), QStringLiteral("t.id IN temp.h_quote")},
        {QStringLiteral("coding"), options.blind ? QStringLiteral("t.quote_id IN temp.h_quote AND t.coder_id = ?1")
                                                 : QStringLiteral("t.quote_id IN temp.h_quote")},
        {QStringLiteral("memo"), options.blind ? memoTargets + blindMemo : memoTargets},
        {QStringLiteral("set_"), QString()},
        {QStringLiteral("set_member"),
         QStringLiteral("t.member_kind = 'code' OR (t.member_kind = 'document' AND t.member_id IN temp.h_doc) "
                        "OR (t.member_kind = 'case' AND t.member_id IN temp.h_case)")},
        {QStringLiteral("live_session"), inDoc},
        {QStringLiteral("live_roster"), inDoc},
        {QStringLiteral("live_flag"), inDoc},
        {QStringLiteral("live_code_key"), inDoc},
        {QStringLiteral("live_clock"), inDoc},
        {QStringLiteral("live_gap"), inDoc},
        // Collaboration ties between the cases the copy holds.
        {QStringLiteral("tie"), QStringLiteral("t.case_a IN temp.h_case AND t.case_b IN temp.h_case")},
        // Framework-matrix summaries of the rows the copy holds (a blind
        // copy: only its coder's own, like memos).
        {QStringLiteral("framework_summary"),
         QStringLiteral("((t.row_kind = 'document' AND t.row_id IN temp.h_doc) "
                        "OR (t.row_kind = 'case' AND t.row_id IN temp.h_case))")
             + (options.blind ? blindMemo : QString())},
    };
    // A blind copy names no other coder: a quote another coder made is
    // nobody's there (the master keeps its creator; merging matches by guid).
    const QPair<QString, QString> blindCreator = {QStringLiteral("creator_id"),
                                                  QStringLiteral("CASE WHEN t.creator_id = ?1 THEN t.creator_id END")};
    for (const auto &[table, where] : tables)
        if (Status s = copyRows(db, table, where, coderId,
                                options.blind && table == QLatin1String("quote") ? blindCreator
                                                                                 : QPair<QString, QString>());
            !s)
            return s;
    // The copy's coder exists in it (a new coder gets a guid from the trigger).
    if (Status s = db.exec(QStringLiteral("INSERT INTO handout.coder(name) SELECT ?1 "
                                          "WHERE NOT EXISTS (SELECT 1 FROM handout.coder WHERE name = ?1)"),
                           {coder});
        !s)
        return s;
    if (Status s = db.exec(QStringLiteral("INSERT OR REPLACE INTO handout.project_info(key, value) VALUES "
                                          "('handout_coder', ?)"),
                           {coder});
        !s)
        return s;
    if (options.blind)
        if (Status s = db.exec(QStringLiteral("INSERT OR REPLACE INTO handout.project_info(key, value) VALUES "
                                              "('blind_coder', ?)"),
                               {coder});
            !s)
            return s;
    return db.execScript(QStringLiteral("DROP TABLE temp.h_doc; DROP TABLE temp.h_case; DROP TABLE temp.h_quote;"));
}

}  // namespace

std::optional<QString> blindCoder(Project &project)
{
    auto v = project.database().scalar(QStringLiteral("SELECT value FROM project_info WHERE key = 'blind_coder'"));
    if (!v || v->isNull() || v->toString().isEmpty())
        return std::nullopt;
    return v->toString();
}

Result<HandoutReport> handout(Project &master, const HandoutOptions &options)
{
    const QString coder = options.coder.trimmed();
    if (coder.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("a coder copy needs the name of its coder"));
    if (options.outPath.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("a coder copy needs a file to be written to"));
    const QString out = QFileInfo(options.outPath).absoluteFilePath();
    if (QFileInfo::exists(out) || QFileInfo(out).isSymLink())
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 already exists; a coder copy is written to a new file only").arg(out));
    if (out == QFileInfo(master.path()).absoluteFilePath())
        return makeError(ErrorKind::Invalid, QStringLiteral("the copy cannot be the master itself"));
    const QString folder = QFileInfo(out).absolutePath();
    if (!QFileInfo(folder).isDir() || !QFileInfo(folder).isWritable())
        return makeError(ErrorKind::ReadOnly,
                         QStringLiteral("cannot write %1: its folder does not exist or is not writable").arg(out));

    QList<Id> documents;
    if (options.documents.isEmpty()) {
        for (const Document &d : master.documents())
            documents.append(d.id);
    } else {
        for (const QString &name : options.documents) {
            auto d = master.findDocument(name.trimmed());
            if (!d)
                return makeError(ErrorKind::NotFound,
                                 QStringLiteral("%1 has no document named \"%2\"; nothing was written").arg(master.path(), name));
            documents.append(d->id);
        }
    }

    const QString temp = tempPathFor(out);
    removeWithCompanions(temp);
    {
        auto created = Project::create(temp, options.outKey);
        if (!created) {
            removeWithCompanions(temp);
            return makeError(created.error().kind, QStringLiteral("cannot create %1: %2").arg(out, created.message()));
        }
    }  // closed: the copy's write-ahead log is folded into it

    sql::Database &db = master.database();
    const QByteArray keyBytes = options.outKey.isEmpty() ? QByteArray() : options.outKey.sqlcipherKey();
    {
        // KEY '' attaches a plain file; a NULL key would mean the master's.
        auto attach = db.prepare(keyBytes.isEmpty() ? QStringLiteral("ATTACH DATABASE ? AS handout KEY ''")
                                                    : QStringLiteral("ATTACH DATABASE ? AS handout KEY ?"));
        if (!attach) {
            removeWithCompanions(temp);
            return attach.error();
        }
        attach->bind(1, temp);
        if (!keyBytes.isEmpty())
            attach->bind(2, keyBytes);
        if (Status s = attach->exec(); !s) {
            removeWithCompanions(temp);
            return makeError(s.error().kind, QStringLiteral("cannot write %1: %2").arg(out, s.message()));
        }
    }
    HandoutReport report;
    Status filled = [&]() -> Status {
        {
            sql::Transaction tx(db);
            if (!tx.begun())
                return tx.begun();
            if (Status s = fill(master, documents, options, coder); !s)
                return s;
            if (Status s = tx.commit(); !s)
                return s;
        }
        // A rollback journal from here on: nothing is left beside the file.
        if (Status s = db.execScript(QStringLiteral("PRAGMA handout.journal_mode = DELETE")); !s)
            return s;
        const QList<QPair<QString, int *>> counts = {{QStringLiteral("document"), &report.documents},
                                                     {QStringLiteral("code"), &report.codes},
                                                     {QStringLiteral("quote"), &report.quotes},
                                                     {QStringLiteral("coding"), &report.codings},
                                                     {QStringLiteral("memo"), &report.memos}};
        for (const auto &[table, field] : counts) {
            auto n = count(db, table);
            if (!n)
                return n.error();
            *field = int(*n);
        }
        return {};
    }();
    const Status detached = db.execScript(QStringLiteral("DETACH DATABASE handout"));
    if (!filled || !detached) {
        removeWithCompanions(temp);
        const Error e = !filled ? filled.error() : detached.error();
        return makeError(e.kind, QStringLiteral("cannot write %1: %2. Nothing was written.").arg(out, e.message));
    }
    if (Status s = syncPath(temp, false); !s) {
        removeWithCompanions(temp);
        return s.error();
    }
    if (const int error = placeNewFile(temp, out); error != 0) {
        removeWithCompanions(temp);
        if (error == EEXIST)
            return makeError(ErrorKind::Invalid,
                             QStringLiteral("%1 already exists; a coder copy is written to a new file only").arg(out));
        return makeError(ErrorKind::Io, QStringLiteral("cannot write %1: %2").arg(out, QString::fromLocal8Bit(strerror(error))));
    }
    removeWithCompanions(temp);
    if (Status s = syncPath(folder, true); !s)
        return s.error();
    return report;
}

}  // namespace crosscut::team
