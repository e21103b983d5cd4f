// The hub's server schema (core/hub/hubschema.cpp) against a real
// PostgreSQL: every test in a fresh database of the test cluster, every role
// proven by querying the server directly as that role.

#include "hub/hubschema.h"
#include "support/pgtestserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <thread>

// Failures print QStrings as text.
inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }

using crosscut::test::PgResult;
using crosscut::test::PgSession;
using crosscut::test::PgTestDatabase;

namespace {

QString newGuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QJsonObject row(const QString &table, const QString &key, const QJsonValue &oldRow, const QJsonValue &newRow)
{
    return QJsonObject{{QStringLiteral("t"), table}, {QStringLiteral("k"), key}, {QStringLiteral("o"), oldRow},
                       {QStringLiteral("n"), newRow}};
}

QJsonObject op(const QString &guid, const QString &label, const QJsonArray &rows)
{
    return QJsonObject{{QStringLiteral("guid"), guid}, {QStringLiteral("label"), label}, {QStringLiteral("rows"), rows}};
}

QJsonObject quoteRow(const QString &guid, const QString &creator, int start)
{
    return QJsonObject{{QStringLiteral("guid"), guid},
                       {QStringLiteral("creator_id"), creator},
                       {QStringLiteral("start"), start},
                       {QStringLiteral("end"), start + 10}};
}

QJsonObject codingRow(const QString &guid, const QString &coder, const QString &quote)
{
    return QJsonObject{{QStringLiteral("guid"), guid},
                       {QStringLiteral("coder_id"), coder},
                       {QStringLiteral("quote_id"), quote},
                       {QStringLiteral("code_id"), QStringLiteral("c-leadership")}};
}

QJsonObject codeRow(const QString &guid, const QString &name)
{
    return QJsonObject{{QStringLiteral("guid"), guid}, {QStringLiteral("name"), name}};
}

QString json(const QJsonArray &ops) { return QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact)); }

// Who is who in the project "study" of each test.
class HubServer : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db = std::make_unique<PgTestDatabase>();
        CROSSCUT_REQUIRE_PG(*m_db);
        PgSession owner(m_db->ownerConninfo());
        ASSERT_TRUE(owner.connected()) << owner.connectError().toStdString();
        const PgResult installed = owner.exec(crosscut::hub::hubSchemaSql());
        ASSERT_TRUE(installed.ok) << installed.error.toStdString();
        lead = m_db->createRole(QStringLiteral("lead1"));
        coderA = m_db->createRole(QStringLiteral("coder_a"));
        coderB = m_db->createRole(QStringLiteral("coder_b"));
        reader = m_db->createRole(QStringLiteral("reader1"));
        outsider = m_db->createRole(QStringLiteral("outsider"));
    }

    // Publishes "study" as lead (coder name "Lead") with A, B and a reader.
    void publish(bool blind)
    {
        auto s = session(lead);
        const PgResult p = s->exec(QStringLiteral("SELECT crosscut_hub.publish('study', $1, 'Lead')"),
                                   {blind ? QStringLiteral("true") : QStringLiteral("false")});
        ASSERT_TRUE(p.ok) << p.error.toStdString();
        for (const auto &[user, role, coder] : {std::tuple{coderA, QStringLiteral("coder"), QStringLiteral("A")},
                                                std::tuple{coderB, QStringLiteral("coder"), QStringLiteral("B")},
                                                std::tuple{reader, QStringLiteral("reader"), QStringLiteral("R")}}) {
            const PgResult m =
                s->exec(QStringLiteral("SELECT crosscut_hub.set_member('study', $1, $2, $3)"), {user, role, coder});
            ASSERT_TRUE(m.ok) << m.error.toStdString();
        }
    }

    std::unique_ptr<PgSession> session(const QString &role) const
    {
        auto s = std::make_unique<PgSession>(m_db->conninfoWithPassword(role));
        EXPECT_TRUE(s->connected()) << role.toStdString() << ": " << s->connectError().toStdString();
        return s;
    }

    static PgResult push(PgSession &s, qint64 base, const QJsonArray &ops, const QString &project = QStringLiteral("study"))
    {
        return s.exec(QStringLiteral("SELECT guid, seq, conflicts FROM crosscut_hub.push($1, $2, $3::jsonb)"),
                      {project, QString::number(base), json(ops)});
    }

    // A count as the database's owner (who sees every row).
    qint64 count(const QString &table) const
    {
        PgSession owner(m_db->ownerConninfo());
        return owner.exec(QStringLiteral("SELECT count(*) FROM crosscut_hub.") + table).value().toLongLong();
    }

    std::unique_ptr<PgTestDatabase> m_db;
    QString lead, coderA, coderB, reader, outsider;
};

