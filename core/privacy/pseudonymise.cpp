#include "privacy/pseudonymise.h"

#include "export/atomicfile.h"
#include "import/pdflayout.h"
#include "privacy/history.h"
#include "project/projectwriter.h"
#include "project/textedits.h"
#include "text/codepoints.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>

namespace crosscut::privacy {

namespace {

bool isWordCharacter(uint c) { return isWordCodePoint(char32_t(c)); }

QList<Match> matchesIn(const QList<uint> &text, const NameList &names)
{
    // Candidates by first code point, longest first (the list's order).
    QHash<uint, QList<std::pair<QList<uint>, int>>> byFirst;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QList<uint> ucs = names[i].name.toUcs4();
        if (!ucs.isEmpty())
            byFirst[ucs.first()].append({std::move(ucs), int(i)});
    }
    QList<Match> out;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto candidates = byFirst.constFind(text[i]);
        if (candidates == byFirst.cend() || (i > 0 && isWordCharacter(text[i - 1])))
            continue;
        for (const auto &[name, pair] : *candidates) {
            const qsizetype len = name.size();
            if (i + len > n || (i + len < n && isWordCharacter(text[i + len])))
                continue;
            if (!std::equal(name.cbegin(), name.cend(), text.cbegin() + i))
                continue;
            out.append({i, i + len, pair});
            i += len - 1;
            break;
        }
    }
    return out;
}

QString fromUcs4(const QList<uint> &text, qsizetype from, qsizetype to)
{
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData() + from), to - from);
}

QString replaced(const QList<uint> &text, const QList<Match> &matches, const NameList &names)
{
    QString out;
    qsizetype at = 0;
    for (const Match &m : matches) {
        out += fromUcs4(text, at, m.start);
        out += names[m.pair].pseudonym;
        at = m.end;
    }
    out += fromUcs4(text, at, text.size());
    return out;
}

// Every text field besides documents' texts. Labels are for people; rows
// are addressed by rowid (every table here has one).
struct Field {
    const char *label;
    const char *select;
    const char *update;
};
const Field kFields[] = {
    {QT_TRANSLATE_NOOP("Pseudonymise", "speaker"), "SELECT rowid, speaker FROM speaker_turn",
     "UPDATE speaker_turn SET speaker = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "live roster name"), "SELECT rowid, pseudonym FROM live_roster",
     "UPDATE live_roster SET pseudonym = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "case name"), "SELECT rowid, name FROM case_",
     "UPDATE case_ SET name = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "case description"), "SELECT rowid, description FROM case_",
     "UPDATE case_ SET description = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "document name"), "SELECT rowid, name FROM document",
     "UPDATE document SET name = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "document source file"), "SELECT rowid, source_file FROM document",
     "UPDATE document SET source_file = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "attribute name"), "SELECT rowid, name FROM attribute",
     "UPDATE attribute SET name = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "document attribute value"), "SELECT rowid, value FROM document_attribute",
     "UPDATE document_attribute SET value = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "case attribute value"), "SELECT rowid, value FROM case_attribute",
     "UPDATE case_attribute SET value = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "memo title"), "SELECT rowid, title FROM memo",
     "UPDATE memo SET title = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "memo text"), "SELECT rowid, text FROM memo",
     "UPDATE memo SET text = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "framework summary"), "SELECT rowid, text FROM framework_summary",
     "UPDATE framework_summary SET text = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "code name"), "SELECT rowid, name FROM code",
     "UPDATE code SET name = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "code description"), "SELECT rowid, description FROM code",
     "UPDATE code SET description = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "set name"), "SELECT rowid, name FROM set_",
     "UPDATE set_ SET name = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "set description"), "SELECT rowid, description FROM set_",
     "UPDATE set_ SET description = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "coder name"), "SELECT rowid, name FROM coder",
     "UPDATE coder SET name = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "project property"), "SELECT rowid, value FROM project_info",
     "UPDATE project_info SET value = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "live session title"), "SELECT rowid, title FROM live_session",
     "UPDATE live_session SET title = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "live session place"), "SELECT rowid, place FROM live_session",
     "UPDATE live_session SET place = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "live session facilitator"), "SELECT rowid, facilitator FROM live_session",
     "UPDATE live_session SET facilitator = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "flag note"), "SELECT rowid, note FROM live_flag",
     "UPDATE live_flag SET note = ? WHERE rowid = ?"},
    // Drafts are outside the undo log, but written in the same transaction.
    {QT_TRANSLATE_NOOP("Pseudonymise", "draft speaker"), "SELECT rowid, speaker FROM live_draft",
     "UPDATE live_draft SET speaker = ? WHERE rowid = ?"},
    {QT_TRANSLATE_NOOP("Pseudonymise", "draft text"), "SELECT rowid, text FROM live_draft",
     "UPDATE live_draft SET text = ? WHERE rowid = ?"},
};

struct FieldRow {
    qint64 rowid = 0;
    QString before;
    QString after;
};

QList<FieldRow> changedRows(Project &project, const Field &field, const NameList &names)
{
    QList<FieldRow> rows;
    sql::Statement &stmt = project.statement(field.select);
    while (stmt.next()) {
        const QString before = stmt.text(1);
        if (before.isEmpty())
            continue;
        const QString after = replaceNames(before, names);
        if (after != before)
            rows.append({stmt.int64(0), before, after});
    }
    stmt.reset();
    return rows;
}

