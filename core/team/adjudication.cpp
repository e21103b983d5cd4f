#include "team/adjudication.h"

#include "project/project.h"
#include "project/projectwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace crosscut::team {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("crosscut::team::Adjudication", text, nullptr, n);
}

// One coding the consensus coder is given: a span of a document, coded with
// one code.
struct Grant {
    qint64 start = 0;
    qint64 end = 0;
    Id code = 0;
    friend bool operator==(const Grant &, const Grant &) = default;
};

std::optional<Decision> decisionFromName(const QString &name)
{
    for (Decision d : {Decision::AcceptA, Decision::AcceptB, Decision::AcceptBoth, Decision::Edit, Decision::Reject})
        if (decisionName(d) == name)
            return d;
    return std::nullopt;
}

QByteArray grantsJson(const QList<Grant> &grants)
{
    QJsonArray array;
    for (const Grant &g : grants)
        array.append(QJsonArray{g.start, g.end, g.code});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<Grant> grantsFromJson(const QString &json)
{
    QList<Grant> grants;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &entry : array) {
        const QJsonArray triple = entry.toArray();
        if (triple.size() == 3)
            grants.append({triple[0].toInteger(), triple[1].toInteger(), triple[2].toInteger()});
    }
    return grants;
}

struct Coders {
    Id a = 0;
    Id b = 0;
    std::optional<Id> consensus;  // none yet: created by the first decision
};

Result<Coders> resolveCoders(Project &project, const Adjudication &context)
{
    if (context.consensus.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, tr("the consensus coder needs a name"));
    if (context.consensus == context.coderA || context.consensus == context.coderB)
        return makeError(ErrorKind::Invalid,
                         tr("the consensus coder must not be one of the two coders compared (%1)").arg(context.consensus));
    Coders ids;
    for (const auto &[name, slot] : {std::pair{context.coderA, &ids.a}, std::pair{context.coderB, &ids.b}}) {
        auto coder = project.findCoder(name);
        if (!coder)
            return makeError(ErrorKind::NotFound, tr("no coder named \"%1\" in this project").arg(name));
        *slot = coder->id;
    }
    if (auto consensus = project.findCoder(context.consensus))
        ids.consensus = consensus->id;
    if (!project.code(context.code))
        return makeError(ErrorKind::NotFound, tr("no code #%1 in this project").arg(context.code));
    return ids;
}

// The codings `coder` has on `quote` with a code in `codes`.
QList<Id> codesOn(Project &project, Id quote, Id coder, const QSet<Id> &codes)
{
    QList<Id> found;
    sql::Statement &stmt = project.statement("SELECT code_id FROM coding WHERE quote_id = ? AND coder_id = ? ORDER BY code_id");
    stmt.bind(1, quote).bind(2, coder);
    while (stmt.next())
        if (codes.contains(stmt.int64(0)))
            found.append(stmt.int64(0));
    stmt.reset();
    return found;
}

// What each side's quotes in a stretch were coded with (below the code).
QList<Grant> sideGrants(Project &project, const QList<Id> &quotes, Id coder, const QSet<Id> &codes)
{
    QList<Grant> grants;
    for (Id quoteId : quotes) {
        const auto quote = project.quote(quoteId);
        if (!quote)
            continue;
        for (Id code : codesOn(project, quoteId, coder, codes))
            grants.append({quote->start, quote->end, code});
    }
    return grants;
}

void addUnique(QList<Grant> &into, const QList<Grant> &more)
{
    for (const Grant &g : more)
        if (!into.contains(g))
            into.append(g);
}

// The code an edited span is coded with: the one code both sides used, when
// they used one; else the disagreement's code itself.
Id editCode(const QList<Grant> &a, const QList<Grant> &b, Id fallback)
{
    QSet<Id> used;
    for (const QList<Grant> *side : {&a, &b})
        for (const Grant &g : *side)
            used.insert(g.code);
    return used.size() == 1 ? *used.cbegin() : fallback;
}

