// Import of REFI-QDA projects (.qdpx): everything is read and checked before
// the project file is created, then written in one transaction.
#include "interop/positionmap.h"
#include "interop/qdpxarchive.h"
#include "interop/refiqda.h"
#include "interop/refiqdacommon.h"
#include "interop/xmltree.h"
#include "project/projectwriter.h"
#include "text/codepoints.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace crosscut::interop {

namespace {

struct SourceText {
    const XmlNode *node = nullptr;
    QString raw;  // BOM removed, line endings as the tool had them
};

class ProjectImporter {
public:
    ProjectImporter(QdpxArchive &archive, const ImportOptions &options) : m_archive(archive), m_options(options) {}

    // Reads and checks everything that can fail before a project exists.
    Status load();
    Status write(ProjectWriter &w);
    ImportSummary summary;

private:
    Result<QString> readSourceText(const XmlNode &source, const QString &kind, bool *missing);
    Result<Id> coderFor(ProjectWriter &w, const QString &userGuid);
    Status writeCode(ProjectWriter &w, const XmlNode &code, std::optional<Id> parent);
    Status writeTextSource(ProjectWriter &w, const SourceText &source);
    Status writeSelection(ProjectWriter &w, Id document, const PositionMap &map, const XmlNode &selection);
    Status writeCodings(ProjectWriter &w, Id quote, const XmlNode &parent, const QString &fallbackUser);
    Status writeVariableValues(ProjectWriter &w, AttributeScope scope, Id target, const XmlNode &owner);
    Status writeCases(ProjectWriter &w);
    Status linkCaseSelection(ProjectWriter &w, Id caseId, const QString &caseName, const QString &selectionGuid);
    Status writeNotes(ProjectWriter &w);
    Status writeSets(ProjectWriter &w);
    void countUnsupportedSource(const XmlNode &source);
    void noteRefs(const XmlNode &owner, MemoTarget target, std::optional<Id> id);

    QdpxArchive &m_archive;
    ImportOptions m_options;
    std::shared_ptr<XmlNode> m_root;
    PositionUnit m_unit = PositionUnit::CodePoint;
    QList<SourceText> m_texts;
    QSet<QString> m_skippedSources;  // guids of text sources skipped for a missing file
    QHash<QString, QString> m_noteTexts;  // note guid → text

    QHash<QString, Id> m_users;  // guid → coder
    QHash<QString, Id> m_codes;
    QHash<QString, Id> m_documents;
    QHash<QString, Id> m_quotes;
    QHash<QString, std::pair<QString, AttributeType>> m_variables;  // guid → name, type
    QMultiHash<QString, std::pair<MemoTarget, std::optional<Id>>> m_noteTargets;
    QSet<QString> m_documentNames;
    std::optional<Id> m_defaultCoder;
    // Selections a Case points at (Case/SelectionRef), and where they landed.
    struct CaseSpan {
        Id document = 0;
        qint64 start = 0;
        qint64 end = 0;
        QString name;
    };
    QSet<QString> m_caseSelectionTargets;
    QHash<QString, CaseSpan> m_caseSpans;  // selection guid → span
public:
    QStringList missingSources;  // why each unreadable text source could not be read
};

Status ProjectImporter::load()
{
    // The project XML: project.qde, or Project.qde / <name>.qde at the top level.
    QString member = m_archive.find(QStringLiteral("project.qde"));
    if (member.isEmpty()) {
        for (const QString &entry : m_archive.entries()) {
            if (!entry.contains(QLatin1Char('/')) && entry.endsWith(QLatin1String(".qde"), Qt::CaseInsensitive)) {
                member = entry;
                break;
            }
        }
    }
    if (member.isEmpty())
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("the archive holds no project.qde (nor any other .qde file at its top level); "
                                        "it is not a REFI-QDA project"));
    auto data = m_archive.read(member);
    if (!data)
        return data.error();
    auto root = parseXml(*data, member);
    if (!root)
        return root.error();
    m_root = *root;
    if (m_root->name == QLatin1String("CodeBook"))
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 is a REFI-QDA codebook, not a project; import it with codebook-import").arg(member));
    if (m_root->name != QLatin1String("Project") || !isQdaNamespace(m_root->namespaceUri))
        return makeError(ErrorKind::Invalid, QStringLiteral("%1: the root element is <%2> in namespace \"%3\"; a REFI-QDA "
                                                            "project has <Project> in urn:QDA-XML:project:1.0")
                                                 .arg(member, m_root->name, m_root->namespaceUri));
    summary.origin = m_root->attr(QStringLiteral("origin"));
    m_unit = positionUnitForOrigin(summary.origin);