TEST_F(HubServer, InstallsIdempotentlyAndRefusesAnotherVersion)
{
    PgSession owner(m_db->ownerConninfo());
    const PgResult again = owner.exec(crosscut::hub::hubSchemaSql());
    ASSERT_TRUE(again.ok) << again.error.toStdString();
    const PgResult info = owner.exec(QStringLiteral("SELECT version FROM crosscut_hub.hub_info"));
    ASSERT_EQ(info.rows.size(), 1);
    EXPECT_EQ(info.value(), QStringLiteral("1"));

    ASSERT_TRUE(owner.exec(QStringLiteral("UPDATE crosscut_hub.hub_info SET version = 2")).ok);
    const PgResult refused = owner.exec(crosscut::hub::hubSchemaSql());
    EXPECT_FALSE(refused.ok);
    EXPECT_EQ(refused.sqlState, QStringLiteral("55000"));
    EXPECT_TRUE(refused.error.contains(QStringLiteral("schema version 2"))) << refused.error.toStdString();
    EXPECT_EQ(owner.exec(QStringLiteral("SELECT version FROM crosscut_hub.hub_info")).value(), QStringLiteral("2"));
}

TEST_F(HubServer, PublishMakesTheCallerLeadAndRefusesATakenName)
{
    publish(false);
    auto s = session(lead);
    const PgResult members = s->exec(
        QStringLiteral("SELECT username, role, coder FROM crosscut_hub.member ORDER BY coder"));
    ASSERT_EQ(members.rows.size(), 4);
    EXPECT_EQ(members.rows[2], (QStringList{lead, QStringLiteral("lead"), QStringLiteral("Lead")}));
    EXPECT_EQ(s->exec(QStringLiteral("SELECT created_by FROM crosscut_hub.project")).value(), lead);

    auto other = session(coderA);
    const PgResult taken = other->exec(QStringLiteral("SELECT crosscut_hub.publish('study', false, 'A')"));
    EXPECT_EQ(taken.sqlState, QStringLiteral("23505"));
    EXPECT_EQ(taken.error, QStringLiteral("a project named \"study\" already exists on this server"));
    EXPECT_EQ(count(QStringLiteral("project")), 1);
}

TEST_F(HubServer, ReaderPushIsRefused)
{
    publish(false);
    auto s = session(reader);
    const QString q = newGuid();
    const PgResult r = push(*s, 0, {op(newGuid(), QStringLiteral("Add quote"),
                                       {row(QStringLiteral("quote"), q, QJsonValue::Null, quoteRow(q, QStringLiteral("R"), 0))})});
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.sqlState, QStringLiteral("42501"));
    EXPECT_EQ(r.error, QStringLiteral("readers cannot change project \"study\""));
    EXPECT_EQ(count(QStringLiteral("op")), 0);
}

TEST_F(HubServer, CoderCannotChangeTheCodebook)
{
    publish(false);
    auto a = session(coderA);
    const QString q = newGuid();
    const QString code = newGuid();
    // A coder's own quote in the same push does not carry the code row in.
    const PgResult r = push(*a, 0, {op(newGuid(), QStringLiteral("Add quote"),
                                       {row(QStringLiteral("quote"), q, QJsonValue::Null, quoteRow(q, QStringLiteral("A"), 0))}),
                                    op(newGuid(), QStringLiteral("Add code"),
                                       {row(QStringLiteral("code"), code, QJsonValue::Null, codeRow(code, QStringLiteral("Mine")))})});
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.sqlState, QStringLiteral("42501"));
    EXPECT_EQ(r.error, QStringLiteral("coders change only their own quotes, codings and memos; \"code\" is the lead's"));
    EXPECT_EQ(count(QStringLiteral("op")), 0);
    EXPECT_EQ(count(QStringLiteral("op_row")), 0);

    // The lead may.
    auto l = session(lead);
    const PgResult ok = push(*l, 0, {op(newGuid(), QStringLiteral("Add code"),
                                        {row(QStringLiteral("code"), code, QJsonValue::Null, codeRow(code, QStringLiteral("Lead's")))})});
    ASSERT_TRUE(ok.ok) << ok.error.toStdString();
    EXPECT_EQ(count(QStringLiteral("op_row")), 1);
}

