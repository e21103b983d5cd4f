// Export of a project as REFI-QDA (.qdpx, valid against Project-mrt2019.xsd)
// and of its code tree as a codebook (.qdc, valid against Codebook.xsd).
#include "interop/qdpxarchive.h"
#include "interop/refiqda.h"
#include "interop/refiqdacommon.h"
#include "privacy/redaction.h"
#include "text/codepoints.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>
#include <QXmlStreamWriter>

#include <map>

namespace crosscut::interop {

namespace {

const QString kProjectNs = QStringLiteral("urn:QDA-XML:project:1.0");
const QString kCodebookNs = QStringLiteral("urn:QDA-XML:codebook:1.0");

// XML 1.0 cannot carry most control characters, even escaped.
QString xmlSafe(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            continue;
        out.append(c);
    }
    return out;
}

QString xsdDateTime(const QString &stored)
{
    QDateTime t = QDateTime::fromString(stored, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(stored, Qt::ISODate);
    if (!t.isValid())
        return {};
    return t.toUTC().toString(Qt::ISODate);
}

// GUIDs: the one stored with the row (imported or assigned), otherwise one
// derived from the project and the row, so exports of one project agree.
class Guids {
public:
    explicit Guids(Project &project)
    {
        auto salt = project.database().scalar(QStringLiteral("SELECT min(created_at) FROM operation"));
        m_salt = salt.ok() ? salt->toString() : QString();
        m_salt += QStringLiteral("|") + QFileInfo(project.path()).fileName();
    }
    QString get(const QString &kind, Id id, const QString &stored) const
    {
        if (isGuid(normalizeGuid(stored)))
            return normalizeGuid(stored).toUpper();
        return derive(QStringLiteral("%1:%2").arg(kind).arg(id));
    }
    QString derive(const QString &key) const
    {
        static const QUuid ns(QStringLiteral("{5b1f4a34-7f0e-4c55-9d8e-0c9a3b7e21d4}"));
        return QUuid::createUuidV5(ns, m_salt + QLatin1Char('|') + key).toString(QUuid::WithoutBraces).toUpper();
    }

private:
    QString m_salt;
};

struct AttributeExport {
    Attribute attribute;
    QString guid;
    QString typeOfVariable = QStringLiteral("Text");
    QString valueElement = QStringLiteral("TextValue");
};

class ProjectExporter {
public:
    explicit ProjectExporter(Project &project, const privacy::Redaction *redaction = nullptr)
        : m_project(project), m_guids(project), m_redaction(redaction && redaction->enabled() ? redaction : nullptr)
    {
    }
    // The text as exported: names replaced when redacting.
    QString shown(const QString &text) const { return m_redaction ? m_redaction->redactText(text) : text; }
    Result<QList<std::pair<QString, QByteArray>>> build();

    void writeCode(QXmlStreamWriter &x, const Code &code, bool codebook);
    void writeNoteRefs(QXmlStreamWriter &x, MemoTarget target, std::optional<Id> id);
    void writeVariableValues(QXmlStreamWriter &x, AttributeScope scope, Id target);
    void prepareAttributes();
    void writeSelection(QXmlStreamWriter &x, const QString &guid, const QString &label, qint64 start, qint64 end,
                        std::optional<Id> creator, const QString &createdAt);
    // The selection a case points at for one of its turns.
    QString turnGuid(Id turn) const
    {
        return m_turnQuoteGuids.value(turn, m_guids.derive(QStringLiteral("turn:%1").arg(turn)));
    }

    Project &m_project;
    Guids m_guids;
    QHash<std::optional<Id>, QList<Code>> m_children;
    QHash<Id, QString> m_coderGuids;
    QHash<Id, QString> m_codeGuids;
    QList<Memo> m_memos;
    QHash<Id, QString> m_memoGuids;
    QList<AttributeExport> m_attributes;
    QHash<Id, QList<SpeakerTurn>> m_caseTurns;  // turns linked to a case, per case
    QHash<Id, QString> m_turnQuoteGuids;        // turn → guid of a quote over exactly that turn
    const privacy::Redaction *m_redaction = nullptr;
    ExportOptions m_options;
};

void ProjectExporter::prepareAttributes()
{
    static const QRegularExpression decimal(QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$"));
    static const QRegularExpression date(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    for (const Attribute &a : m_project.attributes()) {
        if (m_redaction && m_redaction->isIdentifying(a))
            continue;
        AttributeExport e;
        e.attribute = a;
        e.guid = m_guids.derive(QStringLiteral("attribute:%1:%2").arg(toString(a.scope), a.name));
        if (a.type == AttributeType::Number || a.type == AttributeType::Date) {
            const char *table = a.scope == AttributeScope::Case ? "SELECT value FROM case_attribute WHERE attribute_id = ?"
                                                                : "SELECT value FROM document_attribute WHERE attribute_id = ?";
            bool allMatch = true;
            sql::Statement &values = m_project.statement(table);
            values.bind(1, a.id);
            while (values.next()) {
                const QString v = values.text(0);
                if (!(a.type == AttributeType::Number ? decimal : date).match(v).hasMatch())
                    allMatch = false;
            }
            values.reset();
            if (allMatch) {
                e.typeOfVariable = a.type == AttributeType::Number ? QStringLiteral("Float") : QStringLiteral("Date");
                e.valueElement = a.type == AttributeType::Number ? QStringLiteral("FloatValue") : QStringLiteral("DateValue");
            }
        }
        m_attributes.append(e);
    }
}

void ProjectExporter::writeCode(QXmlStreamWriter &x, const Code &code, bool codebook)
{
    x.writeStartElement(QStringLiteral("Code"));
    x.writeAttribute(QStringLiteral("guid"), m_codeGuids.value(code.id));
    x.writeAttribute(QStringLiteral("name"), xmlSafe(code.name));
    // A dimension groups its values; the values are what quotes are coded with.
    x.writeAttribute(QStringLiteral("isCodable"), code.isDimension ? QStringLiteral("false") : QStringLiteral("true"));
    const QString color = normalizeColor(code.color);
    if (!color.isEmpty())
        x.writeAttribute(QStringLiteral("color"), color.toUpper());
    if (!code.description.isEmpty())
        x.writeTextElement(QStringLiteral("Description"), xmlSafe(code.description));
    if (!codebook)
        writeNoteRefs(x, MemoTarget::Code, code.id);
    for (const Code &child : m_children.value(code.id))
        writeCode(x, child, codebook);
    x.writeEndElement();
}

void ProjectExporter::writeNoteRefs(QXmlStreamWriter &x, MemoTarget target, std::optional<Id> id)
{
    for (const Memo &memo : m_memos) {
        if (memo.target == target && memo.targetId == id) {
            x.writeEmptyElement(QStringLiteral("NoteRef"));
            x.writeAttribute(QStringLiteral("targetGUID"), m_memoGuids.value(memo.id));
        }
    }
}

void ProjectExporter::writeVariableValues(QXmlStreamWriter &x, AttributeScope scope, Id target)
{
    const QHash<QString, QString> values = m_project.attributeValues(scope, target);
    for (const AttributeExport &e : m_attributes) {
        if (e.attribute.scope != scope || !values.contains(e.attribute.name))
            continue;
        x.writeStartElement(QStringLiteral("VariableValue"));
        x.writeEmptyElement(QStringLiteral("VariableRef"));
        x.writeAttribute(QStringLiteral("targetGUID"), e.guid);
        x.writeTextElement(e.valueElement, xmlSafe(values.value(e.attribute.name)));
        x.writeEndElement();
    }
}

// Opens a <PlainTextSelection> (the caller adds its content and closes it).
void ProjectExporter::writeSelection(QXmlStreamWriter &x, const QString &guid, const QString &label, qint64 start,
                                     qint64 end, std::optional<Id> creator, const QString &createdAt)
{
    x.writeStartElement(QStringLiteral("PlainTextSelection"));
    x.writeAttribute(QStringLiteral("guid"), guid);
    x.writeAttribute(QStringLiteral("name"), xmlSafe(label));
    x.writeAttribute(QStringLiteral("startPosition"), QString::number(start));
    x.writeAttribute(QStringLiteral("endPosition"), QString::number(end));
    if (creator && m_coderGuids.contains(*creator))
        x.writeAttribute(QStringLiteral("creatingUser"), m_coderGuids.value(*creator));
    if (const QString t = xsdDateTime(createdAt); !t.isEmpty())
        x.writeAttribute(QStringLiteral("creationDateTime"), t);
}

Result<QList<std::pair<QString, QByteArray>>> ProjectExporter::build()
{
    QList<std::pair<QString, QByteArray>> files;
    const QList<Code> codes = m_project.codes();
    for (const Code &c : codes) {
        m_children[c.parentId].append(c);
        m_codeGuids.insert(c.id, m_guids.get(QStringLiteral("code"), c.id, c.guid));
    }
    const QList<Coder> coders = m_project.coders();
    for (const Coder &c : coders)
        m_coderGuids.insert(c.id, m_guids.get(QStringLiteral("coder"), c.id, c.guid));
    m_memos = m_project.memos();
    for (const Memo &m : m_memos)
        m_memoGuids.insert(m.id, m_guids.derive(QStringLiteral("memo:%1:%2").arg(m.id).arg(m.createdAt)));
    prepareAttributes();

    QByteArray xml;
    QXmlStreamWriter x(&xml);
    x.setAutoFormatting(true);
    x.setAutoFormattingIndent(1);
    x.writeStartDocument();
    x.writeDefaultNamespace(kProjectNs);
    x.writeStartElement(QStringLiteral("Project"));
    x.writeAttribute(QStringLiteral("name"), xmlSafe(shown(m_project.name())));
    x.writeAttribute(QStringLiteral("origin"), QStringLiteral("Crosscut"));
    x.writeAttribute(QStringLiteral("modifiedDateTime"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));

    if (!coders.isEmpty()) {
        x.writeStartElement(QStringLiteral("Users"));
        for (const Coder &c : coders) {
            x.writeEmptyElement(QStringLiteral("User"));
            x.writeAttribute(QStringLiteral("guid"), m_coderGuids.value(c.id));
            x.writeAttribute(QStringLiteral("name"), xmlSafe(c.name));
        }
        x.writeEndElement();
    }
    if (!codes.isEmpty()) {
        x.writeStartElement(QStringLiteral("CodeBook"));
        x.writeStartElement(QStringLiteral("Codes"));
        for (const Code &c : m_children.value(std::nullopt))
            writeCode(x, c, false);
        x.writeEndElement();
        x.writeEndElement();
    }
    if (!m_attributes.isEmpty()) {
        x.writeStartElement(QStringLiteral("Variables"));
        for (const AttributeExport &e : m_attributes) {
            x.writeEmptyElement(QStringLiteral("Variable"));
            x.writeAttribute(QStringLiteral("guid"), e.guid);
            x.writeAttribute(QStringLiteral("name"), xmlSafe(e.attribute.name));
            x.writeAttribute(QStringLiteral("typeOfVariable"), e.typeOfVariable);
        }
        x.writeEndElement();
    }
    const QList<Document> documents = m_project.documents();
    QHash<Id, QString> documentGuids;
    for (const Document &d : documents)
        documentGuids.insert(d.id, m_guids.get(QStringLiteral("document"), d.id, d.guid));

    const QList<Case> cases = m_project.cases();
    // Turns linked to a case, per case and per document (in text order).
    QHash<Id, QList<SpeakerTurn>> documentTurns;
    {
        sql::Statement &turns = m_project.statement(
            "SELECT id, document_id, start, end, speaker, case_id FROM speaker_turn WHERE case_id IS NOT NULL "
            "ORDER BY document_id, start, id");
        while (turns.next()) {
            SpeakerTurn t;
            t.id = turns.int64(0);
            t.documentId = turns.int64(1);
            t.start = turns.int64(2);
            t.end = turns.int64(3);
            t.speaker = turns.text(4);
            t.caseId = turns.int64(5);
            if (t.end <= t.start || !m_options.caseTurnSelections)
                continue;
            documentTurns[t.documentId].append(t);
            m_caseTurns[*t.caseId].append(t);
        }
        turns.reset();
        // A turn coded as a whole is already a selection: the case points at
        // that one rather than at a second, uncoded copy of the span.
        sql::Statement &whole = m_project.statement(
            "SELECT id, guid FROM quote WHERE document_id = ? AND start = ? AND end = ? ORDER BY id LIMIT 1");
        for (const QList<SpeakerTurn> &list : std::as_const(documentTurns)) {
            for (const SpeakerTurn &t : list) {
                whole.bind(1, t.documentId).bind(2, t.start).bind(3, t.end);
                if (whole.next())
                    m_turnQuoteGuids.insert(t.id, m_guids.get(QStringLiteral("quote"), whole.int64(0), whole.text(1)));
                whole.reset();
            }
        }
    }
    if (!cases.isEmpty()) {
        x.writeStartElement(QStringLiteral("Cases"));
        for (const Case &c : cases) {
            x.writeStartElement(QStringLiteral("Case"));
            x.writeAttribute(QStringLiteral("guid"), m_guids.get(QStringLiteral("case"), c.id, c.guid));
            x.writeAttribute(QStringLiteral("name"), xmlSafe(m_redaction ? m_redaction->caseLabel(c.id) : c.name));
            if (!c.description.isEmpty() && !m_redaction)
                x.writeTextElement(QStringLiteral("Description"), xmlSafe(c.description));
            writeVariableValues(x, AttributeScope::Case, c.id);
            sql::Statement &members = m_project.statement(
                "SELECT document_id FROM document_case WHERE case_id = ? ORDER BY document_id");
            members.bind(1, c.id);
            while (members.next()) {
                x.writeEmptyElement(QStringLiteral("SourceRef"));
                x.writeAttribute(QStringLiteral("targetGUID"), documentGuids.value(members.int64(0)));
            }
            members.reset();
            // Speaker turns linked to the case: a selection of each turn
            // (written with its source below), so that every importer sees
            // which text belongs to which case.
            for (const SpeakerTurn &turn : m_caseTurns.value(c.id)) {
                x.writeEmptyElement(QStringLiteral("SelectionRef"));
                x.writeAttribute(QStringLiteral("targetGUID"), turnGuid(turn.id));
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    if (!documents.isEmpty()) {
        x.writeStartElement(QStringLiteral("Sources"));
        for (const Document &d : documents) {
            const QString guid = documentGuids.value(d.id);
            privacy::RedactedText redacted;
            if (m_redaction)
                redacted = m_redaction->redact(m_project.documentText(d.id));
            else
                redacted.text = m_project.documentText(d.id);
            const QString &text = redacted.text;
            files.append({QStringLiteral("sources/%1.txt").arg(guid), text.toUtf8()});
            x.writeStartElement(QStringLiteral("TextSource"));
            x.writeAttribute(QStringLiteral("guid"), guid);
            x.writeAttribute(QStringLiteral("name"), xmlSafe(shown(d.name)));
            x.writeAttribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://%1.txt").arg(guid));
            if (const QString t = xsdDateTime(d.importedAt); !t.isEmpty())
                x.writeAttribute(QStringLiteral("creationDateTime"), t);
            const CodePointIndex index(text);
            for (Quote q : m_project.quotes(d.id)) {
                q.start = redacted.mapStart(q.start);
                q.end = redacted.mapEnd(q.end);
                const QString quoteGuid = m_guids.get(QStringLiteral("quote"), q.id, q.guid);
                QString label = text.mid(index.toUtf16(q.start), index.toUtf16(std::min(q.end, q.start + 60)) - index.toUtf16(q.start));
                label.replace(QLatin1Char('\n'), QLatin1Char(' '));
                // Other tools take a selection's creatingUser as the coder of
                // all its codings and keep one coder's coding of a span: so a
                // quote coded by several coders is written as one selection
                // per coder, the same span each time (the import merges them
                // back into one quote). The quote's creator (or its first
                // coder) keeps the quote's guid and its memos.
                QList<Id> coderOrder;
                QHash<Id, QList<Coding>> byCoder;
                for (const Coding &c : m_project.codings(q.id)) {
                    if (!byCoder.contains(c.coderId))
                        coderOrder.append(c.coderId);
                    byCoder[c.coderId].append(c);
                }
                if (q.creatorId && byCoder.contains(*q.creatorId)) {
                    coderOrder.removeOne(*q.creatorId);
                    coderOrder.prepend(*q.creatorId);
                }
                if (coderOrder.isEmpty())
                    coderOrder.append(q.creatorId.value_or(0));
                for (qsizetype k = 0; k < coderOrder.size(); ++k) {
                    const Id coder = coderOrder[k];
                    const bool first = k == 0;
                    const QString guid = first ? quoteGuid
                                               : m_guids.derive(QStringLiteral("quote:%1:coder:%2").arg(quoteGuid, m_coderGuids.value(coder)));
                    writeSelection(x, guid, label, q.start, q.end,
                                   first && !byCoder.contains(coder) ? q.creatorId : std::optional<Id>(coder), q.createdAt);
                    for (const Coding &c : byCoder.value(coder)) {
                        x.writeStartElement(QStringLiteral("Coding"));
                        x.writeAttribute(QStringLiteral("guid"), m_guids.derive(QStringLiteral("coding:%1:%2:%3:%4")
                                                                                    .arg(quoteGuid, m_codeGuids.value(c.codeId),
                                                                                         m_coderGuids.value(c.coderId))
                                                                                    .arg(c.id)));
                        x.writeAttribute(QStringLiteral("creatingUser"), m_coderGuids.value(c.coderId));
                        if (const QString t = xsdDateTime(c.createdAt); !t.isEmpty())
                            x.writeAttribute(QStringLiteral("creationDateTime"), t);
                        x.writeEmptyElement(QStringLiteral("CodeRef"));
                        x.writeAttribute(QStringLiteral("targetGUID"), m_codeGuids.value(c.codeId));
                        x.writeEndElement();
                    }
                    if (first)
                        writeNoteRefs(x, MemoTarget::Quote, q.id);
                    x.writeEndElement();
                }
            }
            // The turns its cases point at (Case/SelectionRef): uncoded.
            for (const SpeakerTurn &turn : documentTurns.value(d.id)) {
                if (m_turnQuoteGuids.contains(turn.id))
                    continue;
                const qint64 start = redacted.mapStart(turn.start);
                const qint64 end = redacted.mapEnd(turn.end);
                if (end <= start)
                    continue;
                writeSelection(x, turnGuid(turn.id), shown(turn.speaker), start, end, std::nullopt, d.importedAt);
                x.writeEndElement();
            }
            writeNoteRefs(x, MemoTarget::Document, d.id);
            writeVariableValues(x, AttributeScope::Document, d.id);
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    if (!m_memos.isEmpty()) {
        x.writeStartElement(QStringLiteral("Notes"));
        for (const Memo &m : m_memos) {
            x.writeStartElement(QStringLiteral("Note"));
            x.writeAttribute(QStringLiteral("guid"), m_memoGuids.value(m.id));
            x.writeAttribute(QStringLiteral("name"), xmlSafe(shown(m.title)));
            if (m.authorId)
                x.writeAttribute(QStringLiteral("creatingUser"), m_coderGuids.value(*m.authorId));
            if (const QString t = xsdDateTime(m.createdAt); !t.isEmpty())
                x.writeAttribute(QStringLiteral("creationDateTime"), t);
            if (const QString t = xsdDateTime(m.modifiedAt); !t.isEmpty())
                x.writeAttribute(QStringLiteral("modifiedDateTime"), t);
            if (m.target == MemoTarget::Case) {
                // REFI-QDA cases carry no notes: say in the note which case it was on.
                const auto c = std::find_if(cases.cbegin(), cases.cend(), [&](const Case &k) { return k.id == m.targetId; });
                x.writeTextElement(QStringLiteral("Description"),
                                   xmlSafe(QStringLiteral("Memo on case \"%1\"")
                                               .arg(c == cases.cend() ? QString() : m_redaction ? m_redaction->caseLabel(c->id) : c->name)));
            }
            x.writeTextElement(QStringLiteral("PlainTextContent"), xmlSafe(shown(m.text)));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    // Sets of documents and codes (REFI-QDA sets cannot hold cases).
    {
        auto sets = m_project.database().prepare(QStringLiteral("SELECT id, name, description, coalesce(guid, '') FROM set_ ORDER BY id"));
        if (!sets)
            return sets.error();
        bool open = false;
        while (sets->next()) {
            if (!open) {
                x.writeStartElement(QStringLiteral("Sets"));
                open = true;
            }
            const Id setId = sets->int64(0);
            x.writeStartElement(QStringLiteral("Set"));
            x.writeAttribute(QStringLiteral("guid"), m_guids.get(QStringLiteral("set"), setId, sets->text(3)));
            x.writeAttribute(QStringLiteral("name"), xmlSafe(shown(sets->text(1))));
            if (!sets->text(2).isEmpty())
                x.writeTextElement(QStringLiteral("Description"), xmlSafe(shown(sets->text(2))));
            for (const char *kind : {"code", "document"}) {
                sql::Statement &members = m_project.statement(
                    "SELECT member_id FROM set_member WHERE set_id = ? AND member_kind = ? ORDER BY member_id");
                members.bind(1, setId).bind(2, QString::fromLatin1(kind));
                while (members.next()) {
                    const Id member = members.int64(0);
                    const bool isCode = qstrcmp(kind, "code") == 0;
                    const QString target = isCode ? m_codeGuids.value(member) : documentGuids.value(member);
                    if (target.isEmpty())
                        continue;
                    x.writeEmptyElement(isCode ? QStringLiteral("MemberCode") : QStringLiteral("MemberSource"));
                    x.writeAttribute(QStringLiteral("targetGUID"), target);
                }
                members.reset();
            }
            x.writeEndElement();
        }
        if (open)
            x.writeEndElement();
    }
    if (m_redaction)
        x.writeTextElement(QStringLiteral("Description"),
                           privacy::watermark() + QStringLiteral(": speaker and case names are replaced by role labels and "
                                                                 "identifying attributes are left out."));
    writeNoteRefs(x, MemoTarget::Project, std::nullopt);
    // Case memos have no place on a REFI-QDA case; they hang on the project.
    for (const Memo &memo : m_memos) {
        if (memo.target == MemoTarget::Case) {
            x.writeEmptyElement(QStringLiteral("NoteRef"));
            x.writeAttribute(QStringLiteral("targetGUID"), m_memoGuids.value(memo.id));
        }
    }
    x.writeEndElement();
    x.writeEndDocument();
    if (x.hasError())
        return makeError(ErrorKind::Io, QStringLiteral("cannot write the project XML"));
    files.prepend({QStringLiteral("project.qde"), xml});
    return files;
}

}  // namespace

Status exportProject(Project &project, const QString &qdpxPath, const privacy::Redaction *redaction,
                     const ExportOptions &options)
{
    ProjectExporter exporter(project, redaction);
    exporter.m_options = options;
    auto files = exporter.build();
    if (!files)
        return files.error();
    return writeZip(qdpxPath, *files);
}

Status exportCodebook(Project &project, const QString &qdcPath)
{
    ProjectExporter exporter(project);
    const QList<Code> codes = project.codes();
    if (codes.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("the project has no codes; a REFI-QDA codebook needs at least one"));
    for (const Code &c : codes) {
        exporter.m_children[c.parentId].append(c);
        exporter.m_codeGuids.insert(c.id, exporter.m_guids.get(QStringLiteral("code"), c.id, c.guid));
    }
    QByteArray xml;
    QXmlStreamWriter x(&xml);
    x.setAutoFormatting(true);
    x.setAutoFormattingIndent(1);
    x.writeStartDocument();
    x.writeDefaultNamespace(kCodebookNs);
    x.writeStartElement(QStringLiteral("CodeBook"));
    x.writeAttribute(QStringLiteral("origin"), QStringLiteral("Crosscut"));
    x.writeStartElement(QStringLiteral("Codes"));
    for (const Code &c : exporter.m_children.value(std::nullopt))
        exporter.writeCode(x, c, true);
    x.writeEndElement();
    // Sets of codes only: a codebook's sets cannot hold documents.
    auto sets = project.database().prepare(QStringLiteral(
        "SELECT s.id, s.name, s.description, coalesce(s.guid, '') FROM set_ s WHERE EXISTS "
        "(SELECT 1 FROM set_member m WHERE m.set_id = s.id AND m.member_kind = 'code') ORDER BY s.id"));
    if (!sets)
        return sets.error();
    bool open = false;
    while (sets->next()) {
        if (!open) {
            x.writeStartElement(QStringLiteral("Sets"));
            open = true;
        }
        x.writeStartElement(QStringLiteral("Set"));
        x.writeAttribute(QStringLiteral("guid"), exporter.m_guids.get(QStringLiteral("set"), sets->int64(0), sets->text(3)));
        x.writeAttribute(QStringLiteral("name"), xmlSafe(sets->text(1)));
        if (!sets->text(2).isEmpty())
            x.writeTextElement(QStringLiteral("Description"), xmlSafe(sets->text(2)));
        sql::Statement &members = project.statement(
            "SELECT member_id FROM set_member WHERE set_id = ? AND member_kind = 'code' ORDER BY member_id");
        members.bind(1, sets->int64(0));
        while (members.next()) {
            x.writeEmptyElement(QStringLiteral("MemberCode"));
            x.writeAttribute(QStringLiteral("guid"), exporter.m_codeGuids.value(members.int64(0)));
        }
        members.reset();
        x.writeEndElement();
    }
    if (open)
        x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();

    QSaveFile file(qdcPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size() || !file.commit())
        return makeError(ErrorKind::Io, QStringLiteral("cannot write %1: %2").arg(qdcPath, file.errorString()));
    return {};
}

}  // namespace crosscut::interop