    if (const XmlNode *sources = m_root->child(QStringLiteral("Sources"))) {
        for (const auto &source : sources->children) {
            if (source->name != QLatin1String("TextSource"))
                continue;
            bool missing = false;
            auto text = readSourceText(*source, QStringLiteral("source"), &missing);
            if (!text) {
                if (missing && m_options.skipMissingSources) {
                    m_skippedSources.insert(normalizeGuid(source->attr(QStringLiteral("guid"))));
                    summary.unsupported[QStringLiteral("TextSource without its text file")] += 1;
                    const int selections = static_cast<int>(source->childrenNamed(QStringLiteral("PlainTextSelection")).size());
                    if (selections > 0)
                        summary.unsupported[QStringLiteral("PlainTextSelection in a missing source")] += selections;
                    summary.warnings.append(text.message());
                    missingSources.append(text.message());
                    continue;
                }
                if (missing) {
                    // Go on reading: the refusal names every missing source.
                    missingSources.append(text.message());
                    continue;
                }
                return text.error();
            }
            m_texts.append(SourceText{source.get(), *text});
        }
    }
    if (!missingSources.isEmpty() && !m_options.skipMissingSources)
        return makeError(ErrorKind::NotFound,
                         QStringLiteral("%1 text source(s) cannot be imported: %2. Nothing was imported. To import the "
                                        "rest without them, use --skip-missing-sources (in the window: \"Import what "
                                        "is there\").")
                             .arg(missingSources.size())
                             .arg(missingSources.join(QStringLiteral("; "))));
    if (const XmlNode *cases = m_root->child(QStringLiteral("Cases")))
        for (const XmlNode *c : cases->childrenNamed(QStringLiteral("Case")))
            for (const XmlNode *ref : c->childrenNamed(QStringLiteral("SelectionRef")))
                m_caseSelectionTargets.insert(normalizeGuid(ref->attr(QStringLiteral("targetGUID"))));
    if (const XmlNode *notes = m_root->child(QStringLiteral("Notes"))) {
        for (const XmlNode *note : notes->childrenNamed(QStringLiteral("Note"))) {
            bool missing = false;
            auto text = readSourceText(*note, QStringLiteral("note"), &missing);
            if (!text) {
                if (!missing)
                    return text.error();
                summary.warnings.append(text.message());
                m_noteTexts.insert(normalizeGuid(note->attr(QStringLiteral("guid"))), QString());
                continue;
            }
            m_noteTexts.insert(normalizeGuid(note->attr(QStringLiteral("guid"))), *text);
        }
    }
    return {};
}

Result<QString> ProjectImporter::readSourceText(const XmlNode &source, const QString &kind, bool *missing)
{
    *missing = false;
    const QString name = source.attr(QStringLiteral("name"));
    if (const XmlNode *content = source.child(QStringLiteral("PlainTextContent")))
        return content->text;
    const QString path = source.attr(QStringLiteral("plainTextPath"));
    if (path.isEmpty()) {
        if (kind == QLatin1String("note"))
            return QString();  // a note may hold only its Description
        *missing = true;
        return makeError(ErrorKind::NotFound,
                         QStringLiteral("%1 \"%2\" has neither PlainTextContent nor a plainTextPath%3").arg(kind, name,
                             source.attributes.contains(QStringLiteral("richTextPath"))
                                 ? QStringLiteral(" (only rich text, which Crosscut does not read)")
                                 : QString()));
    }
    const QString entry = findArchiveEntry(m_archive, path);
    if (entry.isEmpty()) {
        *missing = true;
        return makeError(ErrorKind::NotFound,
                         QStringLiteral("%1 \"%2\": its text file \"%3\" is missing from the archive").arg(kind, name, path));
    }
    auto bytes = m_archive.read(entry);
    if (!bytes)
        return bytes.error();
    auto text = decodeText(*bytes);
    if (!text)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 \"%2\" (%3): %4").arg(kind, name, entry, text.message()));
    return *text;
}