TEST_F(HubServer, CoderCannotChangeAnotherCodersWork)
{
    publish(false);
    auto b = session(coderB);
    const QString q = newGuid();
    const QString c = newGuid();
    const PgResult mine = push(*b, 0, {op(newGuid(), QStringLiteral("Code quote"),
                                          {row(QStringLiteral("quote"), q, QJsonValue::Null, quoteRow(q, QStringLiteral("B"), 0)),
                                           row(QStringLiteral("coding"), c, QJsonValue::Null, codingRow(c, QStringLiteral("B"), q))})});
    ASSERT_TRUE(mine.ok) << mine.error.toStdString();
    const qint64 ops = count(QStringLiteral("op"));
    const qint64 rows = count(QStringLiteral("op_row"));

    auto a = session(coderA);
    // Deleting B's coding.
    const PgResult del = push(*a, 1, {op(newGuid(), QStringLiteral("Remove coding"),
                                         {row(QStringLiteral("coding"), c, codingRow(c, QStringLiteral("B"), q), QJsonValue::Null)})});
    EXPECT_EQ(del.sqlState, QStringLiteral("42501"));
    EXPECT_TRUE(del.error.startsWith(QStringLiteral("coders change only their own quotes, codings and memos; this coding is \"B\"'s")))
        << del.error.toStdString();
    // Taking B's coding over (old B, new A).
    const PgResult take = push(*a, 1, {op(newGuid(), QStringLiteral("Change coding"),
                                          {row(QStringLiteral("coding"), c, codingRow(c, QStringLiteral("B"), q),
                                               codingRow(c, QStringLiteral("A"), q))})});
    EXPECT_EQ(take.sqlState, QStringLiteral("42501"));
    // Writing a coding in B's name.
    const QString c2 = newGuid();
    const PgResult forged = push(*a, 1, {op(newGuid(), QStringLiteral("Code quote"),
                                            {row(QStringLiteral("coding"), c2, QJsonValue::Null, codingRow(c2, QStringLiteral("B"), q))})});
    EXPECT_EQ(forged.sqlState, QStringLiteral("42501"));
    // A coding with no coder at all.
    QJsonObject anonymous = codingRow(c2, QStringLiteral("A"), q);
    anonymous.remove(QStringLiteral("coder_id"));
    const PgResult ownerless = push(*a, 1, {op(newGuid(), QStringLiteral("Code quote"),
                                               {row(QStringLiteral("coding"), c2, QJsonValue::Null, anonymous)})});
    EXPECT_EQ(ownerless.sqlState, QStringLiteral("42501"));
    EXPECT_EQ(count(QStringLiteral("op")), ops);
    EXPECT_EQ(count(QStringLiteral("op_row")), rows);

    // A's own memo and coder row are A's to change.
    const QString m = newGuid();
    const PgResult own = push(*a, 1, {op(newGuid(), QStringLiteral("Memo"),
                                         {row(QStringLiteral("memo"), m, QJsonValue::Null,
                                              QJsonObject{{QStringLiteral("author_id"), QStringLiteral("A")},
                                                          {QStringLiteral("text"), QStringLiteral("hm")}}),
                                          row(QStringLiteral("coder"), QStringLiteral("A"),
                                              QJsonObject{{QStringLiteral("name"), QStringLiteral("A")}},
                                              QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                                                          {QStringLiteral("color"), QStringLiteral("#ff0000")}})})});
    ASSERT_TRUE(own.ok) << own.error.toStdString();
    EXPECT_EQ(count(QStringLiteral("op_row")), rows + 2);
}

TEST_F(HubServer, BlindCodersSeeOnlyTheirOwnWorkUntilReleased)
{
    publish(true);
    auto l = session(lead);
    const QString code = newGuid();
    ASSERT_TRUE(push(*l, 0, {op(newGuid(), QStringLiteral("Add code"),
                               {row(QStringLiteral("code"), code, QJsonValue::Null, codeRow(code, QStringLiteral("Leadership")))})})
                    .ok);
    auto a = session(coderA);
    const QString q = newGuid();
    const QString c = newGuid();
    const QString m = newGuid();
    const PgResult pushed = push(*a, 1, {op(newGuid(), QStringLiteral("Code quote"),
                                            {row(QStringLiteral("quote"), q, QJsonValue::Null, quoteRow(q, QStringLiteral("A"), 5)),
                                             row(QStringLiteral("coding"), c, QJsonValue::Null, codingRow(c, QStringLiteral("A"), q)),
                                             row(QStringLiteral("memo"), m, QJsonValue::Null,
                                                 QJsonObject{{QStringLiteral("author_id"), QStringLiteral("A")}})})});
    ASSERT_TRUE(pushed.ok) << pushed.error.toStdString();

    const QString everything = QStringLiteral("SELECT tbl, owner FROM crosscut_hub.op_row ORDER BY seq, idx");
    auto b = session(coderB);
    const PgResult blind = b->exec(everything);
    ASSERT_TRUE(blind.ok) << blind.error.toStdString();
    ASSERT_EQ(blind.rows.size(), 1);  // the lead's code only
    EXPECT_EQ(blind.rows[0], (QStringList{QStringLiteral("code"), QString()}));
    // Not through a direct lookup either.
    EXPECT_EQ(b->exec(QStringLiteral("SELECT count(*) FROM crosscut_hub.op_row WHERE owner = 'A' OR row_key = $1"), {q})
                  .value(),
              QStringLiteral("0"));
    EXPECT_EQ(a->exec(everything).rows.size(), 4);   // A sees its own
    EXPECT_EQ(l->exec(everything).rows.size(), 4);   // the lead sees all
    EXPECT_EQ(session(reader)->exec(everything).rows.size(), 1);

    // A coder cannot release.
    const PgResult early = b->exec(QStringLiteral("SELECT crosscut_hub.release('study')"));
    EXPECT_EQ(early.sqlState, QStringLiteral("42501"));
    EXPECT_EQ(b->exec(everything).rows.size(), 1);

    ASSERT_TRUE(l->exec(QStringLiteral("SELECT crosscut_hub.release('study')")).ok);
    const PgResult released = b->exec(everything);
    ASSERT_EQ(released.rows.size(), 4);
    EXPECT_EQ(released.rows[1], (QStringList{QStringLiteral("quote"), QStringLiteral("A")}));
    EXPECT_EQ(b->exec(QStringLiteral("SELECT released FROM crosscut_hub.project")).value(), QStringLiteral("t"));
}

