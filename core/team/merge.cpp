// Merging coder copies into a master (team/merge.h). Every copy is read into
// memory first (team/mergesnapshot.cpp: a read-only connection, the copy is
// never written); then one Project::transact matches and inserts, copy by
// copy (team/mergematching.cpp). A refused copy fails the body, so the
// transaction rolls back and the master is left as it was; a merge that
// finds nothing new records no operation.
#include "team/merge.h"

#include "project/project.h"
#include "project/projectwriter.h"
#include "team/mergematching.h"
#include "team/mergesnapshot.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace crosscut::team {

bool MergeReport::changedNothing() const
{
    return documents == 0 && codes == 0 && cases == 0 && turns == 0 && quotes == 0 && codings == 0 && memos == 0
           && attributeValues == 0 && sets == 0 && setMembers == 0 && ties == 0 && summaries == 0 && renamed.isEmpty();
}

QStringList MergeReport::lines() const
{
    QStringList out;
    struct Kind {
        int n;
        const char *one;
        const char *many;
    };
    const Kind kinds[] = {
        {documents, "document", "documents"}, {codes, "code", "codes"},
        {cases, "case", "cases"},             {turns, "speaker turn", "speaker turns"},
        {quotes, "quote", "quotes"},          {codings, "coding", "codings"},
        {memos, "memo", "memos"},             {attributeValues, "attribute value", "attribute values"},
        {sets, "set", "sets"},                {setMembers, "set member", "set members"},
        {ties, "tie", "ties"},                {summaries, "framework summary", "framework summaries"},
    };
    for (const Kind &k : kinds)
        if (k.n > 0)
            out.append(QStringLiteral("added %1 %2").arg(k.n).arg(QLatin1String(k.n == 1 ? k.one : k.many)));
    if (changedNothing())
        out.append(QStringLiteral("nothing new: the master already holds everything in the copies"));
    for (const QString &r : renamed)
        out.append(QStringLiteral("renamed: %1").arg(r));
    for (const QString &c : conflicts)
        out.append(QStringLiteral("conflict: %1").arg(c));
    return out;
}

QString documentTextHash(Project &project, Id document) { return detail::textHash(project.documentText(document)); }

Result<MergeReport> mergeProjects(Project &master, const QList<MergeSource> &sources, const MergeOptions &options)
{
    if (sources.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("name at least one coder copy to merge"));
    const QString masterPath = QFileInfo(master.path()).absoluteFilePath();
    QList<detail::CopySnapshot> copies;
    QStringList names;
    for (const MergeSource &source : sources) {
        if (QFileInfo(source.path).absoluteFilePath() == masterPath)
            return makeError(ErrorKind::Invalid,
                             QStringLiteral("%1 is the master itself; name the coder copies to merge into it").arg(source.path));
        auto copy = detail::readCopy(source.path, source.key);
        if (!copy)
            return copy.error();
        copies.append(std::move(copy).value());
        names.append(QFileInfo(source.path).fileName());
    }
    MergeReport report;
    const Status merged =
        master.transact(QStringLiteral("Merge %1").arg(names.join(QStringLiteral(", "))), [&](ProjectWriter &w) -> Status {
            detail::Matcher matcher(master, w, options, report);
            if (Status s = matcher.loadMaster(); !s)
                return s;
            for (const detail::CopySnapshot &copy : copies)
                if (Status s = matcher.merge(copy); !s)
                    return s;
            return {};
        });
    if (!merged)
        return merged.error();
    return report;
}

}  // namespace crosscut::team
