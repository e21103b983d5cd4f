#include "project/codercodings.h"

#include "project/project.h"

namespace crosscut {

QHash<Id, int> codingCountsByCode(Project &project, std::optional<Id> coder)
{
    QHash<Id, int> counts;
    sql::Statement &stmt =
        coder ? project.statement("SELECT code_id, count(*) FROM coding WHERE coder_id = ? GROUP BY code_id")
              : project.statement("SELECT code_id, count(*) FROM coding GROUP BY code_id");
    if (coder)
        stmt.bind(1, *coder);
    while (stmt.next())
        counts.insert(stmt.int64(0), int(stmt.int64(1)));
    stmt.reset();
    return counts;
}

std::optional<Coding> findCoding(Project &project, Id coding)
{
    sql::Statement &stmt =
        project.statement("SELECT id, quote_id, code_id, coder_id, created_at, position FROM coding WHERE id = ?");
    stmt.bind(1, coding);
    std::optional<Coding> out;
    if (stmt.next()) {
        out = Coding{stmt.int64(0), stmt.int64(1), stmt.int64(2), stmt.int64(3), stmt.text(4), std::nullopt};
        if (!stmt.isNull(5))
            out->position = stmt.real(5);
    }
    stmt.reset();
    return out;
}

}  // namespace crosscut