Result<Id> consensusQuote(ProjectWriter &w, Id document, qint64 start, qint64 end, Id consensus)
{
    Project &project = w.project();
    sql::Statement &find = project.statement("SELECT id FROM quote WHERE document_id = ? AND start = ? AND end = ? LIMIT 1");
    find.bind(1, document).bind(2, start).bind(3, end);
    if (find.next()) {
        const Id id = find.int64(0);
        find.reset();
        return id;
    }
    find.reset();
    auto length = w.documentLength(document);
    if (!length)
        return length.error();
    if (start < 0 || end > *length || start >= end)
        return makeError(ErrorKind::Invalid, tr("the span %1–%2 does not fit the document (0 ≤ start < end ≤ %3)")
                                                 .arg(start)
                                                 .arg(end)
                                                 .arg(*length));
    if (Status s = w.exec("INSERT INTO quote(document_id, start, end, creator_id, created_at, guid) VALUES (?, ?, ?, ?, ?, ?)",
                          {document, start, end, consensus, w.timestamp(), ProjectWriter::newGuid()});
        !s)
        return s.error();
    return project.database().lastInsertId();
}

Status grant(ProjectWriter &w, Id document, const Grant &g, Id consensus)
{
    auto quote = consensusQuote(w, document, g.start, g.end, consensus);
    if (!quote)
        return quote.error();
    auto inserted = w.insertCoding(*quote, g.code, consensus);
    if (!inserted)
        return inserted.error();
    return {};
}

// Takes back what an earlier decision gave the consensus coder.
Status revoke(ProjectWriter &w, Id document, const QList<Grant> &grants, Id consensus)
{
    Project &project = w.project();
    for (const Grant &g : grants) {
        sql::Statement &find = project.statement("SELECT id FROM quote WHERE document_id = ? AND start = ? AND end = ?");
        find.bind(1, document).bind(2, g.start).bind(3, g.end);
        QList<Id> quotes;
        while (find.next())
            quotes.append(find.int64(0));
        find.reset();
        for (Id quote : quotes) {
            if (Status s = w.exec("DELETE FROM coding WHERE quote_id = ? AND code_id = ? AND coder_id = ?",
                                  {quote, g.code, consensus});
                !s)
                return s;
            if (Status s = w.deleteQuoteIfUncoded(quote); !s)
                return s;
        }
    }
    return {};
}

struct StoredDecision {
    Id id = 0;
    QList<Grant> grants;
};

std::optional<StoredDecision> storedDecision(Project &project, const Coders &ids, Id code, Id document, const Span &span)
{
    if (!ids.consensus)
        return std::nullopt;
    sql::Statement &stmt = project.statement(
        "SELECT id, coded FROM adjudication WHERE document_id = ? AND code_id = ? AND coder_a = ? AND coder_b = ? "
        "AND consensus_id = ? AND start = ? AND end = ?");
    stmt.bind(1, document).bind(2, code).bind(3, ids.a).bind(4, ids.b).bind(5, *ids.consensus).bind(6, span.start).bind(7, span.end);
    std::optional<StoredDecision> found;
    if (stmt.next())
        found = StoredDecision{stmt.int64(0), grantsFromJson(stmt.text(1))};
    stmt.reset();
    return found;
}

QString describe(const Disagreement &d)
{
    return QStringLiteral("%1 %2–%3").arg(d.documentName).arg(d.span.start).arg(d.span.end);
}

}  // namespace

