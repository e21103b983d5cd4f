// The team hub's client against a real PostgreSQL (the hub_server fixture):
// publish, clone, code offline, sync, converge; undo travels; a coder's copy
// refuses the codebook; a blind coder never receives another's coding; a sync
// stopped between the server's acknowledgement and the local record neither
// loses nor doubles anything; concurrent changes of one row are a conflict
// the lead can restore.
#include "hub/hub.h"
#include "hub/wirechange.h"
#include "privacy/namelist.h"
#include "privacy/pseudonymise.h"
#include "support/pgtestserver.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <algorithm>

using namespace crosscut;
using namespace crosscut::test;

namespace {

// Every synced row of a project, by table and key, as the wire sees it: two
// projects holding the same rows give the same list whatever their ids.
QStringList rowsOf(Project &project)
{
    auto codec = hub::WireCodec::make(project.database());
    EXPECT_TRUE(codec.ok());
    if (!codec)
        return {};
    auto rows = codec->snapshot();
    EXPECT_TRUE(rows.ok());
    QStringList out;
    for (const hub::WireChange &c : *rows) {
        QJsonObject row = *c.now;
        out.append(c.table + QLatin1Char(' ') + c.key + QLatin1Char(' ')
                   + QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)));
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Two row lists, readably when they differ.
std::string differences(const QStringList &a, const QStringList &b)
{
    QStringList onlyA, onlyB;
    for (const QString &r : a)
        if (!b.contains(r))
            onlyA.append(QStringLiteral("  - ") + r);
    for (const QString &r : b)
        if (!a.contains(r))
            onlyB.append(QStringLiteral("  + ") + r);
    return (onlyA + onlyB).join(QLatin1Char('\n')).toStdString();
}

struct Team {
    PgTestDatabase db;
    TempDir dir;
    QString lead, coderA, coderB, reader;

