#include "project/integrity.h"

namespace crosscut {

namespace {

// Runs a query whose rows are problems; each row's first column describes one.
void collect(Project &project, IntegrityReport &report, const QString &what, const QString &sqlText)
{
    auto stmt = project.database().prepare(sqlText);
    if (!stmt) {
        report.problems.append(QStringLiteral("%1: cannot check (%2)").arg(what, stmt.message()));
        return;
    }
    int found = 0;
    while (stmt->next()) {
        if (++found <= 20)
            report.problems.append(QStringLiteral("%1: %2").arg(what, stmt->text(0)));
    }
    if (stmt->error())
        report.problems.append(QStringLiteral("%1: %2").arg(what, stmt->error()->message));
    else if (found == 0)
        report.passed.append(what);
    else if (found > 20)
        report.problems.append(QStringLiteral("%1: … and %2 more").arg(what).arg(found - 20));
}

}  // namespace

IntegrityReport checkIntegrity(Project &project)
{
    IntegrityReport report;
    collect(project, report, QStringLiteral("SQLite integrity"),
            QStringLiteral("SELECT integrity_check FROM pragma_integrity_check WHERE integrity_check <> 'ok'"));
    collect(project, report, QStringLiteral("foreign keys"),
            QStringLiteral("SELECT \"table\" || ' row ' || rowid || ' points at a missing ' || parent FROM pragma_foreign_key_check"));
    // A document's text is document.text followed by its chunks (schema 4).
    collect(project, report, QStringLiteral("document lengths"),
            QStringLiteral("SELECT 'document \"' || name || '\" records ' || length || ' code points but holds ' || held "
                           "FROM (SELECT name, length, length(text) + coalesce((SELECT sum(length(c.text)) FROM "
                           "document_chunk c WHERE c.document_id = d.id), 0) AS held FROM document d) WHERE length <> held"));
    collect(project, report, QStringLiteral("appended text chunks in sequence"),
            QStringLiteral("WITH base AS (SELECT id, name, length(text) AS n FROM document WHERE id IN "
                           "(SELECT document_id FROM document_chunk)), "
                           "chunk AS (SELECT id, document_id, start, length, length(text) AS held, coalesce(sum(length) OVER "
                           "(PARTITION BY document_id ORDER BY start, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) "
                           "AS before FROM document_chunk) "
                           "SELECT 'text chunk #' || chunk.id || ' of \"' || coalesce(base.name, '?') || '\" starts at ' || "
                           "chunk.start || ' and holds ' || chunk.held || ' code points (expected ' || "
                           "(coalesce(base.n, 0) + chunk.before) || ', ' || chunk.length || ')' "
                           "FROM chunk LEFT JOIN base ON base.id = chunk.document_id "
                           "WHERE base.id IS NULL OR chunk.length <= 0 OR chunk.held <> chunk.length "
                           "OR chunk.start <> base.n + chunk.before"));
    collect(project, report, QStringLiteral("quotes inside their documents"),
            QStringLiteral("SELECT 'quote #' || q.id || ' (' || q.start || '–' || q.end || ') lies outside \"' || d.name || "
                           "'\" (length ' || d.length || ')' FROM quote q JOIN document d ON d.id = q.document_id "
                           "WHERE q.start < 0 OR q.end > d.length OR q.start >= q.end"));
    collect(project, report, QStringLiteral("speaker turns inside their documents"),
            QStringLiteral("SELECT 'turn #' || t.id || ' of \"' || d.name || '\" lies outside the text' FROM speaker_turn t "
                           "JOIN document d ON d.id = t.document_id WHERE t.start < 0 OR t.end > d.length OR t.start > t.end"));
    collect(project, report, QStringLiteral("code tree has no cycles"),
            QStringLiteral("WITH RECURSIVE up(start, id, depth) AS (SELECT id, parent_id, 1 FROM code WHERE parent_id IS NOT NULL "
                           "UNION ALL SELECT up.start, c.parent_id, depth + 1 FROM up JOIN code c ON c.id = up.id "
                           "WHERE c.parent_id IS NOT NULL AND depth < 1000) "
                           "SELECT DISTINCT 'code #' || start || ' is its own ancestor' FROM up WHERE id = start"));
    collect(project, report, QStringLiteral("memos point at existing items"),
            QStringLiteral("SELECT 'memo #' || id || ' is attached to a missing ' || target_kind FROM memo m WHERE "
                           "(target_kind = 'document' AND NOT EXISTS (SELECT 1 FROM document WHERE id = m.target_id)) OR "
                           "(target_kind = 'code' AND NOT EXISTS (SELECT 1 FROM code WHERE id = m.target_id)) OR "
                           "(target_kind = 'quote' AND NOT EXISTS (SELECT 1 FROM quote WHERE id = m.target_id)) OR "
                           "(target_kind = 'case' AND NOT EXISTS (SELECT 1 FROM case_ WHERE id = m.target_id))"));
    collect(project, report, QStringLiteral("framework summaries point at existing rows"),
            QStringLiteral("SELECT 'framework summary #' || id || ' is about a missing ' || row_kind FROM framework_summary f "
                           "WHERE (row_kind = 'document' AND NOT EXISTS (SELECT 1 FROM document WHERE id = f.row_id)) OR "
                           "(row_kind = 'case' AND NOT EXISTS (SELECT 1 FROM case_ WHERE id = f.row_id))"));
    if (project.isReadOnly()) {  // FTS5 checks itself through an INSERT, which a read-only file cannot take
        report.passed.append(QStringLiteral("full-text index (not checked: the project is opened read-only)"));
        return report;
    }
    auto fts = project.database().execScript(
        QStringLiteral("INSERT INTO document_fts(document_fts, rank) VALUES ('integrity-check', 1)"));
    if (fts)
        report.passed.append(QStringLiteral("full-text index"));
    else
        report.problems.append(QStringLiteral("full-text index: %1").arg(fts.message()));
    return report;
}

}  // namespace crosscut