TEST_F(HubServer, NonMemberSeesNoProjectAndCannotPush)
{
    publish(false);
    auto l = session(lead);
    const QString code = newGuid();
    ASSERT_TRUE(push(*l, 0, {op(newGuid(), QStringLiteral("Add code"),
                               {row(QStringLiteral("code"), code, QJsonValue::Null, codeRow(code, QStringLiteral("X")))})})
                    .ok);
    auto o = session(outsider);
    for (const char *table : {"project", "member", "op", "op_row", "conflict"}) {
        const PgResult r = o->exec(QStringLiteral("SELECT count(*) FROM crosscut_hub.") + QLatin1String(table));
        ASSERT_TRUE(r.ok) << table << ": " << r.error.toStdString();
        EXPECT_EQ(r.value(), QStringLiteral("0")) << table;
    }
    EXPECT_EQ(o->exec(QStringLiteral("SELECT version FROM crosscut_hub.hub_info")).value(), QStringLiteral("1"));
    const PgResult r = push(*o, 0, {});
    EXPECT_EQ(r.sqlState, QStringLiteral("42501"));
    EXPECT_EQ(r.error, outsider + QStringLiteral(" is not a member of project \"study\""));
    EXPECT_EQ(push(*o, 0, {}, QStringLiteral("nonesuch")).sqlState, QStringLiteral("P0002"));
}

TEST_F(HubServer, TablesAreNotWritableDirectly)
{
    publish(false);
    auto a = session(coderA);
    const PgResult insert = a->exec(QStringLiteral(
        "INSERT INTO crosscut_hub.op (project_id, guid, author, coder, label, base_seq) "
        "SELECT id, 'forged', session_user, 'A', 'x', 0 FROM crosscut_hub.project"));
    EXPECT_FALSE(insert.ok);
    EXPECT_EQ(insert.sqlState, QStringLiteral("42501"));
    EXPECT_TRUE(insert.error.startsWith(QStringLiteral("permission denied"))) << insert.error.toStdString();
    for (const QString &sql : {QStringLiteral("UPDATE crosscut_hub.project SET released = true"),
                               QStringLiteral("DELETE FROM crosscut_hub.member"),
                               QStringLiteral("INSERT INTO crosscut_hub.member VALUES (1, session_user, 'lead', 'A2')"),
                               QStringLiteral("UPDATE crosscut_hub.hub_info SET version = 7"),
                               QStringLiteral("TRUNCATE crosscut_hub.op_row"),
                               QStringLiteral("SELECT nextval('crosscut_hub.op_seq_seq')"),
                               QStringLiteral("SELECT * FROM crosscut_hub.require_member('study', 'lead', 'x')"),
                               QStringLiteral("CREATE TABLE crosscut_hub.mine (x int)")}) {
        const PgResult r = a->exec(sql);
        EXPECT_EQ(r.sqlState, QStringLiteral("42501")) << sql.toStdString() << ": " << r.error.toStdString();
    }
    EXPECT_EQ(count(QStringLiteral("op")), 0);
    EXPECT_EQ(count(QStringLiteral("member")), 4);
    EXPECT_EQ(a->exec(QStringLiteral("SELECT released FROM crosscut_hub.project")).value(), QStringLiteral("f"));
}

