// Merging a REFI-QDA codebook (.qdc) into an existing project by name path.
#include "interop/refiqda.h"
#include "interop/refiqdacommon.h"
#include "interop/xmltree.h"
#include "model/codepath.h"
#include "project/projectwriter.h"

#include <QFile>
#include <QFileInfo>

namespace crosscut::interop {

namespace {

constexpr qint64 kMaxCodebookBytes = qint64(64) * 1024 * 1024;

class CodebookMerger {
public:
    explicit CodebookMerger(Project &project) : m_project(project) {}
    Status merge(ProjectWriter &w, const XmlNode &root);
    ImportSummary summary;

private:
    Status mergeCode(ProjectWriter &w, const XmlNode &code, std::optional<Id> parent, const QString &parentPath);
    std::optional<Code> existingChild(std::optional<Id> parent, const QString &name);

    Project &m_project;
    QHash<QString, Id> m_codes;  // guid → code
};

std::optional<Code> CodebookMerger::existingChild(std::optional<Id> parent, const QString &name)
{
    sql::Statement &find = m_project.statement("SELECT id FROM code WHERE parent_id IS ? AND name = ?");
    if (parent)
        find.bind(1, *parent);
    else
        find.bindNull(1);
    find.bind(2, name);
    if (!find.next())
        return std::nullopt;
    const Id id = find.int64(0);
    find.reset();
    return m_project.code(id);
}

Status CodebookMerger::mergeCode(ProjectWriter &w, const XmlNode &code, std::optional<Id> parent, const QString &parentPath)
{
    QString name = code.attr(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("(unnamed code)");
    const QString path = parentPath.isEmpty() ? codepath::escapeName(name)
                                              : parentPath + QLatin1Char('/') + codepath::escapeName(name);
    const QString color = normalizeColor(code.attr(QStringLiteral("color")));
    const QString description = code.childText(QStringLiteral("Description"));
    const QString guid = normalizeGuid(code.attr(QStringLiteral("guid")));
    Id id = 0;
    if (auto existing = existingChild(parent, name)) {
        id = existing->id;
        QStringList differences;
        if (!color.isEmpty() && color.compare(existing->color, Qt::CaseInsensitive) != 0)
            differences << QStringLiteral("colour %1 (kept %2)").arg(color, existing->color);
        if (!description.trimmed().isEmpty() && description.trimmed() != existing->description.trimmed())
            differences << QStringLiteral("a different description (kept the project's)");
        if (!differences.isEmpty())
            summary.conflicts.append(QStringLiteral("%1: the codebook has %2").arg(path, differences.join(QStringLiteral(", "))));
        if (existing->guid.isEmpty() && isGuid(guid)) {
            if (Status s = w.exec("UPDATE code SET guid = ? WHERE id = ?", {guid, id}); !s)
                return s;
        }
    } else {
        CodeSpec spec;
        spec.name = name;
        spec.color = color;
        spec.description = description;
        spec.isDimension = code.attr(QStringLiteral("isCodable")).trimmed() == QLatin1String("false");
        auto inserted = w.insertCode(parent, spec);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        // Keep the codebook's GUID unless another code holds it already.
        sql::Statement &taken = m_project.statement("SELECT count(*) FROM code WHERE guid = ?");
        taken.bind(1, guid);
        const bool used = taken.next() && taken.int64(0) > 0;
        taken.reset();
        if (!used && isGuid(guid)) {
            if (Status s = w.exec("UPDATE code SET guid = ? WHERE id = ?", {guid, id}); !s)
                return s;
        }
        ++summary.codes;
    }
    m_codes.insert(guid, id);
    for (const XmlNode *child : code.childrenNamed(QStringLiteral("Code"))) {
        if (Status s = mergeCode(w, *child, id, path); !s)
            return s;
    }
    return {};
}

Status CodebookMerger::merge(ProjectWriter &w, const XmlNode &root)
{
    if (const XmlNode *codes = root.child(QStringLiteral("Codes"))) {
        for (const XmlNode *code : codes->childrenNamed(QStringLiteral("Code"))) {
            if (Status s = mergeCode(w, *code, std::nullopt, QString()); !s)
                return s;
        }
    }
    // Taguette writes an empty <Sets/>, which the schema forbids: it is simply empty.
    if (const XmlNode *sets = root.child(QStringLiteral("Sets"))) {
        for (const XmlNode *set : sets->childrenNamed(QStringLiteral("Set"))) {
            const QString name = set->attr(QStringLiteral("name")).trimmed();
            if (name.isEmpty())
                continue;
            sql::Statement &find = m_project.statement("SELECT id FROM set_ WHERE name = ?");
            find.bind(1, name);
            Id setId = 0;
            if (find.next()) {
                setId = find.int64(0);
                find.reset();
                summary.conflicts.append(QStringLiteral("set \"%1\" exists already; its members were added to it").arg(name));
            } else {
                find.reset();
                if (Status s = w.exec("INSERT INTO set_(name, description, guid) VALUES (?, ?, ?)",
                                      {name, set->childText(QStringLiteral("Description")),
                                       normalizeGuid(set->attr(QStringLiteral("guid")))});
                    !s)
                    return s;
                setId = m_project.database().lastInsertId();
                ++summary.sets;
            }
            for (const XmlNode *member : set->childrenNamed(QStringLiteral("MemberCode"))) {
                // The codebook schema names the member by `guid`; the project schema by `targetGUID`.
                QString target = member->attr(QStringLiteral("guid"));
                if (target.isEmpty())
                    target = member->attr(QStringLiteral("targetGUID"));
                const auto code = m_codes.constFind(normalizeGuid(target));
                if (code == m_codes.cend()) {
                    summary.unsupported[QStringLiteral("Set member that is not a code of the codebook")] += 1;
                    continue;
                }
                if (Status s = w.exec("INSERT OR IGNORE INTO set_member(set_id, member_kind, member_id) VALUES (?, 'code', ?)",
                                      {setId, *code});
                    !s)
                    return s;
            }
        }
    }
    return {};
}

}  // namespace

Result<ImportSummary> importCodebook(Project &project, const QString &qdcPath)
{
    QFile file(qdcPath);
    if (!file.exists())
        return makeError(ErrorKind::NotFound, QStringLiteral("%1 does not exist").arg(qdcPath));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("cannot read %1: %2").arg(qdcPath, file.errorString()));
    if (file.size() > kMaxCodebookBytes)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is larger than %2 bytes; refusing it").arg(qdcPath).arg(kMaxCodebookBytes));
    auto root = parseXml(file.readAll(), QFileInfo(qdcPath).fileName());
    if (!root)
        return root.error();
    const XmlNode &node = **root;
    if (node.name != QLatin1String("CodeBook") || !isQdaNamespace(node.namespaceUri))
        return makeError(ErrorKind::Invalid, QStringLiteral("%1: the root element is <%2>; a REFI-QDA codebook has <CodeBook> "
                                                            "in urn:QDA-XML:codebook:1.0")
                                                 .arg(qdcPath, node.name));
    CodebookMerger merger(project);
    merger.summary.origin = node.attr(QStringLiteral("origin"));
    if (Status s = project.transact(QStringLiteral("Import codebook %1").arg(QFileInfo(qdcPath).fileName()),
                                    [&](ProjectWriter &w) { return merger.merge(w, node); });
        !s)
        return makeError(s.error().kind, QStringLiteral("%1: %2").arg(qdcPath, s.message()));
    return merger.summary;
}

}  // namespace crosscut::interop
