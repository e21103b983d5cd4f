// Coder copies and merging them back (core/team), on real project files.
#include "analysis/matrix.h"
#include "project/projectwriter.h"
#include "storage/schema.h"
#include "storage/sqlite.h"
#include "support/testsupport.h"
#include "team/handout.h"
#include "team/merge.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

const QStringList kCoders = {QStringLiteral("ann"), QStringLiteral("ben"), QStringLiteral("cem")};

// A master with six documents, a Leadership dimension, a theme, a country
// attribute per document.
void makeMaster(const QString &path)
{
    auto p = createProject(path);
    ASSERT_TRUE(p);
    auto leadership = p->addCode(std::nullopt, {QStringLiteral("Leadership"), {}, {}, {}, true});
    ASSERT_TRUE(leadership.ok());
    ASSERT_TRUE(p->addCode(*leadership, {QStringLiteral("Provider-led")}).ok());
    ASSERT_TRUE(p->addCode(*leadership, {QStringLiteral("Key population-led")}).ok());
    auto themes = p->addCode(std::nullopt, {QStringLiteral("Themes")});
    ASSERT_TRUE(themes.ok());
    ASSERT_TRUE(p->addCode(*themes, {QStringLiteral("Silos")}).ok());
    for (int i = 1; i <= 6; ++i) {
        NewDocument d;
        d.name = QStringLiteral("d%1").arg(i);
        // Cyrillic and an emoji: positions are code points.
        d.text = QStringLiteral("Документ %1 😀 says something about leadership and silos, number %1.\nAnd more.").arg(i);
        auto id = p->addDocument(d);
        ASSERT_TRUE(id.ok()) << id.message().toStdString();
        ASSERT_TRUE(p->setAttribute(AttributeScope::Document, *id, QStringLiteral("country"),
                                    i % 2 ? QStringLiteral("Kenya") : QStringLiteral("Nepal"))
                        .ok());
    }
}

team::HandoutReport handoutTo(Project &master, const QString &out, const QString &coder, const QStringList &docs,
                              bool blind = false)
{
    team::HandoutOptions o;
    o.coder = coder;
    o.outPath = out;
    o.documents = docs;
    o.blind = blind;
    o.outKey = testKey();
    auto r = team::handout(master, o);
    EXPECT_TRUE(r.ok()) << r.message().toStdString();
    return r ? *r : team::HandoutReport{};
}

Id codeId(Project &p, const QString &path)
{
    auto id = p.resolveCodePath(path);
    EXPECT_TRUE(id.ok()) << path.toStdString();
    return id ? *id : 0;
}

// Codes in a copy as `coder`: two spans per document, by document index.
void codeAs(const QString &path, const QString &coder)
{
    auto p = openProject(path);
    ASSERT_TRUE(p);
    p->setCurrentCoder(coder);
    const Id provider = codeId(*p, QStringLiteral("Leadership/Provider-led"));
    const Id kp = codeId(*p, QStringLiteral("Leadership/Key population-led"));
    const Id silos = codeId(*p, QStringLiteral("Themes/Silos"));
    int n = 0;
    for (const Document &d : p->documents()) {
        ++n;
        const int salt = int(coder.at(0).unicode()) % 3;
        ASSERT_TRUE(p->applyCode(d.id, 0, 10 + salt, (n + salt) % 2 ? provider : kp).ok());
        ASSERT_TRUE(p->applyCode(d.id, 11, 20, kp).ok());
        ASSERT_TRUE(p->applyCode(d.id, 11, 20, silos).ok());
        ASSERT_TRUE(p->addMemo(MemoTarget::Document, d.id, coder + QStringLiteral(" memo"), QStringLiteral("text")).ok());
    }
}

// document name → the Leadership values' counts for `coder`.
QMap<QString, QList<qint64>> matrixOf(Project &p, const QString &coder)
{
    analysis::MatrixRequest r;
    r.rows = *analysis::AxisSpec::parse(QStringLiteral("dimension:Leadership"));
    r.columns = *analysis::AxisSpec::parse(QStringLiteral("documents"));
    r.filter.coders = {coder};
    auto m = analysis::computeMatrix(p, r);
    EXPECT_TRUE(m.ok() || !p.findCoder(coder)) << m.message().toStdString();
    QMap<QString, QList<qint64>> out;
    if (!p.findCoder(coder))
        return out;  // a coder with no codings here
    if (!m)
        return out;
    const QStringList cols = m->columnLabels();
    for (int c = 0; c < cols.size(); ++c) {
        QList<qint64> column;
        qint64 sum = 0;
        for (int row = 0; row < m->rows.size(); ++row) {
            column.append(m->counts[row][c]);
            sum += m->counts[row][c];
        }
        if (sum > 0)
            out.insert(cols[c], column);
    }
    return out;
}