QString decisionName(Decision decision)
{
    switch (decision) {
    case Decision::AcceptA:
        return QStringLiteral("accept-a");
    case Decision::AcceptB:
        return QStringLiteral("accept-b");
    case Decision::AcceptBoth:
        return QStringLiteral("accept-both");
    case Decision::Edit:
        return QStringLiteral("edit");
    case Decision::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

Status settle(Project &project, const Adjudication &context, const Disagreement &disagreement, Decision decision,
              const QList<Span> &edited)
{
    auto ids = resolveCoders(project, context);
    if (!ids)
        return ids.error();
    if (disagreement.code != context.code)
        return makeError(ErrorKind::Invalid, tr("the disagreement is about another code than the one adjudicated"));
    const QList<Id> below = project.codeDescendants(context.code);
    const QSet<Id> codes(below.cbegin(), below.cend());
    const QList<Grant> a = sideGrants(project, disagreement.quotesA, ids->a, codes);
    const QList<Grant> b = sideGrants(project, disagreement.quotesB, ids->b, codes);

    QList<Grant> grants;
    switch (decision) {
    case Decision::AcceptA:
        addUnique(grants, a);
        break;
    case Decision::AcceptB:
        addUnique(grants, b);
        break;
    case Decision::AcceptBoth:
        addUnique(grants, a);
        addUnique(grants, b);
        break;
    case Decision::Edit: {
        if (edited.isEmpty())
            return makeError(ErrorKind::Invalid, tr("editing the boundaries needs at least one span"));
        const Id code = editCode(a, b, context.code);
        for (const Span &span : edited) {
            if (span.start < 0 || span.end <= span.start)
                return makeError(ErrorKind::Invalid,
                                 tr("the span %1–%2 is empty or reversed").arg(span.start).arg(span.end));
            addUnique(grants, {{span.start, span.end, code}});
        }
        break;
    }
    case Decision::Reject:
        break;
    }

    const auto earlier = storedDecision(project, *ids, context.code, disagreement.document, disagreement.span);
    const QString label = tr("Settle %1 as %2").arg(describe(disagreement), decisionName(decision));
    return project.transact(label, [&](ProjectWriter &w) -> Status {
        auto consensus = w.coderId(context.consensus);
        if (!consensus)
            return consensus.error();
        if (earlier) {
            if (Status s = revoke(w, disagreement.document, earlier->grants, *consensus); !s)
                return s;
            if (Status s = w.exec("DELETE FROM adjudication WHERE id = ?", {earlier->id}); !s)
                return s;
        }
        for (const Grant &g : grants)
            if (Status s = grant(w, disagreement.document, g, *consensus); !s)
                return s;
        return w.exec("INSERT INTO adjudication(document_id, code_id, coder_a, coder_b, consensus_id, start, end, "
                      "decision, coded, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      {disagreement.document, context.code, ids->a, ids->b, *consensus, disagreement.span.start,
                       disagreement.span.end, decisionName(decision), QString::fromUtf8(grantsJson(grants)),
                       w.timestamp()});
    });
}

Result<int> adoptAgreed(Project &project, const Adjudication &context, const QList<Id> &documents)
{
    auto ids = resolveCoders(project, context);
    if (!ids)
        return ids.error();
    auto comparison = compareCoders(project, context.coderA, context.coderB, context.code, documents);
    if (!comparison)
        return comparison.error();
    const QList<Id> below = project.codeDescendants(context.code);
    const QSet<Id> codes(below.cbegin(), below.cend());

    // The codes both coders gave a stretch they coded alike; a stretch whose
    // values differ (one coder's Provider-led, the other's Key
    // population-led) is left to adjudicate at the values' level.
    struct Pending {
        Id document;
        Grant grant;
    };
    QList<Pending> pending;
    for (const Agreed &agreed : comparison->agreed) {
        QSet<Id> common;
        bool first = true;
        for (Id coder : {ids->a, ids->b}) {
            QSet<Id> side;
            sql::Statement &stmt = project.statement(
                "SELECT c.code_id FROM coding c JOIN quote q ON q.id = c.quote_id WHERE q.document_id = ? "
                "AND q.start >= ? AND q.end <= ? AND c.coder_id = ?");
            stmt.bind(1, agreed.document).bind(2, agreed.span.start).bind(3, agreed.span.end).bind(4, coder);
            while (stmt.next())
                if (codes.contains(stmt.int64(0)))
                    side.insert(stmt.int64(0));
            stmt.reset();
            common = first ? side : common.intersect(side);
            first = false;
        }
        QList<Id> sorted(common.cbegin(), common.cend());
        std::sort(sorted.begin(), sorted.end());
        for (Id code : sorted)
            pending.append(Pending{agreed.document, Grant{agreed.span.start, agreed.span.end, code}});
    }

    // Leave out what the consensus coder has already.
    QList<Pending> missing;
    for (const Pending &p : pending) {
        bool has = false;
        if (ids->consensus) {
            sql::Statement &stmt = project.statement(
                "SELECT EXISTS (SELECT 1 FROM coding c JOIN quote q ON q.id = c.quote_id WHERE q.document_id = ? "
                "AND q.start = ? AND q.end = ? AND c.code_id = ? AND c.coder_id = ?)");
            stmt.bind(1, p.document).bind(2, p.grant.start).bind(3, p.grant.end).bind(4, p.grant.code).bind(5, *ids->consensus);
            has = stmt.next() && stmt.int64(0) != 0;
            stmt.reset();
        }
        if (!has)
            missing.append(p);
    }
    if (missing.isEmpty())
        return 0;
    const QString label = tr("Adopt %n agreed coding(s) for %1", int(missing.size())).arg(context.consensus);
    Status s = project.transact(label, [&](ProjectWriter &w) -> Status {
        auto consensus = w.coderId(context.consensus);
        if (!consensus)
            return consensus.error();
        for (const Pending &p : missing)
            if (Status g = grant(w, p.document, p.grant, *consensus); !g)
                return g;
        return {};
    });
    if (!s)
        return s.error();
    return int(missing.size());
}

QList<SettledDecision> decisions(Project &project, const Adjudication &context)
{
    QList<SettledDecision> list;
    auto ids = resolveCoders(project, context);
    if (!ids || !ids->consensus)
        return list;
    sql::Statement &stmt = project.statement(
        "SELECT a.id, a.document_id, a.start, a.end, a.decision, a.coded, a.decided_at FROM adjudication a "
        "JOIN document d ON d.id = a.document_id WHERE a.code_id = ? AND a.coder_a = ? AND a.coder_b = ? "
        "AND a.consensus_id = ? ORDER BY d.sort_order, d.id, a.start, a.end");
    stmt.bind(1, context.code).bind(2, ids->a).bind(3, ids->b).bind(4, *ids->consensus);
    while (stmt.next()) {
        SettledDecision d;
        d.id = stmt.int64(0);
        d.document = stmt.int64(1);
        d.span = {stmt.int64(2), stmt.int64(3)};
        d.decision = decisionFromName(stmt.text(4)).value_or(Decision::Reject);
        for (const Grant &g : grantsFromJson(stmt.text(5)))
            d.coded.append(Span{g.start, g.end});
        d.decidedAt = stmt.text(6);
        list.append(d);
    }
    stmt.reset();
    return list;
}

Result<Progress> progress(Project &project, const Adjudication &context, const QList<Id> &documents)
{
    auto ids = resolveCoders(project, context);
    if (!ids)
        return ids.error();
    auto comparison = compareCoders(project, context.coderA, context.coderB, context.code, documents);
    if (!comparison)
        return comparison.error();
    QSet<std::pair<Id, std::pair<qint64, qint64>>> settled;
    for (const SettledDecision &d : decisions(project, context))
        settled.insert({d.document, {d.span.start, d.span.end}});
    Progress p;
    p.total = int(comparison->disagreements.size());
    for (const Disagreement &d : comparison->disagreements)
        if (settled.contains({d.document, {d.span.start, d.span.end}}))
            ++p.settled;
    return p;
}

}  // namespace crosscut::team
