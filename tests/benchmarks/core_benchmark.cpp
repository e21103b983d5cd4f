// Core operation latencies. With CROSSCUT_BENCH_PROJECT set to a large
// project (e.g. the one cli_vs_sqlite.sh builds, 1,000,000 codings), the
// coding benchmarks run against a copy of it.
#include "codebook/codebooktemplate.h"
#include "project/project.h"
#include "project/projectwriter.h"
#include "team/handout.h"
#include "team/merge.h"
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


// Merging a team's work (issue: coder copies and merge): three coder copies,
// each with the same 45 documents of 10,000 words and 20,000 codings of its
// own, merged into the master in one operation. Target: under 5 s.
struct TeamBench {
    QTemporaryDir dir;
    QString master = dir.filePath(QStringLiteral("master.crosscut"));
    QStringList copies;

    TeamBench()
    {
        {
            auto m = std::move(Project::create(master)).value();
            (void)codebook::applyTemplate(*m, QStringLiteral("intersectional"));
            const QString words[] = {QStringLiteral("leadership"), QString::fromUtf8("сообщество"), QString::fromUtf8("😀"),
                                     QStringLiteral("advocacy"), QString::fromUtf8("नेतृत्व"), QStringLiteral("silos")};
            (void)m->transact(QStringLiteral("Import"), [&](ProjectWriter &w) -> Status {
                for (int d = 0; d < 45; ++d) {
                    QStringList text;
                    for (int i = 0; i < 10000; ++i)
                        text.append(words[(i * 7 + d) % 6] + QString::number(i % 97));
                    auto id = w.insertDocument({QStringLiteral("interview %1").arg(d), DocumentKind::Interview,
                                                text.join(QLatin1Char(' ')), {}, {}, true});
                    if (!id)
                        return id.error();
                }
                return {};
            });
            for (int c = 0; c < 3; ++c) {
                copies.append(dir.filePath(QStringLiteral("coder%1.crosscut").arg(c)));
                (void)team::handout(*m, {QStringLiteral("coder%1").arg(c), copies.last(), {}, false, {}});
            }
        }
        for (int c = 0; c < 3; ++c) {
            auto p = std::move(Project::open(copies[c])).value();
            p->setCurrentCoder(QStringLiteral("coder%1").arg(c));
            QList<Id> codes;
            for (const Code &code : p->codes())
                if (code.parentId)
                    codes.append(code.id);
            const QList<Document> docs = p->documents();
            (void)p->transact(QStringLiteral("Code"), [&](ProjectWriter &w) -> Status {
                auto coder = w.coderId(p->currentCoder());
                if (!coder)
                    return coder.error();
                QRandomGenerator rng(quint32(c + 1));
                for (int i = 0; i < 20000; ++i) {
                    const Document &d = docs[i % docs.size()];
                    const qint64 start = rng.bounded(d.length - 400);
                    auto quote = w.findOrInsertQuote(d.id, start, start + 1 + rng.bounded(300));
                    if (!quote)
                        return quote.error();
                    auto coded = w.insertCoding(*quote, codes[rng.bounded(codes.size())], *coder);
                    if (!coded)
                        return coded.error();
                }
                return {};
            });
        }
    }
};

void BM_MergeThreeCoderCopies(benchmark::State &state)
{
    TeamBench b;
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString target = b.dir.filePath(QStringLiteral("run%1.crosscut").arg(run++));
        QFile::copy(b.master, target);
        auto m = std::move(Project::open(target)).value();
        QList<team::MergeSource> sources;
        for (const QString &c : b.copies)
            sources.append({c, {}});
        state.ResumeTiming();
        auto r = team::mergeProjects(*m, sources);
        if (!r)
            state.SkipWithError(qPrintable(r.message()));
        else
            state.counters["codings"] = r->codings;
    }
}
BENCHMARK(BM_MergeThreeCoderCopies)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