qint64 scalar(Project &p, const QString &sql)
{
    auto v = p.database().scalar(sql);
    EXPECT_TRUE(v.ok()) << v.message().toStdString();
    return v ? v->toLongLong() : -1;
}

// The content of the tables a merge writes, as text.
QString dump(Project &p)
{
    QString out;
    for (const char *sql :
         {"SELECT id, name, guid FROM coder ORDER BY id", "SELECT id, parent_id, name, sort_order, guid FROM code ORDER BY id",
          "SELECT id, name, guid, length FROM document ORDER BY id", "SELECT * FROM quote ORDER BY id",
          "SELECT * FROM coding ORDER BY id", "SELECT * FROM memo ORDER BY id", "SELECT * FROM case_ ORDER BY id",
          "SELECT * FROM speaker_turn ORDER BY id", "SELECT * FROM document_attribute ORDER BY 1, 2",
          "SELECT * FROM case_attribute ORDER BY 1, 2", "SELECT * FROM attribute ORDER BY id"}) {
        auto s = p.database().prepare(QString::fromLatin1(sql));
        EXPECT_TRUE(s.ok());
        if (!s)
            continue;
        while (s->next()) {
            for (int c = 0; c < 12; ++c)
                out += s->value(c).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

struct Team {
    TempDir dir;
    QString master = dir.path(QStringLiteral("master.crosscut"));
    QStringList copies;
    QList<team::MergeSource> sources() const
    {
        QList<team::MergeSource> list;
        for (const QString &c : copies)
            list.append({c, testKey()});
        return list;
    }
    // Three coders, overlapping document sets, each coding their copy.
    void handOutAndCode()
    {
        makeMaster(master);
        const QList<QStringList> docs = {{QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3")},
                                         {QStringLiteral("d3"), QStringLiteral("d4"), QStringLiteral("d5")},
                                         {QStringLiteral("d5"), QStringLiteral("d6"), QStringLiteral("d1")}};
        {
            auto m = openProject(master);
            for (int i = 0; i < 3; ++i) {
                copies.append(dir.path(kCoders[i] + QStringLiteral(".crosscut")));
                const auto r = handoutTo(*m, copies[i], kCoders[i], docs[i]);
                EXPECT_EQ(r.documents, 3);
                EXPECT_EQ(r.codes, 5);
            }
        }
        for (int i = 0; i < 3; ++i)
            codeAs(copies[i], kCoders[i]);
    }
};

}  // namespace

TEST(Merge, ThreeCodersMatricesEqualTheirCopiesAndMergingTwiceChangesNothing)
{
    Team t;
    t.handOutAndCode();
    QList<QMap<QString, QList<qint64>>> expected;
    for (int i = 0; i < 3; ++i) {
        auto copy = openProject(t.copies[i]);
        ASSERT_TRUE(copy);
        expected.append(matrixOf(*copy, kCoders[i]));
        EXPECT_EQ(expected.last().size(), 3);
    }
    const QByteArray copyBytes = readAll(t.copies[0]);

    auto m = openProject(t.master);
    ASSERT_TRUE(m);
    const QString before = dump(*m);
    const qint64 operationsBefore = scalar(*m, QStringLiteral("SELECT count(*) FROM operation"));
    auto r = team::mergeProjects(*m, t.sources());
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    EXPECT_EQ(r->documents, 0);
    EXPECT_EQ(r->codes, 0);
    EXPECT_EQ(r->quotes, 15);   // two spans in each of nine document copies; three shared (same span)
    EXPECT_EQ(r->codings, 27);  // three codings each
    EXPECT_EQ(r->memos, 9);
    EXPECT_TRUE(r->conflicts.isEmpty()) << r->conflicts.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(r->changedNothing());
    EXPECT_EQ(scalar(*m, QStringLiteral("SELECT count(*) FROM operation")), operationsBefore + 1);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(matrixOf(*m, kCoders[i]), expected[i]) << kCoders[i].toStdString();
    EXPECT_EQ(readAll(t.copies[0]), copyBytes);  // copies are only read

    const QString after = dump(*m);
    auto again = team::mergeProjects(*m, t.sources());
    ASSERT_TRUE(again.ok()) << again.message().toStdString();
    EXPECT_TRUE(again->changedNothing());
    EXPECT_EQ(again->quotes + again->codings + again->memos + again->documents, 0);
    EXPECT_EQ(dump(*m), after);
    EXPECT_EQ(scalar(*m, QStringLiteral("SELECT count(*) FROM operation")), operationsBefore + 1);

    // One undo takes the whole merge back.
    EXPECT_TRUE(m->undoLabel().startsWith(QStringLiteral("Merge")));
    ASSERT_TRUE(m->undo().ok());
    EXPECT_EQ(dump(*m), before);
    for (const QString &coder : kCoders)
        EXPECT_TRUE(matrixOf(*m, coder).isEmpty());
    ASSERT_TRUE(m->redo().ok());
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(matrixOf(*m, kCoders[i]), expected[i]);
}

TEST(Merge, HandoutKeepsGuidsAndAFreshHistoryAndRefusesAnExistingFile)
{
    TempDir dir;
    const QString master = dir.path(QStringLiteral("m.crosscut"));
    makeMaster(master);
    auto m = openProject(master);
    ASSERT_TRUE(m);
    const QByteArray masterBefore = readAll(master);
    const QString out = dir.path(QStringLiteral("c.crosscut"));
    handoutTo(*m, out, QStringLiteral("ann"), {QStringLiteral("d2")});
    {
        auto c = openProject(out);
        ASSERT_TRUE(c);
        EXPECT_EQ(scalar(*c, QStringLiteral("SELECT count(*) FROM operation")), 0);
        EXPECT_FALSE(c->canUndo());
        ASSERT_EQ(c->documents().size(), 1);
        EXPECT_EQ(c->documents().first().guid, m->findDocument(QStringLiteral("d2"))->guid);
        EXPECT_EQ(c->documentText(c->documents().first().id), m->documentText(m->findDocument(QStringLiteral("d2"))->id));
        EXPECT_EQ(c->codes().size(), m->codes().size());
        for (int i = 0; i < c->codes().size(); ++i)
            EXPECT_EQ(c->codes()[i].guid, m->codes()[i].guid);
        EXPECT_EQ(c->attributeValues(AttributeScope::Document, c->documents().first().id).value(QStringLiteral("country")),
                  QStringLiteral("Nepal"));
        EXPECT_FALSE(team::blindCoder(*c));
        EXPECT_EQ(c->isEncrypted(), !testKey().isEmpty());
    }
    EXPECT_FALSE(QFileInfo::exists(out + QStringLiteral("-wal")));
    // An existing file is refused and left alone.
    const QByteArray copyBefore = readAll(out);
    team::HandoutOptions o;
    o.coder = QStringLiteral("ben");
    o.outPath = out;
    auto refused = team::handout(*m, o);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("already exists")));
    EXPECT_EQ(readAll(out), copyBefore);
    o.outPath = dir.path(QStringLiteral("x.crosscut"));
    o.documents = {QStringLiteral("no such document")};
    auto missing = team::handout(*m, o);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_FALSE(QFileInfo::exists(o.outPath));
    EXPECT_EQ(QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("handout")).size(), 0);
    m.reset();
    EXPECT_EQ(readAll(master), masterBefore);  // the master is not changed
}

