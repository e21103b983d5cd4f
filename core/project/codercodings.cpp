#include "project/codercodings.h"

#include "project/project.h"
#include "project/projectwriter.h"

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

Status removeCoderCodings(Project &project, Id quote, Id coder, std::optional<Id> code)
{
    if (!project.quote(quote))
        return makeError(ErrorKind::NotFound, QStringLiteral("no quote #%1").arg(quote));
    QString coderName;
    for (const Coder &c : project.coders())
        if (c.id == coder)
            coderName = c.name;
    if (coderName.isEmpty())
        return makeError(ErrorKind::NotFound, QStringLiteral("no coder #%1").arg(coder));
    QString label = QStringLiteral("Remove %1's codings").arg(coderName);
    if (code) {
        const std::optional<Code> c = project.code(*code);
        if (!c)
            return makeError(ErrorKind::NotFound, QStringLiteral("no code #%1").arg(*code));
        label = QStringLiteral("Remove coding %1 by %2").arg(c->name, coderName);
    }
    return project.transact(label, [&](ProjectWriter &w) -> Status {
        const Status s = code ? w.exec("DELETE FROM coding WHERE quote_id = ? AND coder_id = ? AND code_id = ?",
                                       {quote, coder, *code})
                              : w.exec("DELETE FROM coding WHERE quote_id = ? AND coder_id = ?", {quote, coder});
        if (!s)
            return s;
        if (project.database().changes() == 0)
            return {};  // that coder had nothing there
        return w.deleteQuoteIfUncoded(quote);
    });
}

}  // namespace crosscut
