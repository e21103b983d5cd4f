// TEMPORARY, until the team core (core/team/handout.cpp, merge.cpp) is on
// this branch: placeholders that refuse, so the GUI links. Built only while
// core/team/handout.cpp is missing (ui/copies/sources.cmake); removed when
// the merge branch comes in.
#include "project/project.h"
#include "team/handout.h"
#include "team/merge.h"

namespace crosscut::team {

namespace {
Error pending() { return makeError(ErrorKind::Invalid, QStringLiteral("coder copies are not in this build yet")); }
}  // namespace

Result<HandoutReport> handout(Project &, const HandoutOptions &) { return pending(); }

std::optional<QString> blindCoder(Project &project)
{
    auto v = project.database().scalar(QStringLiteral("SELECT value FROM project_info WHERE key = 'blind_coder'"));
    if (!v || v->isNull() || v->toString().isEmpty())
        return std::nullopt;
    return v->toString();
}

bool MergeReport::changedNothing() const { return false; }
QStringList MergeReport::lines() const { return {}; }

Result<MergeReport> mergeProjects(Project &, const QList<MergeSource> &, const MergeOptions &) { return pending(); }

}  // namespace crosscut::team