TEST(Merge, BlindCopiesHoldOnlyTheirCodersWorkAndKeepTheMarker)
{
    Team t;
    t.handOutAndCode();
    auto m = openProject(t.master);
    ASSERT_TRUE(m);
    ASSERT_TRUE(team::mergeProjects(*m, t.sources()).ok());
    const QString blind = t.dir.path(QStringLiteral("ben-blind.crosscut"));
    const auto r = handoutTo(*m, blind, QStringLiteral("ben"), {}, true);
    EXPECT_EQ(r.documents, 6);
    EXPECT_EQ(r.codings, 9);
    m.reset();
    {
        auto b = openProject(blind);
        ASSERT_TRUE(b);
        EXPECT_EQ(team::blindCoder(*b), QStringLiteral("ben"));
        EXPECT_EQ(scalar(*b, QStringLiteral("SELECT count(*) FROM coding JOIN coder ON coder.id = coding.coder_id "
                                            "WHERE coder.name <> 'ben'")),
                  0);
        EXPECT_EQ(scalar(*b, QStringLiteral("SELECT count(*) FROM coding")), 9);
        EXPECT_EQ(scalar(*b, QStringLiteral("SELECT count(*) FROM memo WHERE title NOT LIKE 'ben%'")), 0);
        EXPECT_EQ(scalar(*b, QStringLiteral("SELECT count(*) FROM quote WHERE id NOT IN (SELECT quote_id FROM coding)")), 0);
        EXPECT_EQ(scalar(*b, QStringLiteral("SELECT count(*) FROM coder WHERE name IN ('ann', 'cem')")), 0);
        // A merge into the blind copy keeps it blind.
        auto merged = team::mergeProjects(*b, {{t.copies[0], testKey()}});
        ASSERT_TRUE(merged.ok()) << merged.message().toStdString();
        EXPECT_GT(merged->codings, 0);
        EXPECT_EQ(team::blindCoder(*b), QStringLiteral("ben"));
    }
}