Result<Id> ProjectImporter::coderFor(ProjectWriter &w, const QString &userGuid)
{
    if (auto it = m_users.constFind(normalizeGuid(userGuid)); it != m_users.cend())
        return *it;
    if (!m_defaultCoder) {
        const QString creator = normalizeGuid(m_root->attr(QStringLiteral("creatingUserGUID")));
        if (auto it = m_users.constFind(creator); it != m_users.cend()) {
            m_defaultCoder = *it;
        } else {
            auto id = w.coderId(summary.origin.isEmpty() ? QStringLiteral("imported") : summary.origin);
            if (!id)
                return id.error();
            m_defaultCoder = *id;
        }
    }
    return *m_defaultCoder;
}

Status ProjectImporter::write(ProjectWriter &w)
{
    if (const XmlNode *users = m_root->child(QStringLiteral("Users"))) {
        int n = 0;
        for (const XmlNode *user : users->childrenNamed(QStringLiteral("User"))) {
            ++n;
            QString name = user->attr(QStringLiteral("name")).trimmed();
            if (name.isEmpty())
                name = user->attr(QStringLiteral("id")).trimmed();
            if (name.isEmpty())
                name = QStringLiteral("User %1").arg(n);
            auto id = w.coderId(name);
            if (!id)
                return id.error();
            const QString guid = normalizeGuid(user->attr(QStringLiteral("guid")));
            if (Status s = w.exec("UPDATE coder SET guid = ? WHERE id = ? AND guid IS NULL", {guid, *id}); !s)
                return s;
            m_users.insert(guid, *id);
            ++summary.users;
        }
    }
    if (const XmlNode *codebook = m_root->child(QStringLiteral("CodeBook"))) {
        if (const XmlNode *codes = codebook->child(QStringLiteral("Codes"))) {
            for (const XmlNode *code : codes->childrenNamed(QStringLiteral("Code"))) {
                if (Status s = writeCode(w, *code, std::nullopt); !s)
                    return s;
            }
        }
    }
    if (const XmlNode *variables = m_root->child(QStringLiteral("Variables"))) {
        for (const XmlNode *v : variables->childrenNamed(QStringLiteral("Variable")))
            m_variables.insert(normalizeGuid(v->attr(QStringLiteral("guid"))),
                               {v->attr(QStringLiteral("name")), attributeTypeForVariable(v->attr(QStringLiteral("typeOfVariable")))});
    }
    if (const XmlNode *sources = m_root->child(QStringLiteral("Sources"))) {
        for (const auto &source : sources->children) {
            if (source->name != QLatin1String("TextSource"))
                countUnsupportedSource(*source);
        }
    }
    for (const SourceText &source : m_texts) {
        if (Status s = writeTextSource(w, source); !s)
            return s;
    }
    if (Status s = writeCases(w); !s)
        return s;
    const QString description = m_root->childText(QStringLiteral("Description"));
    if (!description.trimmed().isEmpty()) {
        auto memo = w.insertMemo(MemoTarget::Project, std::nullopt, QStringLiteral("Project description"), description);
        if (!memo)
            return memo.error();
        ++summary.memos;
    }
    noteRefs(*m_root, MemoTarget::Project, std::nullopt);
    if (Status s = writeNotes(w); !s)
        return s;
    if (Status s = writeSets(w); !s)
        return s;
    if (const XmlNode *links = m_root->child(QStringLiteral("Links")); links && !links->children.isEmpty())
        summary.unsupported[QStringLiteral("Link")] += static_cast<int>(links->children.size());
    if (const XmlNode *graphs = m_root->child(QStringLiteral("Graphs")); graphs && !graphs->children.isEmpty())
        summary.unsupported[QStringLiteral("Graph")] += static_cast<int>(graphs->children.size());
    return {};
}

