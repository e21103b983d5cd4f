// Convergence (issue 16): four coder processes (crosscut_hubcoder) clone a
// team project and code at random, syncing in between, while the lead
// renames a code and adds one; five of their syncs are killed with SIGKILL
// and restarted on the same clone. At the end every copy and the server
// hold the same rows, give the same matrix for every coder, and every
// coder's codings are what its own operations left.
#include "analysis/matrix.h"
#include "hub/hub.h"
#include "hub/wirechange.h"
#include "support/pgtestserver.h"
#include "support/testsupport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

using namespace crosscut;
using namespace crosscut::test;

namespace {

constexpr int kOperations = 2000;
constexpr int kSyncEvery = 50;
constexpr int kKills = 5;
const QString kPassword = QStringLiteral("conv-Пароль-1");

QStringList rowsOf(Project &project)
{
    auto codec = hub::WireCodec::make(project.database());
    EXPECT_TRUE(codec.ok());
    if (!codec)
        return {};
    auto rows = codec->snapshot();
    EXPECT_TRUE(rows.ok());
    QStringList out;
    for (const hub::WireChange &c : *rows)
        out.append(c.table + QLatin1Char(' ') + c.key + QLatin1Char(' ')
                   + QString::fromUtf8(QJsonDocument(*c.now).toJson(QJsonDocument::Compact)));
    std::sort(out.begin(), out.end());
    return out;
}

QStringList codingRowsOf(Project &project, const QString &coder)
{
    QStringList out;
    auto codec = hub::WireCodec::make(project.database());
    auto rows = codec->snapshot();
    for (const hub::WireChange &c : *rows)
        if (c.table == QLatin1String("coding") && c.now->value(QLatin1String("coder_id")).toString() == coder)
            out.append(c.key + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(*c.now).toJson(QJsonDocument::Compact)));
    std::sort(out.begin(), out.end());
    return out;
}

// The matrix Leadership × documents with only `coder`'s codings, as text.
QStringList matrixOf(Project &project, const QString &coder)
{
    analysis::MatrixRequest request;
    request.rows = *analysis::AxisSpec::parse(QStringLiteral("dimension:Leadership"));
    request.columns = *analysis::AxisSpec::parse(QStringLiteral("documents"));
    request.filter.coders = {coder};
    request.collectQuotes = false;
    auto m = analysis::computeMatrix(project, request);
    EXPECT_TRUE(m.ok()) << m.message().toStdString();
    if (!m)
        return {};
    QStringList out{m->columnLabels().join(QLatin1Char('|'))};
    for (int r = 0; r < m->rows.size(); ++r) {
        QStringList cells{m->rowLabels().at(r)};
        for (qint64 v : m->counts.at(r))
            cells.append(QString::number(v));
        out.append(cells.join(QLatin1Char('|')));
    }
    return out;
}

QString documentText(int n)
{
    const QString parts[] = {QStringLiteral("Мережа очолюється самими секс-працівниками. "),
                             QStringLiteral("ہم نے خود تنظیم بنائی، کوئی ڈاکٹر نہیں۔ "),
                             QStringLiteral("The clinic 😀 referred us 👩🏽‍⚕️ to the peer group. "),
                             QStringLiteral("Сообщество решает само. ")};
    QString s = QStringLiteral("Document %1: ").arg(n);
    for (int i = 0; i < 8; ++i)
        s += parts[(i + n) % 4];
    return s;
}

// One coder process and what the test knows of it.
struct Runner {
    QString coder;
    QString clone;
    QString expect;
    int seed = 0;
    std::unique_ptr<QProcess> process;
    QByteArray pending;    // stdout not yet split into lines
    int done = 0;          // operations it reported
    bool inSync = false;
    qint64 killAt = -1;    // ms on the test's clock, -1: none planned
    bool finished = false;
    int restarts = 0;
    QString log;           // its last lines, for a failure message

    void start(const QString &program)
    {
        process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), kPassword);
        process->setProcessEnvironment(env);
        process->start(program, {clone, QStringLiteral("--ops"), QString::number(kOperations), QStringLiteral("--first"),
                                 QString::number(done), QStringLiteral("--seed"), QString::number(seed),
                                 QStringLiteral("--sync-every"), QString::number(kSyncEvery), QStringLiteral("--expect"),
                                 expect});
        inSync = false;
        killAt = -1;
    }

    // Reads what it printed; returns the lines.
    QStringList read()
    {
        pending += process->readAll();
        QStringList lines;
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(nl));
            pending.remove(0, nl + 1);
            lines.append(line);
            log = QString(log + line + QLatin1Char('\n')).right(2000);
            if (line.startsWith(QLatin1String("op ")))
                done = line.mid(3).toInt();
            else if (line == QLatin1String("sync start"))
                inSync = true;
            else if (line.startsWith(QLatin1String("sync done")))
                inSync = false;
        }
        return lines;
    }
};

}  // namespace