QString fieldLabel(const Field &field) { return QCoreApplication::translate("Pseudonymise", field.label); }

Result<Summary> replaceAndErase(Project &project, const NameList &names);

}  // namespace

QList<Match> findMatches(QStringView text, const NameList &names) { return matchesIn(text.toUcs4(), names); }

QString replaceNames(const QString &text, const NameList &names)
{
    const QList<uint> ucs = text.toUcs4();
    const QList<Match> matches = matchesIn(ucs, names);
    return matches.isEmpty() ? text : replaced(ucs, matches, names);
}

QList<NameCandidate> proposedNames(Project &project)
{
    QMap<QString, NameCandidate> byName;
    // (The "p. 4" page turns of PDF documents name no one.)
    for (const char *sqlText : {"SELECT DISTINCT t.speaker, d.source_file FROM speaker_turn t JOIN document d ON d.id = t.document_id",
                                "SELECT DISTINCT pseudonym, '' FROM live_roster"}) {
        sql::Statement &stmt = project.statement(sqlText);
        while (stmt.next()) {
            const QString name = stmt.text(0).trimmed();
            if (import::isPdfSourceFile(stmt.text(1)) && import::pageFromTurnLabel(name))
                continue;
            if (!name.isEmpty()) {
                byName[name].name = name;
                byName[name].speaker = true;
            }
        }
        stmt.reset();
    }
    for (const Case &c : project.cases()) {
        const QString name = c.name.trimmed();
        if (!name.isEmpty()) {
            byName[name].name = name;
            byName[name].caseName = true;
        }
    }
    return byName.values();
}

int Preview::textOccurrences() const
{
    int n = 0;
    for (const DocumentPreview &d : documents)
        n += int(d.occurrences.size());
    return n;
}

Preview preview(Project &project, const NameList &names, int context)
{
    Preview out;
    for (const Document &doc : project.documents()) {
        DocumentPreview d;
        d.document = doc.id;
        d.documentName = doc.name;
        const QList<uint> text = project.documentText(doc.id).toUcs4();
        for (const Match &m : matchesIn(text, names)) {
            const qsizetype from = std::max<qsizetype>(0, m.start - context);
            const qsizetype to = std::min<qsizetype>(text.size(), m.end + context);
            d.occurrences.append({m.start, m.end, names[m.pair].name, names[m.pair].pseudonym,
                                  fromUcs4(text, from, m.start), fromUcs4(text, m.end, to)});
        }
        out.documents.append(d);
    }
    for (const Field &field : kFields)
        for (const FieldRow &row : changedRows(project, field, names))
            out.fields.append({fieldLabel(field), row.before, row.after});
    return out;
}

Status checkKeyFile(const QString &keyFile)
{
    if (keyFile.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("the key file needs a name"));
    if (QFileInfo::exists(keyFile))
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 exists; a key file is never overwritten, choose another name").arg(keyFile));
    return exporting::checkWritableTarget(keyFile);
}

Result<Summary> pseudonymise(Project &project, const NameList &names, const QString &keyFile)
{
    if (names.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("no names to pseudonymise"));
    // A team server keeps every operation with its old values: the names
    // would survive there. Pseudonymise before publishing.
    if (project.isHubClone())
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 is a copy of a team project: the team server keeps every past operation, "
                                        "so the real names would survive there. Pseudonymise the project before "
                                        "publishing it to the server.")
                             .arg(project.path()));
    if (!keyFile.isEmpty()) {
        if (Status s = checkKeyFile(keyFile); !s)
            return s.error();
        if (Status s = exporting::writeAtomically(keyFile, keyFileContent(names)); !s)
            return s.error();
    }
    auto result = replaceAndErase(project, names);
    if (!result && !keyFile.isEmpty())
        QFile::remove(keyFile);
    return result;
}

namespace {

Result<Summary> replaceAndErase(Project &project, const NameList &names)
{
    Summary summary;
    Status s = project.transact(QObject::tr("Pseudonymise"), [&](ProjectWriter &w) -> Status {
        for (const Document &doc : project.documents()) {
            const QList<uint> text = project.documentText(doc.id).toUcs4();
            const QList<Match> matches = matchesIn(text, names);
            QList<TextEdit> edits;
            edits.reserve(matches.size());
            for (const Match &m : matches)
                edits.append({m.start, m.end, names[m.pair].pseudonym});
            // A quote that cuts into a name takes in the whole pseudonym.
            if (Status e = applyTextEdits(w, doc.id, edits, InsideEdit::Widen); !e)
                return makeError(e.error().kind, QStringLiteral("document \"%1\": %2").arg(doc.name, e.message()));
            summary.documents.append({replaceNames(doc.name, names), int(matches.size())});
            summary.textOccurrences += int(matches.size());
        }
        for (const Field &field : kFields) {
            for (const FieldRow &row : changedRows(project, field, names)) {
                if (Status u = w.exec(field.update, {row.after, row.rowid}); !u)
                    return makeError(u.error().kind,
                                     QStringLiteral("cannot rename the %1 \"%2\" to \"%3\" (%4); when two names share a "
                                                    "pseudonym, their %1s must be merged first")
                                         .arg(QString::fromLatin1(field.label), row.before, row.after, u.message()));
                ++summary.fieldsChanged;
            }
        }
        return {};
    });
    if (!s)
        return s.error();
    if (Status e = eraseHistory(project); !e)
        return e.error();
    return summary;
}

}  // namespace

}  // namespace crosscut::privacy
