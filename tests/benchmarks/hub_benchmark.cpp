// Team hub sync speed (issue 16) against a local PostgreSQL:
//   PushTenThousand   a clone pushes 10,000 new operations and records the
//                     acknowledgement (target < 2 s)
//   PullTenThousand   another clone pulls those 10,000 operations
//   NoopSync          a sync with nothing to do, connection included (< 50 ms)
// Uses the cluster in CROSSCUT_TEST_PG_DIR, or starts its own with
// tests/support/pgcluster.sh (and stops it afterwards).
#include "hub/hub.h"
#include "project/project.h"
#include "support/pgtestserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

using namespace crosscut;

namespace {

const QString kPassword = QStringLiteral("bench-pw-16");
constexpr int kOperations = 10000;

struct Team {
    QTemporaryDir dir;
    std::unique_ptr<test::PgTestDatabase> db;
    std::unique_ptr<Project> lead, ann, ben;
    Id document = 0;
    qint64 length = 0;
    QList<Id> codes;
    QString error;

    bool setUp()
    {
        db = std::make_unique<test::PgTestDatabase>();
        if (!db->ok()) {
            error = db->skipReason();
            return false;
        }
        qputenv("PGPASSWORD", kPassword.toUtf8());
        const QString leadUser = db->createRole(QStringLiteral("lead"), kPassword);
        if (!hub::initServer(db->ownerConninfo()).ok())
            return fail(QStringLiteral("initServer failed"));
        lead = std::move(Project::create(dir.filePath(QStringLiteral("lead.crosscut")))).value();
        lead->setCurrentCoder(QStringLiteral("lead"));
        const Id dim = *lead->addCode(std::nullopt, {QStringLiteral("Leadership"), {}, {}, {}, true});
        for (const QString &v : {QStringLiteral("Provider-led"), QStringLiteral("Shared"), QStringLiteral("Key population-led")})
            codes.append(*lead->addCode(dim, {v}));
        QString text;
        while (text.size() < 100000)
            text += QStringLiteral("Мережа очолюється самими 😀 ہم نے خود تنظیم بنائی ");
        (void)lead->addDocument({QStringLiteral("interview"), DocumentKind::Interview, text, {}, {}, true});
        auto published = hub::publish(*lead, {db->conninfo(leadUser), QStringLiteral("bench"), QStringLiteral("lead"), false});
        if (!published)
            return fail(published.message());
        for (const QString &coder : {QStringLiteral("ann"), QStringLiteral("ben")}) {
            const QString user = db->createRole(coder, kPassword);
            if (!hub::addMember(db->conninfo(leadUser), QStringLiteral("bench"), {user, hub::Role::Coder, coder}).ok())
                return fail(QStringLiteral("addMember failed"));
            const QString path = dir.filePath(coder + QStringLiteral(".crosscut"));
            auto cloned = hub::clone({db->conninfo(user), QStringLiteral("bench"), path, coder, {}});
            if (!cloned)
                return fail(cloned.message());
            (coder == QLatin1String("ann") ? ann : ben) = std::move(Project::open(path)).value();
        }
        const Document d = ann->documents().first();
        document = d.id;
        length = d.length;
        codes.clear();
        for (const Code &c : ann->codes())
            if (c.parentId)
                codes.append(c.id);
        return true;
    }
    bool fail(const QString &why)
    {
        error = why;
        return false;
    }
};

Team *team = nullptr;

void PushTenThousand(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        for (int i = 0; i < kOperations; ++i) {
            const qint64 start = (qint64(i) * 7) % (team->length - 20);
            (void)team->ann->applyCode(team->document, start, start + 5 + i % 13, team->codes.at(i % team->codes.size()));
        }
        state.ResumeTiming();
        auto r = hub::sync(*team->ann);
        if (!r || r->pushed != kOperations) {
            state.SkipWithError(r ? "pushed fewer operations than made" : qPrintable(r.message()));
            return;
        }
        state.counters["pushed"] = double(r->pushed);
    }
}

void PullTenThousand(benchmark::State &state)
{
    for (auto _ : state) {
        auto r = hub::sync(*team->ben);
        if (!r || r->pulled < kOperations) {
            state.SkipWithError(r ? "pulled fewer operations than pushed" : qPrintable(r.message()));
            return;
        }
        state.counters["pulled"] = double(r->pulled);
    }
}

void NoopSync(benchmark::State &state)
{
    for (auto _ : state) {
        auto r = hub::sync(*team->ben);
        if (!r || r->pushed + r->pulled != 0) {
            state.SkipWithError(r ? "the sync was not a no-op" : qPrintable(r.message()));
            return;
        }
    }
}

BENCHMARK(PushTenThousand)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(PullTenThousand)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(NoopSync)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::unique_ptr<QTemporaryDir> clusterDir;
    const QString script = QStringLiteral(CROSSCUT_PGCLUSTER_SCRIPT);
    if (qEnvironmentVariableIsEmpty("CROSSCUT_TEST_PG_DIR")) {
        clusterDir = std::make_unique<QTemporaryDir>();
        const QString dir = clusterDir->filePath(QStringLiteral("pg"));
        // As root the cluster runs as postgres, which must reach its directory.
        QFile::setPermissions(clusterDir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                      | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                      | QFile::ExeOther);
        if (QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("start"), dir}) != 0) {
            std::fprintf(stderr, "could not start PostgreSQL (%s start %s)\n", qPrintable(script), qPrintable(dir));
            return 1;
        }
        qputenv("CROSSCUT_TEST_PG_DIR", dir.toUtf8());
    }
    int rc = 0;
    {
        Team t;
        team = &t;
        if (!t.setUp()) {
            std::fprintf(stderr, "hub benchmark setup failed: %s\n", qPrintable(t.error));
            rc = 1;
        } else {
            benchmark::Initialize(&argc, argv);
            benchmark::RunSpecifiedBenchmarks();
            benchmark::Shutdown();
        }
        team = nullptr;
    }
    if (clusterDir)
        QProcess::execute(QStringLiteral("bash"),
                          {script, QStringLiteral("stop"), clusterDir->filePath(QStringLiteral("pg"))});
    return rc;
}