TEST(HubConvergence, FourCodersKilledSyncsConverge)
{
    PgTestDatabase db;
    CROSSCUT_REQUIRE_PG(db);
    const QString helper = QStringLiteral(CROSSCUT_HUBCODER_PATH);
    ASSERT_TRUE(QFile::exists(helper)) << helper.toStdString();
    qputenv("PGPASSWORD", kPassword.toUtf8());
    TempDir dir;
    const QString lead = db.createRole(QStringLiteral("lead"), kPassword);
    const Status installed = hub::initServer(db.ownerConninfo());
    ASSERT_TRUE(installed.ok()) << installed.message().toStdString();

    // The lead's project: 3 documents, a dimension with 3 values, a thematic code.
    auto master = createProject(dir.path(QStringLiteral("lead.crosscut")));
    master->setCurrentCoder(QStringLiteral("lead"));
    auto dim = master->addCode(std::nullopt, {QStringLiteral("Leadership"), {}, {}, {}, true});
    ASSERT_TRUE(dim.ok());
    for (const QString &value : {QStringLiteral("Provider-led"), QStringLiteral("Shared"), QStringLiteral("Key population-led")})
        ASSERT_TRUE(master->addCode(*dim, {value}).ok());
    ASSERT_TRUE(master->addCode(std::nullopt, {QStringLiteral("Working in silos")}).ok());
    for (int i = 1; i <= 3; ++i) {
        NewDocument d;
        d.name = QStringLiteral("interview-%1").arg(i);
        d.text = documentText(i);
        ASSERT_TRUE(master->addDocument(d).ok());
    }
    auto published = hub::publish(*master, {db.conninfo(lead), QStringLiteral("convergence"), QStringLiteral("lead"), false});
    ASSERT_TRUE(published.ok()) << published.message().toStdString();

    const QStringList coders{QStringLiteral("ann"), QStringLiteral("ben"), QStringLiteral("chioma"), QStringLiteral("dilnoza")};
    std::vector<Runner> runners(coders.size());
    for (int i = 0; i < coders.size(); ++i) {
        const QString user = db.createRole(coders.at(i), kPassword);
        ASSERT_TRUE(hub::addMember(db.conninfo(lead), QStringLiteral("convergence"), {user, hub::Role::Coder, coders.at(i)}).ok());
        Runner &r = runners[size_t(i)];
        r.coder = coders.at(i);
        r.clone = dir.path(coders.at(i) + QStringLiteral(".crosscut"));
        r.expect = dir.path(coders.at(i) + QStringLiteral(".expected"));
        r.seed = 16 + i;
        auto cloned = hub::clone({db.conninfo(user), QStringLiteral("convergence"), r.clone, coders.at(i), {}});
        ASSERT_TRUE(cloned.ok()) << cloned.message().toStdString();
    }

    QRandomGenerator rng(20261201);
    QElapsedTimer clock;
    clock.start();
    for (Runner &r : runners)
        r.start(helper);
    int kills = 0, attempts = 0;
    bool leadChanged = false;
    qint64 nextLeadSync = 2000;
    const QDeadlineTimer deadline(std::chrono::minutes(10));
    while (std::any_of(runners.begin(), runners.end(), [](const Runner &r) { return !r.finished; })) {
        ASSERT_FALSE(deadline.hasExpired()) << "the coders did not finish in time";
        for (Runner &r : runners) {
            if (r.finished)
                continue;
            r.process->waitForReadyRead(5);
            // Kills already planned count against kKills: two coders' syncs
            // can start before either planned kill has landed.
            const auto planned = std::count_if(runners.begin(), runners.end(),
                                               [](const Runner &o) { return !o.finished && o.killAt >= 0; });
            for (const QString &line : r.read())
                if (line == QLatin1String("sync start") && kills + planned < kKills && r.killAt < 0 && r.done > 100
                    && rng.bounded(6) == 0)
                    r.killAt = clock.elapsed() + rng.bounded(31);
            if (r.killAt >= 0 && clock.elapsed() >= r.killAt && r.process->state() == QProcess::Running) {
                r.process->kill();  // SIGKILL
                r.process->waitForFinished(10000);
                r.read();
                ++attempts;
                if (r.inSync) {  // it had not finished that sync: a real kill
                    ++kills;
                    std::printf("killed %s in a sync after op %d\n", qPrintable(r.coder), r.done);
                }
                ++r.restarts;
                r.start(helper);
                continue;
            }
            if (r.process->state() == QProcess::NotRunning) {
                r.read();
                ASSERT_EQ(r.process->exitStatus(), QProcess::NormalExit) << r.log.toStdString();
                ASSERT_EQ(r.process->exitCode(), 0) << r.coder.toStdString() << ":\n" << r.log.toStdString();
                ASSERT_EQ(r.done, kOperations) << r.log.toStdString();
                r.finished = true;
                r.killAt = -1;  // it finished before a planned kill
            }
        }
        // The lead works meanwhile: renames a code and adds one, syncs now and then.
        const int least = std::min_element(runners.begin(), runners.end(), [](const Runner &a, const Runner &b) {
                              return a.done < b.done;
                          })->done;
        if (!leadChanged && least > kOperations / 4) {
            ASSERT_TRUE(master->renameCode(*master->resolveCodePath(QStringLiteral("Leadership/Shared")),
                                           QStringLiteral("Shared leadership"))
                            .ok());
            ASSERT_TRUE(master->addCode(std::nullopt, {QStringLiteral("Sense of belonging")}).ok());
            leadChanged = true;
        }
        if (clock.elapsed() >= nextLeadSync) {
            auto s = hub::sync(*master);
            ASSERT_TRUE(s.ok()) << s.message().toStdString();
            nextLeadSync = clock.elapsed() + 2000;
        }
    }
    std::printf("coders done in %.1f s, %d real kills of %d\n", double(clock.elapsed()) / 1000.0, kills, attempts);
    EXPECT_TRUE(leadChanged);
    EXPECT_EQ(kills, kKills) << "too few syncs were killed mid-way (" << attempts << " kills tried)";

    // Every copy syncs twice, then all agree with each other and with the server.
    std::vector<std::unique_ptr<Project>> copies;
    for (const Runner &r : runners)
        copies.push_back(openProject(r.clone));
    for (int round = 0; round < 2; ++round) {
        for (auto &p : copies) {
            auto s = hub::sync(*p);
            ASSERT_TRUE(s.ok()) << s.message().toStdString();
        }
        auto s = hub::sync(*master);
        ASSERT_TRUE(s.ok()) << s.message().toStdString();
    }
    // The server's fold: a fresh clone by the lead.
    const QString serverCopy = dir.path(QStringLiteral("server.crosscut"));
    ASSERT_TRUE(hub::clone({db.conninfo(lead), QStringLiteral("convergence"), serverCopy, QStringLiteral("lead"), {}}).ok());
    auto server = openProject(serverCopy);
    const QStringList rows = rowsOf(*server);
    EXPECT_EQ(rowsOf(*master), rows);
    EXPECT_TRUE(server->resolveCodePath(QStringLiteral("Leadership/Shared leadership")).ok());
    EXPECT_TRUE(server->resolveCodePath(QStringLiteral("Sense of belonging")).ok());
    for (size_t i = 0; i < copies.size(); ++i) {
        EXPECT_EQ(rowsOf(*copies[i]), rows) << coders.at(qsizetype(i)).toStdString() << " differs from the server";
        auto status = hub::status(*copies[i]);
        ASSERT_TRUE(status.ok());
        EXPECT_EQ(status->pending, 0);
        EXPECT_EQ(status->behind, 0);
    }
    for (int c = 0; c < coders.size(); ++c) {
        const QString &coder = coders.at(c);
        const QStringList matrix = matrixOf(*server, coder);
        EXPECT_EQ(matrixOf(*master, coder), matrix) << coder.toStdString();
        for (auto &p : copies)
            EXPECT_EQ(matrixOf(*p, coder), matrix) << coder.toStdString();
        // Nothing lost: the coder's codings everywhere are what its own operations left.
        QFile f(runners[size_t(c)].expect);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QStringList expected = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList actual = codingRowsOf(*server, coder);
        EXPECT_GT(actual.size(), 0) << coder.toStdString();
        EXPECT_EQ(actual, expected) << coder.toStdString() << ": " << actual.size() << " codings, expected "
                                    << expected.size();
        for (auto &p : copies)
            EXPECT_EQ(codingRowsOf(*p, coder).size(), actual.size());
        std::printf("%s: %lld codings, restarted %d times\n", qPrintable(coder), qint64(actual.size()),
                    runners[size_t(c)].restarts);
    }
}