TEST(Merge, ConflictingDocumentIsRefusedAndTheMasterIsByteIdenticalUnlessKeepBoth)
{
    Team t;
    t.handOutAndCode();
    const QString other = t.dir.path(QStringLiteral("other.crosscut"));
    {
        auto o = createProject(other);
        ASSERT_TRUE(o);
        NewDocument d;
        d.name = QStringLiteral("d2");
        d.text = QStringLiteral("A different text under the same name.");
        auto id = o->addDocument(d);
        ASSERT_TRUE(id.ok());
        auto c = o->addCode(std::nullopt, {QStringLiteral("Elsewhere")});
        ASSERT_TRUE(c.ok());
        ASSERT_TRUE(o->applyCode(*id, 2, 11, *c).ok());
    }
    const QByteArray before = readAll(t.master);
    {
        auto m = openProject(t.master);
        ASSERT_TRUE(m);
        auto refused = team::mergeProjects(*m, {{t.copies[0], testKey()}, {other, testKey()}});
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().kind, ErrorKind::Conflict);
        EXPECT_TRUE(refused.message().contains(QStringLiteral("\"d2\""))) << refused.message().toStdString();
        EXPECT_TRUE(refused.message().contains(other));
        EXPECT_TRUE(refused.message().contains(t.master));
        EXPECT_EQ(scalar(*m, QStringLiteral("SELECT count(*) FROM coding")), 0);
    }
    EXPECT_FALSE(QFileInfo::exists(t.master + QStringLiteral("-wal")));
    EXPECT_EQ(readAll(t.master), before);

    auto m = openProject(t.master);
    ASSERT_TRUE(m);
    team::MergeOptions keepBoth;
    keepBoth.keepBoth = true;
    auto r = team::mergeProjects(*m, {{other, testKey()}}, keepBoth);
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    EXPECT_EQ(r->documents, 1);
    ASSERT_EQ(r->renamed.size(), 1);
    auto renamed = m->findDocument(QStringLiteral("d2 (2)"));
    ASSERT_TRUE(renamed);
    EXPECT_EQ(m->documentText(renamed->id), QStringLiteral("A different text under the same name."));
    EXPECT_EQ(m->codePath(codeId(*m, QStringLiteral("Elsewhere"))), QStringLiteral("Elsewhere"));
    auto again = team::mergeProjects(*m, {{other, testKey()}}, keepBoth);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->changedNothing());
}