    bool setUp(bool blind = false)
    {
        if (!db.ok())
            return false;
        lead = db.createRole(QStringLiteral("lead"));
        coderA = db.createRole(QStringLiteral("ann"));
        coderB = db.createRole(QStringLiteral("ben"));
        reader = db.createRole(QStringLiteral("rita"));
        // Later syncs find the passwords as a user's would: a password file.
        QByteArray pgpass;
        for (const QString &role : {lead, coderA, coderB, reader})
            pgpass += QStringLiteral("%1:%2:%3:%4:%5\n")
                          .arg(db.cluster().host)
                          .arg(db.cluster().port)
                          .arg(db.name(), role, db.password(role))
                          .toUtf8();
        const QString pgpassFile = dir.writeFile(QStringLiteral("pgpass"), pgpass);
        QFile::setPermissions(pgpassFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("PGPASSFILE", pgpassFile.toUtf8());
        EXPECT_TRUE(hub::initServer(db.ownerConninfo()).ok());
        // The master: a dimension with two values, two documents.
        auto p = createProject(dir.path(QStringLiteral("master.crosscut")));
        p->setCurrentCoder(QStringLiteral("lead"));
        auto dim = p->addCode(std::nullopt, {QStringLiteral("Leadership"), {}, {}, {}, true});
        EXPECT_TRUE(dim.ok());
        EXPECT_TRUE(p->addCode(*dim, {QStringLiteral("Provider-led")}).ok());
        EXPECT_TRUE(p->addCode(*dim, {QStringLiteral("Key population-led")}).ok());
        for (int i = 1; i <= 2; ++i) {
            NewDocument d;
            d.name = QStringLiteral("interview-%1").arg(i);
            d.text = QStringLiteral("Інтерв'ю %1 😀: the network is led by sex workers themselves. مزید متن").arg(i);
            EXPECT_TRUE(p->addDocument(d).ok());
        }
        hub::PublishOptions options{db.conninfoWithPassword(lead), QStringLiteral("alliance"), QStringLiteral("lead"), blind};
        auto published = hub::publish(*p, options);
        EXPECT_TRUE(published.ok()) << published.message().toStdString();
        if (!published)
            return false;
        for (const auto &[user, coder] : {std::pair{coderA, QStringLiteral("ann")}, std::pair{coderB, QStringLiteral("ben")}})
            EXPECT_TRUE(hub::addMember(db.conninfoWithPassword(lead), QStringLiteral("alliance"),
                                       {user, hub::Role::Coder, coder})
                            .ok());
        EXPECT_TRUE(hub::addMember(db.conninfoWithPassword(lead), QStringLiteral("alliance"),
                                   {reader, hub::Role::Reader, QStringLiteral("rita")})
                        .ok());
        return true;
    }

    std::unique_ptr<Project> master() { return openProject(dir.path(QStringLiteral("master.crosscut"))); }

    std::unique_ptr<Project> cloneAs(const QString &user, const QString &coder)
    {
        const QString path = dir.path(coder + QStringLiteral(".crosscut"));
        hub::CloneOptions options{db.conninfoWithPassword(user), QStringLiteral("alliance"), path, coder, testKey()};
        auto cloned = hub::clone(options);
        EXPECT_TRUE(cloned.ok()) << cloned.message().toStdString();
        return cloned ? openProject(path) : nullptr;
    }
};

Id codeId(Project &p, const QString &path)
{
    auto id = p.resolveCodePath(path);
    EXPECT_TRUE(id.ok()) << path.toStdString();
    return id ? *id : 0;
}

Id documentId(Project &p, const QString &name)
{
    auto d = p.findDocument(name);
    EXPECT_TRUE(d.has_value()) << name.toStdString();
    return d ? d->id : 0;
}

hub::SyncReport synced(Project &p)
{
    auto r = hub::sync(p);
    EXPECT_TRUE(r.ok()) << r.message().toStdString();
    return r ? *r : hub::SyncReport{};
}

}  // namespace

TEST(HubSync, PublishCloneCodeSyncConverge)
{
    Team team;
    CROSSCUT_REQUIRE_PG(team.db);
    ASSERT_TRUE(team.setUp());
    auto ann = team.cloneAs(team.coderA, QStringLiteral("ann"));
    auto ben = team.cloneAs(team.coderB, QStringLiteral("ben"));
    ASSERT_TRUE(ann && ben);
    auto master = team.master();
    EXPECT_TRUE(rowsOf(*ann) == rowsOf(*master)) << differences(rowsOf(*ann), rowsOf(*master));
    EXPECT_EQ(ann->currentCoder(), QStringLiteral("ann"));

    // Offline: each codes the same document.
    ASSERT_TRUE(ann->applyCode(documentId(*ann, QStringLiteral("interview-1")), 0, 12,
                               codeId(*ann, QStringLiteral("Leadership/Key population-led")))
                    .ok());
    ASSERT_TRUE(ben->applyCode(documentId(*ben, QStringLiteral("interview-1")), 5, 30,
                               codeId(*ben, QStringLiteral("Leadership/Provider-led")))
                    .ok());
    EXPECT_EQ(synced(*ann).pushed, 1);
    const hub::SyncReport benReport = synced(*ben);  // ann's came first: ben's is replayed after it
    EXPECT_EQ(benReport.pushed, 1);
    EXPECT_EQ(benReport.pulled, 1);
    EXPECT_TRUE(benReport.rebased);
    EXPECT_EQ(synced(*ann).pulled, 1);
    EXPECT_EQ(synced(*master).pulled, 2);
    EXPECT_TRUE(rowsOf(*ann) == rowsOf(*ben)) << differences(rowsOf(*ann), rowsOf(*ben));
    EXPECT_TRUE(rowsOf(*ann) == rowsOf(*master)) << differences(rowsOf(*ann), rowsOf(*master));
    EXPECT_EQ(master->codingCount(), 2);

    // A second sync changes nothing anywhere.
    const hub::SyncReport idle = synced(*ann);
    EXPECT_EQ(idle.pushed + idle.pulled, 0);

    // Undo in a clone travels as an operation; the undo history of the
    // replayed clone still works (its rows kept their local ids).
    const Status undone = ben->undo();
    ASSERT_TRUE(undone.ok()) << "ben's coding must still undo after the rebase: " << undone.message().toStdString();
    synced(*ben);
    synced(*master);
    synced(*ann);
    EXPECT_EQ(master->codingCount(), 1);
    EXPECT_TRUE(rowsOf(*ann) == rowsOf(*master)) << differences(rowsOf(*ann), rowsOf(*master));
    EXPECT_TRUE(rowsOf(*ben) == rowsOf(*master)) << differences(rowsOf(*ben), rowsOf(*master));

    // The lead renames a code: every clone gets it.
    ASSERT_TRUE(master->renameCode(codeId(*master, QStringLiteral("Leadership/Provider-led")), QStringLiteral("Provider led")).ok());
    synced(*master);
    synced(*ann);
    EXPECT_TRUE(ann->resolveCodePath(QStringLiteral("Leadership/Provider led")).ok());
}

TEST(HubSync, CoderCopyRefusesTheCodebookReaderRefusesEverything)
{
    Team team;
    CROSSCUT_REQUIRE_PG(team.db);
    ASSERT_TRUE(team.setUp());
    auto ann = team.cloneAs(team.coderA, QStringLiteral("ann"));
    ASSERT_TRUE(ann);
    const QStringList before = rowsOf(*ann);
    auto added = ann->addCode(std::nullopt, {QStringLiteral("My own theme")});
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().kind, ErrorKind::Denied);
    EXPECT_TRUE(added.message().contains(QLatin1String("lead"))) << added.message().toStdString();
    EXPECT_TRUE(rowsOf(*ann) == before);
    EXPECT_FALSE(ann->canUndo());

