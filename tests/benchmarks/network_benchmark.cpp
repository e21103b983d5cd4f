// Collaboration network (issue #17): 2,000 organisations and 20,000 ties in
// two waves. Targets: the measures under 0.5 s, the layout under 3 s; the
// drawing of both waves side by side to PNG (render/networkrenderer.h).
//   cmake --preset bench && cmake --build build/bench --target crosscut_network_benchmark
//   build/bench/tests/benchmarks/crosscut_network_benchmark
#include "network/network.h"
#include "network/ties.h"
#include "project/projectwriter.h"

#include "network/measuretable.h"
#if __has_include("render/networkrenderer.h")
#include "render/networkrenderer.h"
#define CROSSCUT_BENCH_DRAWING 1
#include <QGuiApplication>
#endif

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>

using namespace crosscut;

namespace {

constexpr int kOrganisations = 2000;
constexpr int kTies = 20000;

struct NetworkBench {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    network::NetworkSpec spec{QStringLiteral("Population served"), std::nullopt, std::nullopt};

    NetworkBench()
    {
        project = std::move(Project::create(dir.filePath(QStringLiteral("network.crosscut")))).value();
        const QStringList populations{QStringLiteral("People who use drugs"), QStringLiteral("LGBT people"),
                                      QStringLiteral("Sex workers"), QStringLiteral("People living with HIV")};
        const QStringList types{QStringLiteral("Local"), QStringLiteral("Alliance member"), QStringLiteral("Global")};
        QRandomGenerator random(17);
        Status s = project->transact(QStringLiteral("Organisations"), [&](ProjectWriter &w) -> Status {
            for (int i = 0; i < kOrganisations; ++i) {
                auto id = w.caseId(QStringLiteral("Organisation %1").arg(i));
                if (!id)
                    return id.error();
                if (i % 50 != 0)  // a few without a value
                    if (Status a = w.setAttribute(AttributeScope::Case, *id, QStringLiteral("Population served"),
                                                  populations[random.bounded(4)], AttributeType::Text);
                        !a)
                        return a;
                if (Status t = w.setAttribute(AttributeScope::Case, *id, QStringLiteral("Organisation type"),
                                              types[random.bounded(3)], AttributeType::Text);
                    !t)
                    return t;
            }
            return {};
        });
        if (!s)
            qFatal("%s", qPrintable(s.message()));
        QList<network::TieInput> ties;
        QSet<QString> seen;  // 20,000 distinct ties: no pair twice in a wave
        while (ties.size() < kTies) {
            const int a = random.bounded(kOrganisations), b = random.bounded(kOrganisations);
            const QString wave = random.bounded(2) ? QStringLiteral("2019") : QStringLiteral("2022");
            if (a == b || seen.contains(QStringLiteral("%1-%2-").arg(std::min(a, b)).arg(std::max(a, b)) + wave))
                continue;
            seen.insert(QStringLiteral("%1-%2-").arg(std::min(a, b)).arg(std::max(a, b)) + wave);
            ties.append({QStringLiteral("Organisation %1").arg(a), QStringLiteral("Organisation %1").arg(b), wave, {}, 0});
        }
        auto added = network::addTies(*project, ties, QStringLiteral("benchmark"));
        if (!added)
            qFatal("%s", qPrintable(added.message()));
    }
};

NetworkBench &bench()
{
    static NetworkBench b;
    return b;
}

// The whole path: reading the project and computing every group's figures.
void BM_NetworkMeasures(benchmark::State &state)
{
    NetworkBench &b = bench();
    for (auto _ : state) {
        auto m = network::measure(*b.project, b.spec);
        benchmark::DoNotOptimize(m);
    }
    state.counters["ties"] = double(network::ties(*b.project).size());
}
BENCHMARK(BM_NetworkMeasures)->Unit(benchmark::kMillisecond);

void BM_NetworkMeasuresOneWave(benchmark::State &state)
{
    NetworkBench &b = bench();
    network::NetworkSpec spec = b.spec;
    spec.wave = QStringLiteral("2022");
    for (auto _ : state) {
        auto m = network::measure(*b.project, spec);
        benchmark::DoNotOptimize(m);
    }
}
BENCHMARK(BM_NetworkMeasuresOneWave)->Unit(benchmark::kMillisecond);

void BM_NodeMeasures(benchmark::State &state)
{
    NetworkBench &b = bench();
    for (auto _ : state) {
        auto m = network::nodeMeasures(*b.project, b.spec);
        benchmark::DoNotOptimize(m);
    }
}
BENCHMARK(BM_NodeMeasures)->Unit(benchmark::kMillisecond);

void BM_Layout(benchmark::State &state)
{
    NetworkBench &b = bench();
    for (auto _ : state) {
        auto positions = network::layout(*b.project, b.spec, 1);
        benchmark::DoNotOptimize(positions);
    }
}
BENCHMARK(BM_Layout)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_GraphMLExport(benchmark::State &state)
{
    NetworkBench &b = bench();
    for (auto _ : state) {
        auto graph = network::readGraph(*b.project, b.spec, true);
        benchmark::DoNotOptimize(network::toGraphML(*graph));
    }
}
BENCHMARK(BM_GraphMLExport)->Unit(benchmark::kMillisecond);

#ifdef CROSSCUT_BENCH_DRAWING
// Both waves side by side to a 1500×820 PNG, the layout (of the union) done
// once: what redrawing costs. The next one includes the layout.
void BM_DrawNetworkPng(benchmark::State &state)
{
    NetworkBench &b = bench();
    auto graphs = network::readWaves(*b.project, b.spec.groupAttribute);
    auto scene = render::makeNetworkScene(*graphs, b.spec.groupAttribute, QStringLiteral("Benchmark"));
    if (!scene)
        qFatal("%s", qPrintable(scene.message()));
    qint64 bytes = 0;
    for (auto _ : state) {
        const QByteArray png = render::networkPng(*scene, render::defaultNetworkSize(*scene));
        bytes = png.size();
        benchmark::DoNotOptimize(png);
    }
    state.counters["png_kB"] = double(bytes) / 1024;
}
BENCHMARK(BM_DrawNetworkPng)->Unit(benchmark::kMillisecond);

void BM_NetworkFigureFromProject(benchmark::State &state)
{
    NetworkBench &b = bench();
    for (auto _ : state) {
        auto graphs = network::readWaves(*b.project, b.spec.groupAttribute);
        auto scene = render::makeNetworkScene(*graphs, b.spec.groupAttribute, QStringLiteral("Benchmark"));
        benchmark::DoNotOptimize(render::networkPng(*scene, render::defaultNetworkSize(*scene)));
    }
}
BENCHMARK(BM_NetworkFigureFromProject)->Unit(benchmark::kMillisecond)->Iterations(3);
#endif

}  // namespace

int main(int argc, char **argv)
{
#ifdef CROSSCUT_BENCH_DRAWING
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