TEST(Merge, NewCodesArriveUnderTheirParentInPlaceAndNewDocumentsByHash)
{
    Team t;
    t.handOutAndCode();
    {
        auto c = openProject(t.copies[1]);
        ASSERT_TRUE(c);
        const Id leadership = codeId(*c, QStringLiteral("Leadership"));
        auto mid = c->addCode(leadership, {QStringLiteral("Co-led")});
        ASSERT_TRUE(mid.ok());
        ASSERT_TRUE(c->moveCode(*mid, leadership, 1).ok());  // between the two values
        auto deep = c->addCode(codeId(*c, QStringLiteral("Themes/Silos")), {QStringLiteral("Deep")});
        ASSERT_TRUE(deep.ok());
        NewDocument d;
        d.name = QStringLiteral("fresh");
        d.text = QStringLiteral("A document only ben's copy has.");
        auto doc = c->addDocument(d);
        ASSERT_TRUE(doc.ok());
        c->setCurrentCoder(QStringLiteral("ben"));
        ASSERT_TRUE(c->applyCode(*doc, 2, 10, *deep).ok());
        ASSERT_TRUE(c->transact(QStringLiteral("Set"), [&](ProjectWriter &w) -> Status {
                         if (Status s = w.exec("INSERT INTO set_(name) VALUES ('Key interviews')", {}); !s)
                             return s;
                         const Id set = c->database().lastInsertId();
                         if (Status s = w.exec("INSERT INTO set_member(set_id, member_kind, member_id) VALUES (?, 'document', ?)",
                                               {set, *doc});
                             !s)
                             return s;
                         return w.exec("INSERT INTO set_member(set_id, member_kind, member_id) VALUES (?, 'code', ?)",
                                       {set, *deep});
                     }).ok());
    }
    auto m = openProject(t.master);
    ASSERT_TRUE(m);
    auto r = team::mergeProjects(*m, t.sources());
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    EXPECT_EQ(r->codes, 2);
    EXPECT_EQ(r->documents, 1);
    QStringList leadershipValues;
    for (const Code &c : m->codes())
        if (c.parentId && *c.parentId == codeId(*m, QStringLiteral("Leadership")))
            leadershipValues.append(c.name);
    EXPECT_EQ(leadershipValues, (QStringList{QStringLiteral("Provider-led"), QStringLiteral("Co-led"),
                                             QStringLiteral("Key population-led")}));
    EXPECT_NE(codeId(*m, QStringLiteral("Themes/Silos/Deep")), 0);
    auto fresh = m->findDocument(QStringLiteral("fresh"));
    ASSERT_TRUE(fresh);
    EXPECT_EQ(team::documentTextHash(*m, fresh->id).size(), 64);
    EXPECT_EQ(m->quotes(fresh->id).size(), 1);
    EXPECT_EQ(r->sets, 1);
    EXPECT_EQ(r->setMembers, 2);
    EXPECT_EQ(scalar(*m, QStringLiteral("SELECT count(*) FROM set_member JOIN set_ ON set_.id = set_id "
                                        "WHERE set_.name = 'Key interviews' AND ((member_kind = 'document' AND member_id = %1) "
                                        "OR (member_kind = 'code' AND member_id = %2))")
                             .arg(fresh->id)
                             .arg(codeId(*m, QStringLiteral("Themes/Silos/Deep")))),
              2);
    auto again = team::mergeProjects(*m, t.sources());
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->changedNothing()) << again->lines().join(QLatin1Char('\n')).toStdString();
}

TEST(Merge, DifferingAttributeIsReportedAndTheMastersKeptUnlessTheirs)
{
    for (const bool theirs : {false, true}) {
        Team t;
        t.handOutAndCode();
        {
            auto c = openProject(t.copies[0]);
            ASSERT_TRUE(c);
            ASSERT_TRUE(c->setAttribute(AttributeScope::Document, c->findDocument(QStringLiteral("d1"))->id,
                                        QStringLiteral("country"), QStringLiteral("Uganda"))
                            .ok());
        }
        auto m = openProject(t.master);
        ASSERT_TRUE(m);
        team::MergeOptions o;
        o.theirs = theirs;
        auto r = team::mergeProjects(*m, {{t.copies[0], testKey()}}, o);
        ASSERT_TRUE(r.ok()) << r.message().toStdString();
        ASSERT_EQ(r->conflicts.size(), 1);
        EXPECT_TRUE(r->conflicts.first().contains(QStringLiteral("Kenya")));
        EXPECT_TRUE(r->conflicts.first().contains(QStringLiteral("Uganda")));
        EXPECT_TRUE(r->lines().join(QLatin1Char('\n')).contains(QStringLiteral("conflict:")));
        EXPECT_EQ(m->attributeValues(AttributeScope::Document, m->findDocument(QStringLiteral("d1"))->id)
                      .value(QStringLiteral("country")),
                  theirs ? QStringLiteral("Uganda") : QStringLiteral("Kenya"));
    }
}

