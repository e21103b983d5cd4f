// Operations on attributes themselves (not their values): one transaction,
// one entry in the operation log, one undo step each.
#include "project/project.h"
#include "project/projectwriter.h"

namespace crosscut {

Status Project::setAttributeIdentifying(Id attribute, bool identifying)
{
    auto current = m_db.scalar(QStringLiteral("SELECT identifying FROM attribute WHERE id = ?"), {attribute});
    if (!current)
        return current.error();
    if (!current->isValid())
        return makeError(ErrorKind::NotFound, QStringLiteral("attribute #%1 does not exist").arg(attribute));
    if ((current->toLongLong() != 0) == identifying)
        return {};
    auto name = m_db.scalar(QStringLiteral("SELECT name FROM attribute WHERE id = ?"), {attribute});
    const QString label = identifying ? tr("Mark %1 identifying") : tr("Mark %1 not identifying");
    return transact(label.arg(name ? name->toString() : QString()), [&](ProjectWriter &w) {
        return w.exec("UPDATE attribute SET identifying = ? WHERE id = ?", {identifying ? 1 : 0, attribute});
    });
}

}  // namespace crosscut