Status ProjectImporter::writeCode(ProjectWriter &w, const XmlNode &code, std::optional<Id> parent)
{
    CodeSpec spec;
    spec.name = code.attr(QStringLiteral("name")).trimmed();
    if (spec.name.isEmpty())
        spec.name = QStringLiteral("(unnamed code)");
    spec.color = normalizeColor(code.attr(QStringLiteral("color")));
    spec.description = code.childText(QStringLiteral("Description"));
    // A code other tools may not code with is a grouping: Crosscut's dimension.
    spec.isDimension = code.attr(QStringLiteral("isCodable")).trimmed() == QLatin1String("false");
    const QString original = spec.name;
    Result<Id> id = w.insertCode(parent, spec);
    for (int n = 2; !id && id.error().kind == ErrorKind::Conflict && n < 1000; ++n) {
        spec.name = QStringLiteral("%1 (%2)").arg(original).arg(n);
        id = w.insertCode(parent, spec);
        if (id)
            summary.warnings.append(QStringLiteral("two codes at one level are named \"%1\"; the second is \"%2\"")
                                        .arg(original, spec.name));
    }
    if (!id)
        return id.error();
    const QString guid = normalizeGuid(code.attr(QStringLiteral("guid")));
    if (Status s = w.exec("UPDATE code SET guid = ? WHERE id = ?", {guid, *id}); !s)
        return s;
    m_codes.insert(guid, *id);
    ++summary.codes;
    noteRefs(code, MemoTarget::Code, *id);
    for (const XmlNode *child : code.childrenNamed(QStringLiteral("Code"))) {
        if (Status s = writeCode(w, *child, *id); !s)
            return s;
    }
    return {};
}

void ProjectImporter::noteRefs(const XmlNode &owner, MemoTarget target, std::optional<Id> id)
{
    for (const XmlNode *ref : owner.childrenNamed(QStringLiteral("NoteRef")))
        m_noteTargets.insert(normalizeGuid(ref->attr(QStringLiteral("targetGUID"))), {target, id});
}

void ProjectImporter::countUnsupportedSource(const XmlNode &source)
{
    summary.unsupported[source.name] += 1;
    // Every selection and coding inside a source Crosscut cannot show.
    std::function<void(const XmlNode &)> walk = [&](const XmlNode &node) {
        for (const auto &child : node.children) {
            if (child->name.endsWith(QLatin1String("Selection")))
                summary.unsupported[child->name == QLatin1String("PlainTextSelection")
                                        ? source.name + QStringLiteral(" text selection")
                                        : child->name] += 1;
            else if (child->name == QLatin1String("Transcript"))
                summary.unsupported[QStringLiteral("Transcript")] += 1;
            walk(*child);
        }
    };
    walk(source);
}