TEST(Merge, RefusesNewerMissingAndUnkeyedCopies)
{
    Team t;
    t.handOutAndCode();
    {
        auto db = sql::Database::open(t.copies[2], sql::Database::Mode::OpenExisting, testKey().sqlcipherKey());
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->execScript(QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion() + 1)).ok());
    }
    const QByteArray before = readAll(t.master);
    {
        auto m = openProject(t.master);
        ASSERT_TRUE(m);
        auto newer = team::mergeProjects(*m, t.sources());
        ASSERT_FALSE(newer.ok());
        EXPECT_EQ(newer.error().kind, ErrorKind::TooNew);
        auto missing = team::mergeProjects(*m, {{t.dir.path(QStringLiteral("none.crosscut")), {}}});
        ASSERT_FALSE(missing.ok());
        EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
        auto self = team::mergeProjects(*m, {{t.master, testKey()}});
        EXPECT_FALSE(self.ok());
        if (!testKey().isEmpty()) {
            auto unkeyed = team::mergeProjects(*m, {{t.copies[0], {}}});
            ASSERT_FALSE(unkeyed.ok());
            EXPECT_EQ(unkeyed.error().kind, ErrorKind::Encrypted);
            auto wrong = team::mergeProjects(*m, {{t.copies[0], ProjectKey::fromPassword(QStringLiteral("nope"))}});
            ASSERT_FALSE(wrong.ok());
            EXPECT_EQ(wrong.error().kind, ErrorKind::Encrypted);
        }
    }
    EXPECT_EQ(readAll(t.master), before);
}

TEST(Merge, ADocumentEditedInACopyIsRefusedOrImportedAsItsOwnOnce)
{
    Team t;
    t.handOutAndCode();
    {
        auto c = openProject(t.copies[0]);
        ASSERT_TRUE(c);
        const Id d1 = c->findDocument(QStringLiteral("d1"))->id;
        const QString edited = c->documentText(d1) + QStringLiteral(" An added sentence.");
        ASSERT_TRUE(c->transact(QStringLiteral("Edit"), [&](ProjectWriter &w) {
                         return w.exec("UPDATE document SET text = ?, length = ? WHERE id = ?",
                                       {edited, qint64(edited.toUcs4().size()), d1});
                     }).ok());
    }
    auto m = openProject(t.master);
    ASSERT_TRUE(m);
    auto refused = team::mergeProjects(*m, {{t.copies[0], testKey()}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(refused.message().contains(QStringLiteral("edited"))) << refused.message().toStdString();

    team::MergeOptions keepBoth;
    keepBoth.keepBoth = true;
    auto r = team::mergeProjects(*m, {{t.copies[0], testKey()}}, keepBoth);
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    EXPECT_EQ(r->documents, 1);
    auto own = m->findDocument(QStringLiteral("d1 (2)"));
    ASSERT_TRUE(own);
    EXPECT_NE(own->guid, m->findDocument(QStringLiteral("d1"))->guid);
    EXPECT_EQ(m->quotes(own->id).size(), 2);  // ann's quotes of the edited text, in the new document
    EXPECT_EQ(m->quotes(m->findDocument(QStringLiteral("d1"))->id).size(), 0);
    EXPECT_EQ(matrixOf(*m, QStringLiteral("ann")).size(), 3);
    auto again = team::mergeProjects(*m, {{t.copies[0], testKey()}}, keepBoth);
    ASSERT_TRUE(again.ok()) << again.message().toStdString();
    EXPECT_TRUE(again->changedNothing()) << again->lines().join(QLatin1Char('\n')).toStdString();
}

TEST(Merge, AnOlderCopyIsUpgradedInADuplicateAndLeftAsItIs)
{
    Team t;
    t.handOutAndCode();
    {
        auto db = sql::Database::open(t.copies[1], sql::Database::Mode::OpenExisting, testKey().sqlcipherKey());
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->execScript(QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion() - 1)).ok());
    }
    const QByteArray copyBefore = readAll(t.copies[1]);
    auto m = openProject(t.master);
    ASSERT_TRUE(m);
    auto r = team::mergeProjects(*m, {{t.copies[1], testKey()}});
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    EXPECT_EQ(r->codings, 9);
    EXPECT_EQ(readAll(t.copies[1]), copyBefore);
    EXPECT_FALSE(QFileInfo::exists(t.copies[1] + QStringLiteral("-wal")));
    EXPECT_TRUE(QDir(QFileInfo(t.copies[1]).absolutePath())
                    .entryList({QStringLiteral(".crosscut-upgrade-*")}, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());  // the duplicate is gone
}