    // Pseudonymising a copy would leave the names on the server: refused.
    const QString names = team.dir.writeFile(QStringLiteral("names.csv"), "name,pseudonym\nnetwork,P1\n");
    auto list = privacy::readNameFile(names);
    ASSERT_TRUE(list.ok());
    auto master = team.master();
    auto pseudonymised = privacy::pseudonymise(*master, *list);
    ASSERT_FALSE(pseudonymised.ok());
    EXPECT_TRUE(pseudonymised.message().contains(QLatin1String("before publishing")));

    auto rita = team.cloneAs(team.reader, QStringLiteral("rita"));
    ASSERT_TRUE(rita);
    auto coded = rita->applyCode(documentId(*rita, QStringLiteral("interview-2")), 0, 5,
                                 codeId(*rita, QStringLiteral("Leadership/Provider-led")));
    ASSERT_FALSE(coded.ok());
    EXPECT_EQ(coded.error().kind, ErrorKind::Denied);
}

TEST(HubSync, BlindCoderNeverReceivesAnotherCodersWorkUntilReleased)
{
    Team team;
    CROSSCUT_REQUIRE_PG(team.db);
    ASSERT_TRUE(team.setUp(true));
    auto ann = team.cloneAs(team.coderA, QStringLiteral("ann"));
    auto ben = team.cloneAs(team.coderB, QStringLiteral("ben"));
    ASSERT_TRUE(ann && ben);
    ASSERT_TRUE(ann->applyCode(documentId(*ann, QStringLiteral("interview-2")), 3, 9,
                               codeId(*ann, QStringLiteral("Leadership/Provider-led")))
                    .ok());
    synced(*ann);
    synced(*ben);
    EXPECT_EQ(ben->codingCount(), 0);
    EXPECT_EQ(ben->quotes().size(), 0);
    auto master = team.master();
    synced(*master);
    EXPECT_EQ(master->codingCount(), 1);  // the lead reads everyone's

    ASSERT_TRUE(hub::releaseBlind(team.db.conninfoWithPassword(team.lead), QStringLiteral("alliance")).ok());
    // Released: ben's own copy receives ann's earlier coding at its next
    // sync (the log is pulled again from the start), and no longer shows
    // only ben's work.
    EXPECT_TRUE(ben->database().scalar(QStringLiteral("SELECT count(*) FROM project_info WHERE key = 'blind_coder'"))->toInt() == 1);
    synced(*ben);
    EXPECT_EQ(ben->codingCount(), 1);
    EXPECT_EQ(ben->database().scalar(QStringLiteral("SELECT count(*) FROM project_info WHERE key = 'blind_coder'"))->toInt(), 0);
    EXPECT_TRUE(rowsOf(*ben) == rowsOf(*master)) << differences(rowsOf(*ben), rowsOf(*master));
    // A second sync pulls nothing again.
    EXPECT_EQ(synced(*ben).pulled, 0);
}

