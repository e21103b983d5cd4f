// Adding, removing and reading collaboration ties.
#include "network/ties.h"
#include "project/projectwriter.h"

#include <QSet>

#include <algorithm>

namespace crosscut::network {

namespace {

struct TieKey {
    Id a;  // the smaller case id
    Id b;
    QString wave;
    QString kind;
    friend bool operator==(const TieKey &, const TieKey &) = default;
    friend size_t qHash(const TieKey &k, size_t seed = 0) { return qHashMulti(seed, k.a, k.b, k.wave, k.kind); }
};

// A null QString binds NULL; wave and kind are NOT NULL, '' when absent.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s.trimmed();
}

QString where(const TieInput &tie, qsizetype index)
{
    return tie.line > 0 ? QStringLiteral("line %1").arg(tie.line) : QStringLiteral("tie %1").arg(index + 1);
}

QStringList distinctColumn(Project &project, const char *sql)
{
    QStringList out;
    sql::Statement &stmt = project.statement(sql);
    while (stmt.next())
        out.append(stmt.text(0));
    return out;
}

}  // namespace

Result<int> addTies(Project &project, const QList<TieInput> &input, const QString &sourceName)
{
    QHash<QString, Id> caseIds;
    for (const Case &c : project.cases())
        caseIds.insert(c.name, c.id);

    QSet<TieKey> known;
    for (const Tie &t : ties(project))
        known.insert({t.a, t.b, t.wave, t.kind});

    // Everything is checked before anything is written: all or nothing.
    QList<TieKey> fresh;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const TieInput &tie = input[i];
        const QString from = tie.from.trimmed(), to = tie.to.trimmed();
        auto refuse = [&](const QString &message) {
            return makeError(ErrorKind::Invalid,
                             QStringLiteral("%1 %2: %3; no tie was added").arg(sourceName, where(tie, i), message));
        };
        if (from.isEmpty() || to.isEmpty())
            return refuse(QStringLiteral("the %1 field is empty").arg(from.isEmpty() ? QStringLiteral("from") : QStringLiteral("to")));
        const auto a = caseIds.constFind(from), b = caseIds.constFind(to);
        if (a == caseIds.cend() || b == caseIds.cend())
            return refuse(QStringLiteral("no case named \"%1\"").arg(a == caseIds.cend() ? from : to));
        if (*a == *b)
            return refuse(QStringLiteral("a tie of \"%1\" with itself").arg(from));
        const TieKey key{std::min(*a, *b), std::max(*a, *b), text(tie.wave), text(tie.kind)};
        if (known.contains(key))
            continue;  // reported from the other side, twice, or already in the project
        known.insert(key);
        fresh.append(key);
    }
    if (fresh.isEmpty())
        return 0;

    Status s = project.transact(QStringLiteral("Add ties from %1").arg(sourceName), [&](ProjectWriter &w) -> Status {
        for (const TieKey &key : std::as_const(fresh))
            if (Status insert = w.exec("INSERT INTO tie(case_a, case_b, wave, kind, created_at, guid) VALUES (?, ?, ?, ?, ?, ?)",
                                       {key.a, key.b, key.wave, key.kind,
                                        w.timestamp(), ProjectWriter::newGuid()});
                !insert)
                return insert;
        return {};
    });
    if (!s)
        return s.error();
    return static_cast<int>(fresh.size());
}

Status removeTies(Project &project, const QList<Id> &tieIds)
{
    if (tieIds.isEmpty())
        return {};
    for (const Id id : tieIds)
        if (!project.database().scalar(QStringLiteral("SELECT 1 FROM tie WHERE id = ?"), {id})->isValid())
            return makeError(ErrorKind::NotFound, QStringLiteral("no tie with id %1; nothing was removed").arg(id));
    const QString label = tieIds.size() == 1 ? QStringLiteral("Remove a tie") : QStringLiteral("Remove %1 ties").arg(tieIds.size());
    return project.transact(label, [&](ProjectWriter &w) -> Status {
        for (const Id id : tieIds)
            if (Status d = w.exec("DELETE FROM tie WHERE id = ?", {id}); !d)
                return d;
        return {};
    });
}

QList<Tie> ties(Project &project, const std::optional<QString> &wave, const std::optional<QString> &kind)
{
    sql::Statement &stmt = project.statement(
        "SELECT id, min(case_a, case_b), max(case_a, case_b), wave, kind FROM tie "
        "WHERE (?1 IS NULL OR wave = ?1) AND (?2 IS NULL OR kind = ?2) ORDER BY id");
    if (wave)
        stmt.bind(1, text(*wave));
    else
        stmt.bindNull(1);
    if (kind)
        stmt.bind(2, text(*kind));
    else
        stmt.bindNull(2);
    QList<Tie> out;
    while (stmt.next())
        out.append(Tie{stmt.int64(0), stmt.int64(1), stmt.int64(2), stmt.text(3), stmt.text(4)});
    return out;
}

QStringList waves(Project &project)
{
    return distinctColumn(project, "SELECT DISTINCT wave FROM tie ORDER BY wave");
}

QStringList kinds(Project &project)
{
    return distinctColumn(project, "SELECT DISTINCT kind FROM tie ORDER BY kind");
}

}  // namespace crosscut::network