TEST_F(HubServer, RepushOfAGuidReturnsItsSeqAndAddsNothing)
{
    publish(false);
    auto a = session(coderA);
    QJsonArray ops;
    QStringList guids;
    for (int i = 0; i < 3; ++i) {
        const QString q = newGuid();
        guids << newGuid();
        ops.append(op(guids.last(), QStringLiteral("Add quote"),
                      {row(QStringLiteral("quote"), q, QJsonValue::Null, quoteRow(q, QStringLiteral("A"), i))}));
    }
    const PgResult first = push(*a, 0, ops);
    ASSERT_TRUE(first.ok) << first.error.toStdString();
    ASSERT_EQ(first.rows.size(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(first.rows[i][0], guids[i]);
    EXPECT_LT(first.rows[0][1].toLongLong(), first.rows[1][1].toLongLong());
    EXPECT_LT(first.rows[1][1].toLongLong(), first.rows[2][1].toLongLong());

    // The client was killed before it saw the answer: it pushes again, with one more.
    const QString q = newGuid();
    const QString fourth = newGuid();
    ops.append(op(fourth, QStringLiteral("Add quote"),
                  {row(QStringLiteral("quote"), q, QJsonValue::Null, quoteRow(q, QStringLiteral("A"), 9))}));
    const PgResult again = push(*a, 0, ops);
    ASSERT_TRUE(again.ok) << again.error.toStdString();
    ASSERT_EQ(again.rows.size(), 4);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(again.rows[i], first.rows[i]);
    EXPECT_EQ(again.rows[3][0], fourth);
    EXPECT_GT(again.rows[3][1].toLongLong(), first.rows[2][1].toLongLong());
    EXPECT_EQ(count(QStringLiteral("op")), 4);
    EXPECT_EQ(count(QStringLiteral("op_row")), 4);
    // The same guid twice in one push is one operation.
    const PgResult twice = push(*a, 0, {ops[3], ops[3]});
    ASSERT_TRUE(twice.ok) << twice.error.toStdString();
    ASSERT_EQ(twice.rows.size(), 1);
    EXPECT_EQ(twice.rows[0], again.rows[3]);
    EXPECT_EQ(count(QStringLiteral("op")), 4);
}

TEST_F(HubServer, ConcurrentChangesOfOneRowAreRecordedAsAConflict)
{
    publish(false);
    auto l = session(lead);
    const QString code = newGuid();
    const PgResult base = push(*l, 0, {op(newGuid(), QStringLiteral("Add code"),
                                          {row(QStringLiteral("code"), code, QJsonValue::Null, codeRow(code, QStringLiteral("Leadership")))})});
    ASSERT_TRUE(base.ok) << base.error.toStdString();
    const qint64 baseSeq = base.value(0, 1).toLongLong();

    // Two leads rename the same code, both from baseSeq.
    const QString lead2 = m_db->createRole(QStringLiteral("lead2"));
    ASSERT_TRUE(l->exec(QStringLiteral("SELECT crosscut_hub.set_member('study', $1, 'lead', 'Lead2')"), {lead2}).ok);
    auto l2 = session(lead2);
    const PgResult first = push(*l, baseSeq, {op(newGuid(), QStringLiteral("Rename"),
                                                 {row(QStringLiteral("code"), code, codeRow(code, QStringLiteral("Leadership")),
                                                      codeRow(code, QStringLiteral("Leading")))})});
    ASSERT_TRUE(first.ok);
    EXPECT_EQ(first.value(0, 2), QStringLiteral("0"));  // own earlier change: no conflict
    const PgResult second = push(*l2, baseSeq, {op(newGuid(), QStringLiteral("Rename"),
                                                   {row(QStringLiteral("code"), code, codeRow(code, QStringLiteral("Leadership")),
                                                        codeRow(code, QStringLiteral("Led by")))})});
    ASSERT_TRUE(second.ok) << second.error.toStdString();
    EXPECT_EQ(second.value(0, 2), QStringLiteral("1"));
    const PgResult conflicts = l->exec(QStringLiteral("SELECT tbl, row_key, winner_seq, loser_seq, restored FROM crosscut_hub.conflict"));
    ASSERT_EQ(conflicts.rows.size(), 1);
    EXPECT_EQ(conflicts.rows[0], (QStringList{QStringLiteral("code"), code, second.value(0, 1), first.value(0, 1),
                                              QStringLiteral("f")}));

    // A change made after seeing the other one (base = its seq) is no conflict.
    const PgResult third = push(*l, second.value(0, 1).toLongLong(),
                                {op(newGuid(), QStringLiteral("Rename"),
                                    {row(QStringLiteral("code"), code, codeRow(code, QStringLiteral("Led by")),
                                         codeRow(code, QStringLiteral("Leadership")))})});
    ASSERT_TRUE(third.ok);
    EXPECT_EQ(third.value(0, 2), QStringLiteral("0"));
    EXPECT_EQ(count(QStringLiteral("conflict")), 1);

    // Only leads see conflicts; only leads mark them restored.
    auto a = session(coderA);
    EXPECT_EQ(a->exec(QStringLiteral("SELECT count(*) FROM crosscut_hub.conflict")).value(), QStringLiteral("0"));
    const QString id = l->exec(QStringLiteral("SELECT id FROM crosscut_hub.conflict")).value();
    EXPECT_EQ(a->exec(QStringLiteral("SELECT crosscut_hub.mark_restored('study', $1)"), {id}).sqlState,
              QStringLiteral("42501"));
    ASSERT_TRUE(l->exec(QStringLiteral("SELECT crosscut_hub.mark_restored('study', $1)"), {id}).ok);
    EXPECT_EQ(l->exec(QStringLiteral("SELECT restored FROM crosscut_hub.conflict")).value(), QStringLiteral("t"));
    EXPECT_EQ(l->exec(QStringLiteral("SELECT crosscut_hub.mark_restored('study', 999999)")).sqlState,
              QStringLiteral("P0002"));
}

TEST_F(HubServer, TwoCodersOnOneQuoteKeyConflict)
{
    publish(false);
    // Two coders' changes of the same row key, neither having seen the other's.
    auto a = session(coderA);
    auto b = session(coderB);
    const QString memoKey = QStringLiteral("[\"memo\",\"doc-1\"]");
    const PgResult fromA = push(*a, 0, {op(newGuid(), QStringLiteral("Memo"),
                                           {row(QStringLiteral("memo"), memoKey, QJsonValue::Null,
                                                QJsonObject{{QStringLiteral("author_id"), QStringLiteral("A")}})})});
    ASSERT_TRUE(fromA.ok) << fromA.error.toStdString();
    const PgResult fromB = push(*b, 0, {op(newGuid(), QStringLiteral("Memo"),
                                           {row(QStringLiteral("memo"), memoKey, QJsonValue::Null,
                                                QJsonObject{{QStringLiteral("author_id"), QStringLiteral("B")}})})});
    ASSERT_TRUE(fromB.ok) << fromB.error.toStdString();
    EXPECT_EQ(fromB.value(0, 2), QStringLiteral("1"));
    auto l = session(lead);
    const PgResult c = l->exec(QStringLiteral("SELECT winner_seq, loser_seq FROM crosscut_hub.conflict"));
    ASSERT_EQ(c.rows.size(), 1);
    EXPECT_EQ(c.rows[0], (QStringList{fromB.value(0, 1), fromA.value(0, 1)}));
}

TEST_F(HubServer, SeqOrderIsCommitOrder)
{
    publish(false);
    auto a = session(coderA);
    auto b = session(coderB);
    auto watcher = session(reader);
    auto quoteOp = [](const QString &creator) {
        const QString q = newGuid();
        return QJsonArray{op(newGuid(), QStringLiteral("Add quote"),
                             {row(QStringLiteral("quote"), q, QJsonValue::Null, quoteRow(q, creator, 0))})};
    };

    // A pushes in an open transaction; B's push waits for A's commit.
    ASSERT_TRUE(a->exec(QStringLiteral("BEGIN")).ok);
    const PgResult fromA = push(*a, 0, quoteOp(QStringLiteral("A")));
    ASSERT_TRUE(fromA.ok) << fromA.error.toStdString();
    ASSERT_TRUE(b->send(QStringLiteral("SELECT guid, seq, conflicts FROM crosscut_hub.push('study', 0, $1::jsonb)"),
                        {json(quoteOp(QStringLiteral("B")))}));
    auto owner = std::make_unique<PgSession>(m_db->ownerConninfo());
    bool waiting = false;
    for (int i = 0; i < 200 && !waiting; ++i) {
        waiting = owner->exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                                             "AND pid = $1"),
                              {QString::number(b->backendPid())})
                      .value() == QStringLiteral("1");
        if (!waiting)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    EXPECT_TRUE(waiting) << "B's push did not wait for A's";
    EXPECT_EQ(watcher->exec(QStringLiteral("SELECT count(*) FROM crosscut_hub.op")).value(), QStringLiteral("0"));
    ASSERT_TRUE(a->exec(QStringLiteral("COMMIT")).ok);
    const PgResult fromB = b->takeResult();
    ASSERT_TRUE(fromB.ok) << fromB.error.toStdString();
    EXPECT_GT(fromB.value(0, 1).toLongLong(), fromA.value(0, 1).toLongLong());

    // Many pushes from two connections at once: every snapshot a reader
    // takes only ever grows by numbers above what it saw before.
    std::atomic<bool> done{false};
    std::atomic<int> failures{0};
    auto pusher = [&](const QString &role, const QString &coder) {
        PgSession s(m_db->conninfoWithPassword(role));
        for (int i = 0; i < 60; ++i)
            if (!push(s, 0, quoteOp(coder)).ok)
                ++failures;
    };
    std::thread t1(pusher, coderA, QStringLiteral("A"));
    std::thread t2(pusher, coderB, QStringLiteral("B"));
    std::thread guard([&] {
        t1.join();
        t2.join();
        done = true;
    });
    qint64 seenMax = 0;
    qint64 seenCount = 0;
    int snapshots = 0;
    int violations = 0;
    while (!done || snapshots == 0) {
        const PgResult r = watcher->exec(
            QStringLiteral("SELECT count(*), coalesce(max(seq), 0), count(*) FILTER (WHERE seq <= $1) FROM crosscut_hub.op"),
            {QString::number(seenMax)});
        ASSERT_TRUE(r.ok) << r.error.toStdString();
        // Everything at or below the old maximum was there already.
        if (r.value(0, 2).toLongLong() != seenCount)
            ++violations;
        seenCount = r.value(0, 0).toLongLong();
        seenMax = r.value(0, 1).toLongLong();
        ++snapshots;
    }
    guard.join();
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(violations, 0) << "a reader saw a lower seq appear after a higher one (" << snapshots << " snapshots)";
    EXPECT_EQ(watcher->exec(QStringLiteral("SELECT count(*) FROM crosscut_hub.op")).value(), QStringLiteral("122"));
}

TEST_F(HubServer, PushNotifiesListeners)
{
    publish(false);
    auto listener = session(reader);
    ASSERT_TRUE(listener->exec(QStringLiteral("LISTEN crosscut_hub")).ok);
    auto a = session(coderA);
    const QString q = newGuid();
    const PgResult r = push(*a, 0, {op(newGuid(), QStringLiteral("Add quote"),
                                       {row(QStringLiteral("quote"), q, QJsonValue::Null, quoteRow(q, QStringLiteral("A"), 0))})});
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    QStringList got;
    for (int i = 0; i < 100 && got.isEmpty(); ++i) {
        got = listener->notifications();
        if (got.isEmpty())
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    EXPECT_EQ(got, QStringList{QStringLiteral("crosscut_hub:study:") + r.value(0, 1)});
    // A re-push adds nothing and wakes nobody.
    ASSERT_TRUE(push(*a, 0, {op(r.value(0, 0), QStringLiteral("Add quote"), {})}).ok);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_TRUE(listener->notifications().isEmpty());
}

TEST_F(HubServer, MalformedPushIsRefusedWholly)
{
    publish(false);
    auto l = session(lead);
    const QString code = newGuid();
    const QJsonObject good = op(newGuid(), QStringLiteral("Add code"),
                                {row(QStringLiteral("code"), code, QJsonValue::Null, codeRow(code, QStringLiteral("X")))});
    const struct {
        QString ops;
        QString message;
    } cases[] = {
        {QStringLiteral("{}"), QStringLiteral("push: the operations must be a JSON array")},
        {QStringLiteral("[") + json({good}).mid(1, json({good}).size() - 2) + QStringLiteral(", {\"label\": \"x\", \"rows\": []}]"),
         QStringLiteral("push: operation 2 is not {\"guid\": text, \"label\": text, \"rows\": [...]}")},
        {QStringLiteral("[{\"guid\": \"g\", \"label\": \"x\", \"rows\": [{\"t\": \"code\", \"o\": null, \"n\": {}}]}]"),
         QStringLiteral("push: row 1 of operation 1 is not {\"t\": table, \"k\": key, \"o\": {...}|null, \"n\": {...}|null}")},
        {QStringLiteral("[{\"guid\": \"g\", \"label\": \"x\", \"rows\": [{\"t\": \"code\", \"k\": \"a\", \"o\": null, \"n\": {}}, "
                        "{\"t\": \"code\", \"k\": \"b\", \"o\": null, \"n\": \"text\"}]}]"),
         QStringLiteral("push: row 2 of operation 1 is not {\"t\": table, \"k\": key, \"o\": {...}|null, \"n\": {...}|null}")},
        {QStringLiteral("[{\"guid\": \"g\", \"label\": \"x\", \"rows\": [5]}]"),
         QStringLiteral("push: row 1 of operation 1 is not {\"t\": table, \"k\": key, \"o\": {...}|null, \"n\": {...}|null}")},
        {QStringLiteral("[{\"guid\": \"\", \"label\": \"x\", \"rows\": []}]"),
         QStringLiteral("push: operation 1 is not {\"guid\": text, \"label\": text, \"rows\": [...]}")},
        {QStringLiteral("[{\"guid\": \"g\", \"label\": \"x\", \"rows\": {}}]"),
         QStringLiteral("push: operation 1 is not {\"guid\": text, \"label\": text, \"rows\": [...]}")},
    };
    for (const auto &c : cases) {
        const PgResult r = l->exec(QStringLiteral("SELECT * FROM crosscut_hub.push('study', 0, $1::jsonb)"), {c.ops});
        EXPECT_EQ(r.sqlState, QStringLiteral("22023")) << c.ops.toStdString();
        EXPECT_EQ(r.error, c.message);
    }
    // A coder's malformed push is named the same way.
    auto a = session(coderA);
    const QString mine = QStringLiteral(
        "{\"guid\": \"g1\", \"label\": \"x\", \"rows\": [{\"t\": \"quote\", \"k\": \"q\", \"o\": null, "
        "\"n\": {\"creator_id\": \"A\"}}]}");
    const struct {
        QString ops;
        QString message;
    } coderCases[] = {
        {QStringLiteral("[") + mine + QStringLiteral(", {\"label\": \"x\", \"rows\": []}]"),
         QStringLiteral("push: operation 2 is not {\"guid\": text, \"label\": text, \"rows\": [...]}")},
        {QStringLiteral("[") + mine +
             QStringLiteral(", {\"guid\": \"g2\", \"label\": \"x\", \"rows\": [{\"t\": \"quote\", \"k\": \"q\", "
                            "\"o\": null, \"n\": \"text\"}]}]"),
         QStringLiteral("push: row 1 of operation 2 is not {\"t\": table, \"k\": key, \"o\": {...}|null, \"n\": {...}|null}")},
    };
    for (const auto &c : coderCases) {
        const PgResult r = a->exec(QStringLiteral("SELECT * FROM crosscut_hub.push('study', 0, $1::jsonb)"), {c.ops});
        EXPECT_EQ(r.sqlState, QStringLiteral("22023")) << c.ops.toStdString();
        EXPECT_EQ(r.error, c.message);
    }
    EXPECT_EQ(count(QStringLiteral("op")), 0);
    EXPECT_EQ(count(QStringLiteral("op_row")), 0);
    EXPECT_EQ(push(*l, -1, {good}).sqlState, QStringLiteral("22023"));
}

TEST_F(HubServer, MembersAreTheLeadsToChange)
{
    publish(false);
    auto l = session(lead);
    const PgResult unknown =
        l->exec(QStringLiteral("SELECT crosscut_hub.set_member('study', 'no_such_role_xyz', 'coder', 'Z')"));
    EXPECT_EQ(unknown.sqlState, QStringLiteral("42704"));
    EXPECT_EQ(unknown.error, QStringLiteral("there is no PostgreSQL role \"no_such_role_xyz\" on this server: "
                                            "create it first (createuser --pwprompt no_such_role_xyz)"));
    const PgResult badRole = l->exec(QStringLiteral("SELECT crosscut_hub.set_member('study', $1, 'boss', 'Z')"), {outsider});
    EXPECT_EQ(badRole.sqlState, QStringLiteral("22023"));
    EXPECT_EQ(badRole.error, QStringLiteral("\"boss\" is not a role: a member is a lead, a coder or a reader"));
    const PgResult sameCoder = l->exec(QStringLiteral("SELECT crosscut_hub.set_member('study', $1, 'coder', 'A')"), {outsider});
    EXPECT_EQ(sameCoder.sqlState, QStringLiteral("23505"));
    EXPECT_EQ(count(QStringLiteral("member")), 4);

    auto a = session(coderA);
    const PgResult byCoder = a->exec(QStringLiteral("SELECT crosscut_hub.set_member('study', $1, 'coder', 'O')"), {outsider});
    EXPECT_EQ(byCoder.sqlState, QStringLiteral("42501"));
    EXPECT_EQ(byCoder.error, QStringLiteral("only a lead of project \"study\" can change its members; ") + coderA +
                                 QStringLiteral(" is a coder"));
    EXPECT_EQ(a->exec(QStringLiteral("SELECT crosscut_hub.remove_member('study', $1)"), {coderB}).sqlState,
              QStringLiteral("42501"));

    // The last lead stays.
    const PgResult last = l->exec(QStringLiteral("SELECT crosscut_hub.remove_member('study', $1)"), {lead});
    EXPECT_EQ(last.sqlState, QStringLiteral("55000"));
    EXPECT_EQ(l->exec(QStringLiteral("SELECT crosscut_hub.set_member('study', $1, 'coder', 'Lead')"), {lead}).sqlState,
              QStringLiteral("55000"));

    // A reader made coder may push; a removed coder may not.
    ASSERT_TRUE(l->exec(QStringLiteral("SELECT crosscut_hub.set_member('study', $1, 'coder', 'R')"), {reader}).ok);
    auto r = session(reader);
    const QString q = newGuid();
    EXPECT_TRUE(push(*r, 0, {op(newGuid(), QStringLiteral("Add quote"),
                               {row(QStringLiteral("quote"), q, QJsonValue::Null, quoteRow(q, QStringLiteral("R"), 0))})})
                    .ok);
    ASSERT_TRUE(l->exec(QStringLiteral("SELECT crosscut_hub.remove_member('study', $1)"), {coderB}).ok);
    auto b = session(coderB);
    EXPECT_EQ(push(*b, 0, {}).sqlState, QStringLiteral("42501"));
    EXPECT_EQ(b->exec(QStringLiteral("SELECT count(*) FROM crosscut_hub.project")).value(), QStringLiteral("0"));
    EXPECT_EQ(l->exec(QStringLiteral("SELECT crosscut_hub.remove_member('study', $1)"), {coderB}).sqlState,
              QStringLiteral("P0002"));
}

TEST_F(HubServer, WrongPasswordIsAConnectionError)
{
    PgSession s(m_db->conninfoWithPassword(coderA, QStringLiteral("not the password")));
    EXPECT_FALSE(s.connected());
    EXPECT_TRUE(s.connectError().contains(QStringLiteral("password authentication failed for user \"") + coderA))
        << s.connectError().toStdString();
}

}  // namespace