TEST(HubSync, ASyncStoppedAfterThePushLosesNothingAndDoublesNothing)
{
    Team team;
    CROSSCUT_REQUIRE_PG(team.db);
    ASSERT_TRUE(team.setUp());
    auto ann = team.cloneAs(team.coderA, QStringLiteral("ann"));
    ASSERT_TRUE(ann);
    ASSERT_TRUE(ann->applyCode(documentId(*ann, QStringLiteral("interview-1")), 1, 4,
                               codeId(*ann, QStringLiteral("Leadership/Provider-led")))
                    .ok());
    // The server acknowledges, the clone never hears of it (killed).
    auto plan = hub::prepareSync(*ann);
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan->outgoing.size(), 1);
    ASSERT_TRUE(hub::exchange(*plan).ok());
    // Next time: pushed again, the server keeps its first copy.
    const hub::SyncReport again = synced(*ann);
    EXPECT_EQ(again.pushed, 1);
    auto master = team.master();
    synced(*master);
    EXPECT_EQ(master->codingCount(), 1);
    EXPECT_TRUE(rowsOf(*master) == rowsOf(*ann)) << differences(rowsOf(*master), rowsOf(*ann));
    // Finishing the same exchange twice applies nothing twice.
    auto plan2 = hub::prepareSync(*master);
    ASSERT_TRUE(plan2.ok());
    auto exchanged = hub::exchange(*plan2);
    ASSERT_TRUE(exchanged.ok());
    ASSERT_TRUE(hub::finishSync(*master, *plan2, *exchanged).ok());
    ASSERT_TRUE(hub::finishSync(*master, *plan2, *exchanged).ok());
    EXPECT_EQ(master->codingCount(), 1);
}

TEST(HubSync, ConcurrentChangesOfOneRowAreAConflictTheLeadRestores)
{
    Team team;
    CROSSCUT_REQUIRE_PG(team.db);
    ASSERT_TRUE(team.setUp());
    auto ann = team.cloneAs(team.coderA, QStringLiteral("ann"));
    ASSERT_TRUE(ann);
    auto quote = ann->applyCode(documentId(*ann, QStringLiteral("interview-1")), 2, 10,
                                codeId(*ann, QStringLiteral("Leadership/Provider-led")));
    ASSERT_TRUE(quote.ok());
    synced(*ann);
    auto master = team.master();
    synced(*master);
    // Both move the same quote's bounds, offline.
    const auto masterQuote = master->quotes().value(0);
    ASSERT_TRUE(master->setQuoteBounds(masterQuote.id, 0, 20).ok());
    ASSERT_TRUE(ann->setQuoteBounds(*quote, 4, 8).ok());
    synced(*master);
    const hub::SyncReport annReport = synced(*ann);  // later commit: ann's bounds win
    EXPECT_EQ(annReport.conflicts, 1);
    synced(*master);
    EXPECT_EQ(master->quotes().value(0).start, 4);
    EXPECT_TRUE(rowsOf(*master) == rowsOf(*ann)) << differences(rowsOf(*master), rowsOf(*ann));

    auto link = hub::link(*master);
    ASSERT_TRUE(link.ok() && *link);
    auto list = hub::conflicts(**link);
    ASSERT_TRUE(list.ok()) << list.message().toStdString();
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().table, QStringLiteral("quote"));
    EXPECT_TRUE(list->first().loserValue.contains(QLatin1String("\"start\": 0"))) << list->first().loserValue.toStdString();
    // A coder may not read them.
    auto annLink = hub::link(*ann);
    EXPECT_FALSE(hub::conflicts(**annLink).ok());
    // The lead puts the loser's bounds back: a new operation, synced to all.
    ASSERT_TRUE(hub::restoreConflict(*master, list->first()).ok());
    EXPECT_EQ(master->quotes().value(0).start, 0);
    synced(*master);
    synced(*ann);
    EXPECT_EQ(ann->quotes().value(0).start, 0);
    EXPECT_TRUE(hub::conflicts(**link)->first().restored);
}

TEST(HubSync, BadServerAddressesFailClearlyAndChangeNothing)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("never.crosscut"));
    hub::CloneOptions options{QStringLiteral("host=127.0.0.1 port=1 dbname=x user=y connect_timeout=2"),
                              QStringLiteral("alliance"), path, QStringLiteral("ann"), {}};
    auto cloned = hub::clone(options);
    ASSERT_FALSE(cloned.ok());
    EXPECT_EQ(cloned.error().kind, ErrorKind::Offline);
    EXPECT_FALSE(QFile::exists(path));
    options.conninfo = QStringLiteral("this is = not a conninfo '");
    cloned = hub::clone(options);
    ASSERT_FALSE(cloned.ok());
    EXPECT_EQ(cloned.error().kind, ErrorKind::Invalid);
    EXPECT_FALSE(QFile::exists(path));
}
