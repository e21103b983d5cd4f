// Core operation latencies. With CROSSCUT_BENCH_PROJECT set to a large
// project (e.g. the one cli_vs_sqlite.sh builds, 1,000,000 codings), the
// coding benchmarks run against a copy of it.
#include "codebook/codebooktemplate.h"
#include "project/project.h"
#include "text/codepoints.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace crosscut;

namespace {

QString largeText(int codePoints)
{
    QString s;
    const QString words[] = {QStringLiteral("leadership "), QString::fromUtf8("сообщество "), QString::fromUtf8("😀 "),
                             QString::fromUtf8("قیادت "), QString::fromUtf8("नेतृत्व ")};
    int i = 0;
    while (codePointCount(s) < codePoints)
        s += words[i++ % 5];
    return s;
}

struct BenchProject {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    Id document = 0;
    qint64 length = 0;
    QList<Id> codes;

    BenchProject()
    {
        const QString source = qEnvironmentVariable("CROSSCUT_BENCH_PROJECT");
        const QString path = dir.filePath(QStringLiteral("bench.crosscut"));
        if (!source.isEmpty() && QFile::copy(source, path)) {
            project = std::move(Project::open(path)).value();
        } else {
            project = std::move(Project::create(path)).value();
            (void)codebook::applyTemplate(*project, QStringLiteral("intersectional"));
            (void)project->addDocument({QStringLiteral("big"), DocumentKind::Interview, largeText(300000), {}, {}, true});
        }
        const Document doc = project->documents().first();
        document = doc.id;
        length = doc.length;
        for (const Code &c : project->codes())
            if (c.parentId)
                codes.append(c.id);
    }
};

void BM_ApplyCode(benchmark::State &state)
{
    BenchProject b;
    auto *rng = QRandomGenerator::global();
    benchmark::DoNotOptimize(b.project->codingCount());
    for (auto _ : state) {
        const qint64 start = rng->bounded(b.length - 500);
        auto r = b.project->applyCode(b.document, start, start + 1 + rng->bounded(400), b.codes[rng->bounded(b.codes.size())]);
        if (!r)
            state.SkipWithError(qPrintable(r.message()));
    }
    state.counters["codings"] = b.project->codingCount();
}
BENCHMARK(BM_ApplyCode)->Unit(benchmark::kMillisecond)->Iterations(200);

void BM_UndoRedo(benchmark::State &state)
{
    BenchProject b;
    (void)b.project->applyCode(b.document, 10, 20, b.codes.first());
    for (auto _ : state) {
        (void)b.project->undo();
        (void)b.project->redo();
    }
}
BENCHMARK(BM_UndoRedo)->Unit(benchmark::kMillisecond)->Iterations(100);

void BM_CodePointIndex300k(benchmark::State &state)
{
    const QString text = largeText(300000);
    for (auto _ : state) {
        CodePointIndex index(text);
        benchmark::DoNotOptimize(index.toUtf16(150000));
    }
}
BENCHMARK(BM_CodePointIndex300k)->Unit(benchmark::kMillisecond);

void BM_CodePointLookup(benchmark::State &state)
{
    const QString text = largeText(300000);
    const CodePointIndex index(text);
    qsizetype cp = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(index.toCodePoint(index.toUtf16(cp)));
        cp = (cp + 7919) % 300000;
    }
}
BENCHMARK(BM_CodePointLookup);

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