Status ProjectImporter::writeTextSource(ProjectWriter &w, const SourceText &source)
{
    const XmlNode &node = *source.node;
    QString name = node.attr(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Source %1").arg(m_documentNames.size() + 1);
    const QString original = name;
    for (int n = 2; m_documentNames.contains(name.toLower()); ++n)
        name = QStringLiteral("%1 (%2)").arg(original).arg(n);
    if (name != original)
        summary.warnings.append(QStringLiteral("two sources are named \"%1\"; the second is \"%2\"").arg(original, name));
    m_documentNames.insert(name.toLower());

    NewDocument doc;
    doc.name = name;
    doc.text = source.raw;
    doc.sourceFile = original;
    doc.casePerSpeaker = false;
    auto id = w.insertDocument(doc);
    if (!id)
        return id.error();
    const QString guid = normalizeGuid(node.attr(QStringLiteral("guid")));
    if (Status s = w.exec("UPDATE document SET guid = ? WHERE id = ?", {guid, *id}); !s)
        return s;
    m_documents.insert(guid, *id);
    ++summary.sources;

    const QString description = node.childText(QStringLiteral("Description"));
    if (!description.trimmed().isEmpty()) {
        auto memo = w.insertMemo(MemoTarget::Document, *id, QStringLiteral("Description"), description);
        if (!memo)
            return memo.error();
        ++summary.memos;
    }
    noteRefs(node, MemoTarget::Document, *id);
    if (Status s = writeVariableValues(w, AttributeScope::Document, *id, node); !s)
        return s;

    const PositionMap map(source.raw, m_unit);
    for (const XmlNode *selection : node.childrenNamed(QStringLiteral("PlainTextSelection"))) {
        if (Status s = writeSelection(w, *id, map, *selection); !s)
            return s;
    }
    // Codings of the whole source become a quote over the whole text.
    const auto wholeCodings = node.childrenNamed(QStringLiteral("Coding"));
    if (!wholeCodings.isEmpty()) {
        auto length = w.documentLength(*id);
        if (!length)
            return length.error();
        if (*length > 0) {
            auto quote = w.findOrInsertQuote(*id, 0, *length);
            if (!quote)
                return quote.error();
            if (Status s = writeCodings(w, *quote, node, node.attr(QStringLiteral("creatingUser"))); !s)
                return s;
        }
    }
    return {};
}

Status ProjectImporter::writeSelection(ProjectWriter &w, Id document, const PositionMap &map, const XmlNode &selection)
{
    bool okStart = false;
    bool okEnd = false;
    const qint64 start = selection.attr(QStringLiteral("startPosition")).trimmed().toLongLong(&okStart);
    const qint64 end = selection.attr(QStringLiteral("endPosition")).trimmed().toLongLong(&okEnd);
    const auto storedStart = map.toStored(start);
    const auto storedEnd = map.toStored(end);
    const QString label = selection.attr(QStringLiteral("name")).isEmpty() ? selection.attr(QStringLiteral("guid"))
                                                                            : selection.attr(QStringLiteral("name"));
    if (!okStart || !okEnd || !storedStart || !storedEnd || *storedStart >= *storedEnd) {
        summary.unsupported[QStringLiteral("PlainTextSelection outside its text")] += 1;
        summary.warnings.append(QStringLiteral("selection \"%1\" (%2–%3) does not lie inside its text (length %4); skipped")
                                    .arg(label, selection.attr(QStringLiteral("startPosition")),
                                         selection.attr(QStringLiteral("endPosition")))
                                    .arg(map.rawLength()));
        return {};
    }
    const QString guid = normalizeGuid(selection.attr(QStringLiteral("guid")));
    if (m_caseSelectionTargets.contains(guid)) {
        // A selection that only says which case the text belongs to (no
        // coding, no memo: a speaker turn in Crosscut's exports) is no quote;
        // its name is the speaker's. A coded one is a quote as well, and its
        // turn is named after the case.
        const bool onlyCase = selection.childrenNamed(QStringLiteral("Coding")).isEmpty() &&
                              selection.childrenNamed(QStringLiteral("NoteRef")).isEmpty() &&
                              selection.childText(QStringLiteral("Description")).trimmed().isEmpty();
        m_caseSpans.insert(guid, {document, *storedStart, *storedEnd,
                                  onlyCase ? selection.attr(QStringLiteral("name")).trimmed() : QString()});
        if (onlyCase)
            return {};
    }
    const QString creatorGuid = selection.attr(QStringLiteral("creatingUser"));
    auto creator = coderFor(w, creatorGuid);
    if (!creator)
        return creator.error();
    // One quote per span, as everywhere in Crosscut: a second selection of
    // the same span adds its codings to the first.
    sql::Statement &find = w.project().statement(
        "SELECT id FROM quote WHERE document_id = ? AND start = ? AND end = ? LIMIT 1");
    find.bind(1, document).bind(2, *storedStart).bind(3, *storedEnd);
    Id quote = 0;
    if (find.next()) {
        quote = find.int64(0);
        find.reset();
    } else {
        find.reset();
        QString created = selection.attr(QStringLiteral("creationDateTime"));
        if (created.isEmpty())
            created = w.timestamp();
        if (Status s = w.exec("INSERT INTO quote(document_id, start, end, creator_id, created_at, guid) VALUES (?, ?, ?, ?, ?, ?)",
                              {document, *storedStart, *storedEnd, *creator, created, guid});
            !s)
            return s;
        quote = w.project().database().lastInsertId();
    }
    m_quotes.insert(guid, quote);
    ++summary.selections;
    const QString description = selection.childText(QStringLiteral("Description"));
    if (!description.trimmed().isEmpty()) {
        auto memo = w.insertMemo(MemoTarget::Quote, quote, QStringLiteral("Description"), description);
        if (!memo)
            return memo.error();
        ++summary.memos;
    }
    noteRefs(selection, MemoTarget::Quote, quote);
    return writeCodings(w, quote, selection, creatorGuid);
}

Status ProjectImporter::writeCodings(ProjectWriter &w, Id quote, const XmlNode &parent, const QString &fallbackUser)
{
    for (const XmlNode *coding : parent.childrenNamed(QStringLiteral("Coding"))) {
        const XmlNode *ref = coding->child(QStringLiteral("CodeRef"));
        const QString target = ref ? normalizeGuid(ref->attr(QStringLiteral("targetGUID"))) : QString();
        const auto code = m_codes.constFind(target);
        if (code == m_codes.cend()) {
            summary.unsupported[QStringLiteral("Coding with an unknown code")] += 1;
            continue;
        }
        QString user = coding->attr(QStringLiteral("creatingUser"));
        if (user.isEmpty())
            user = fallbackUser;
        auto coder = coderFor(w, user);
        if (!coder)
            return coder.error();
        auto inserted = w.insertCoding(quote, *code, *coder);
        if (!inserted)
            return inserted.error();
        if (*inserted)
            ++summary.codings;
    }
    return {};
}

Status ProjectImporter::writeVariableValues(ProjectWriter &w, AttributeScope scope, Id target, const XmlNode &owner)
{
    for (const XmlNode *value : owner.childrenNamed(QStringLiteral("VariableValue"))) {
        const XmlNode *ref = value->child(QStringLiteral("VariableRef"));
        const auto variable = m_variables.constFind(ref ? normalizeGuid(ref->attr(QStringLiteral("targetGUID"))) : QString());
        if (variable == m_variables.cend()) {
            summary.unsupported[QStringLiteral("VariableValue of an unknown variable")] += 1;
            continue;
        }
        QString text;
        for (const auto &child : value->children) {
            if (child->name != QLatin1String("VariableRef"))
                text = child->text.trimmed();
        }
        if (text.isEmpty() || variable->first.trimmed().isEmpty())
            continue;
        AttributeType type = variable->second;
        if (type == AttributeType::Number) {
            bool ok = false;
            text.toDouble(&ok);
            if (!ok)
                type = AttributeType::Text;
        }
        if (Status s = w.setAttribute(scope, target, variable->first, text, type); !s)
            return s;
        ++summary.attributes;
    }
    return {};
}

Status ProjectImporter::writeCases(ProjectWriter &w)
{
    const XmlNode *cases = m_root->child(QStringLiteral("Cases"));
    if (!cases)
        return {};
    int n = 0;
    for (const XmlNode *c : cases->childrenNamed(QStringLiteral("Case"))) {
        ++n;
        QString name = c->attr(QStringLiteral("name")).trimmed();
        if (name.isEmpty())
            name = QStringLiteral("Case %1").arg(n);
        auto id = w.caseId(name);
        if (!id)
            return id.error();
        const QString guid = normalizeGuid(c->attr(QStringLiteral("guid")));
        if (Status s = w.exec("UPDATE case_ SET guid = coalesce(guid, ?), description = ? WHERE id = ?",
                              {guid, c->childText(QStringLiteral("Description")), *id});
            !s)
            return s;
        ++summary.cases;
        if (Status s = writeVariableValues(w, AttributeScope::Case, *id, *c); !s)
            return s;
        for (const XmlNode *ref : c->childrenNamed(QStringLiteral("SourceRef"))) {
            const QString target = normalizeGuid(ref->attr(QStringLiteral("targetGUID")));
            const auto doc = m_documents.constFind(target);
            if (doc == m_documents.cend()) {
                summary.unsupported[QStringLiteral("Case member that is not an imported text source")] += 1;
                continue;
            }
            if (Status s = w.exec("INSERT OR IGNORE INTO document_case(document_id, case_id) VALUES (?, ?)", {*doc, *id}); !s)
                return s;
        }
        for (const XmlNode *ref : c->childrenNamed(QStringLiteral("SelectionRef"))) {
            if (Status s = linkCaseSelection(w, *id, name, normalizeGuid(ref->attr(QStringLiteral("targetGUID")))); !s)
                return s;
        }
        if (const int k = static_cast<int>(c->childrenNamed(QStringLiteral("CodeRef")).size()); k > 0)
            summary.unsupported[QStringLiteral("Case code")] += k;
    }
    return {};
}

// A case's selection becomes a speaker turn linked to the case (Crosscut's
// way of saying "this text belongs to that case"): the turn a Crosscut export
// wrote, or one over another tool's selection, named by the selection (or the
// case). The whole text is a document membership instead. A selection that
// overlaps a turn already there cannot be a turn of its own and is reported.
Status ProjectImporter::linkCaseSelection(ProjectWriter &w, Id caseId, const QString &caseName, const QString &selectionGuid)
{
    const auto span = m_caseSpans.constFind(selectionGuid);
    if (span == m_caseSpans.cend()) {
        summary.unsupported[QStringLiteral("Case member selection outside the imported text sources")] += 1;
        return {};
    }
    auto length = w.documentLength(span->document);
    if (!length)
        return length.error();
    if (span->start == 0 && span->end == *length)
        return w.exec("INSERT OR IGNORE INTO document_case(document_id, case_id) VALUES (?, ?)", {span->document, caseId});
    sql::Statement &same = w.project().statement(
        "SELECT id, case_id FROM speaker_turn WHERE document_id = ? AND start = ? AND end = ?");
    same.bind(1, span->document).bind(2, span->start).bind(3, span->end);
    if (same.next()) {
        const Id turn = same.int64(0);
        const bool linked = !same.isNull(1);
        same.reset();
        if (linked) {
            summary.unsupported[QStringLiteral("Case member selection already linked to another case")] += 1;
            return {};
        }
        return w.exec("UPDATE speaker_turn SET case_id = ? WHERE id = ?", {caseId, turn});
    }
    same.reset();
    sql::Statement &overlap = w.project().statement(
        "SELECT 1 FROM speaker_turn WHERE document_id = ? AND start < ? AND end > ? LIMIT 1");
    overlap.bind(1, span->document).bind(2, span->end).bind(3, span->start);
    const bool overlaps = overlap.next();
    overlap.reset();
    if (overlaps) {
        summary.unsupported[QStringLiteral("Case member selection overlapping another case's text")] += 1;
        return {};
    }
    return w.exec("INSERT INTO speaker_turn(document_id, start, end, speaker, case_id, guid) VALUES (?, ?, ?, ?, ?, ?)",
                  {span->document, span->start, span->end, span->name.isEmpty() ? caseName : span->name, caseId,
                   ProjectWriter::newGuid()});
}

Status ProjectImporter::writeNotes(ProjectWriter &w)
{
    const XmlNode *notes = m_root->child(QStringLiteral("Notes"));
    if (!notes)
        return {};
    for (const XmlNode *note : notes->childrenNamed(QStringLiteral("Note"))) {
        const QString guid = normalizeGuid(note->attr(QStringLiteral("guid")));
        QString text = m_noteTexts.value(guid);
        const QString description = note->childText(QStringLiteral("Description"));
        if (text.isEmpty())
            text = description;
        else if (!description.trimmed().isEmpty())
            text = description + QStringLiteral("\n\n") + text;
        const QString title = note->attr(QStringLiteral("name"));
        auto author = coderFor(w, note->attr(QStringLiteral("creatingUser")));
        if (!author)
            return author.error();
        QString created = note->attr(QStringLiteral("creationDateTime"));
        if (created.isEmpty())
            created = w.timestamp();
        QString modified = note->attr(QStringLiteral("modifiedDateTime"));
        if (modified.isEmpty())
            modified = created;
        auto targets = m_noteTargets.values(guid);
        if (targets.isEmpty())
            targets.append({MemoTarget::Project, std::nullopt});
        for (const auto &[target, id] : targets) {
            if (Status s = w.exec("INSERT INTO memo(target_kind, target_id, title, text, author_id, created_at, modified_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)",
                                  {toString(target), id ? QVariant(*id) : QVariant(), title.isNull() ? QStringLiteral("") : title,
                                   text.isNull() ? QStringLiteral("") : text, *author, created, modified});
                !s)
                return s;
            ++summary.memos;
        }
    }
    return {};
}

Status ProjectImporter::writeSets(ProjectWriter &w)
{
    const XmlNode *sets = m_root->child(QStringLiteral("Sets"));
    if (!sets)
        return {};
    for (const XmlNode *set : sets->childrenNamed(QStringLiteral("Set"))) {
        QString name = set->attr(QStringLiteral("name")).trimmed();
        if (name.isEmpty())
            name = QStringLiteral("(unnamed set)");
        if (Status s = w.exec("INSERT INTO set_(name, description, guid) VALUES (?, ?, ?)",
                              {name, set->childText(QStringLiteral("Description")),
                               normalizeGuid(set->attr(QStringLiteral("guid")))});
            !s)
            return s;
        const Id setId = w.project().database().lastInsertId();
        ++summary.sets;
        for (const auto &member : set->children) {
            const QString target = normalizeGuid(member->attr(QStringLiteral("targetGUID")));
            const char *kind = nullptr;
            std::optional<Id> id;
            if (member->name == QLatin1String("MemberCode")) {
                kind = "code";
                if (auto it = m_codes.constFind(target); it != m_codes.cend())
                    id = *it;
            } else if (member->name == QLatin1String("MemberSource")) {
                kind = "document";
                if (auto it = m_documents.constFind(target); it != m_documents.cend())
                    id = *it;
            } else if (member->name == QLatin1String("MemberNote")) {
                summary.unsupported[QStringLiteral("Set member note")] += 1;
                continue;
            } else {
                continue;
            }
            if (!id) {
                summary.unsupported[QStringLiteral("Set member that was not imported")] += 1;
                continue;
            }
            if (Status s = w.exec("INSERT OR IGNORE INTO set_member(set_id, member_kind, member_id) VALUES (?, ?, ?)",
                                  {setId, QString::fromLatin1(kind), *id});
                !s)
                return s;
        }
    }
    return {};
}

void removeProjectFiles(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

}  // namespace

Result<ImportSummary> importProject(const QString &qdpxPath, const QString &projectPath)
{
    return importProject(qdpxPath, projectPath, ImportOptions{});
}

Result<ImportSummary> importProject(const QString &qdpxPath, const QString &projectPath, const ImportOptions &options)
{
    if (QFileInfo::exists(projectPath))
        return makeError(ErrorKind::Conflict, QStringLiteral("%1 exists already; import into a new project file").arg(projectPath));
    ArchiveLimits limits;
    limits.maxTotalBytes = options.maxUncompressedBytes;
    limits.maxEntryBytes = std::min(limits.maxEntryBytes, options.maxUncompressedBytes);
    limits.maxEntries = options.maxEntries;
    auto archive = QdpxArchive::open(qdpxPath, limits);
    if (!archive)
        return archive.error();
    ProjectImporter importer(*archive, options);
    if (Status s = importer.load(); !s)
        return makeError(s.error().kind, QStringLiteral("%1: %2").arg(qdpxPath, s.message()));

    auto project = Project::create(projectPath);
    if (!project)
        return project.error();
    Status written = (*project)->transact(QStringLiteral("Import REFI-QDA project %1").arg(QFileInfo(qdpxPath).fileName()),
                                          [&](ProjectWriter &w) { return importer.write(w); });
    project->reset();
    if (!written) {
        removeProjectFiles(projectPath);
        return makeError(written.error().kind, QStringLiteral("%1: %2").arg(qdpxPath, written.message()));
    }
    return importer.summary;
}

Result<QStringList> missingSources(const QString &qdpxPath)
{
    auto archive = QdpxArchive::open(qdpxPath, ArchiveLimits{});
    if (!archive)
        return archive.error();
    ImportOptions options;
    options.skipMissingSources = true;
    ProjectImporter importer(*archive, options);
    if (Status s = importer.load(); !s)
        return makeError(s.error().kind, QStringLiteral("%1: %2").arg(qdpxPath, s.message()));
    return importer.missingSources;
}

}  // namespace crosscut::interop
