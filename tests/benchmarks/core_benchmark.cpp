// Core operation latencies. With CROSSCUT_BENCH_PROJECT set to a large
// project (e.g. the one cli_vs_sqlite.sh builds, 1,000,000 codings), the
// coding benchmarks run against a copy of it.
#include "codebook/codebooktemplate.h"
#include "project/project.h"
#include "project/projectwriter.h"
#include "team/agreement.h"
#include "text/codepoints.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>

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

// Agreement (issue: team coding): two coders on 45 transcripts of 10,000
// words with 20,000 codings each, the whole intersectional codebook. Coder B
// follows A's codings with shifted boundaries most of the time. The target is
// under a second per computeAgreement.
void BM_AgreementTwoCoders45Transcripts(benchmark::State &state)
{
    QTemporaryDir dir;
    auto project = std::move(Project::create(dir.filePath(QStringLiteral("agreement.crosscut")))).value();
    (void)codebook::applyTemplate(*project, QStringLiteral("intersectional"));
    QList<Id> leaves;
    const QList<Code> codes = project->codes();
    for (const Code &c : codes)
        if (std::none_of(codes.cbegin(), codes.cend(), [&c](const Code &x) { return x.parentId == c.id; }))
            leaves.append(c.id);
    const QString words[] = {QStringLiteral("leadership"), QString::fromUtf8("сообщество"), QStringLiteral("we"),
                             QString::fromUtf8("قیادت"), QString::fromUtf8("नेतृत्व"), QStringLiteral("services"),
                             QString::fromUtf8("😀"), QStringLiteral("the"), QStringLiteral("ministry")};
    QString text;
    for (int w = 0; w < 10000; ++w)
        text += words[w % 9] + QLatin1Char(w % 17 == 16 ? '\n' : ' ');
    const qint64 length = codePointCount(text);
    QRandomGenerator rng(2026);
    const Status built = project->transact(QStringLiteral("benchmark data"), [&](ProjectWriter &w) -> Status {
        const auto a = w.coderId(QStringLiteral("A"));
        const auto b = w.coderId(QStringLiteral("B"));
        if (!a || !b)
            return a ? b.error() : a.error();
        QList<Id> documents;
        for (int d = 0; d < 45; ++d) {
            auto id = w.insertDocument({QStringLiteral("transcript-%1").arg(d), DocumentKind::Interview, text, {}, {}, false});
            if (!id)
                return id.error();
            documents.append(*id);
        }
        auto code = [&](Id document, qint64 start, qint64 end, Id codeId, Id coder) -> Status {
            start = std::clamp<qint64>(start, 0, length - 1);
            end = std::clamp<qint64>(end, start + 1, length);
            auto quote = w.findOrInsertQuote(document, start, end);
            if (!quote)
                return quote.error();
            auto coding = w.insertCoding(*quote, codeId, coder);
            return coding ? Status() : Status(coding.error());
        };
        for (int k = 0; k < 20000; ++k) {
            const Id document = documents[k % 45];
            const qint64 start = rng.bounded(length - 500);
            const qint64 end = start + 20 + rng.bounded(400);
            const Id codeId = leaves[rng.bounded(leaves.size())];
            if (Status s = code(document, start, end, codeId, *a); !s)
                return s;
            // B: the same stretch with other boundaries (70%), or somewhere else.
            const Status s = rng.bounded(10) < 7
                                 ? code(document, start + rng.bounded(41) - 20, end + rng.bounded(41) - 20, codeId, *b)
                                 : code(documents[rng.bounded(45)], rng.bounded(length - 500), rng.bounded(length - 500) + 200,
                                        leaves[rng.bounded(leaves.size())], *b);
            if (!s)
                return s;
        }
        return {};
    });
    if (!built) {
        state.SkipWithError(qPrintable(built.message()));
        return;
    }
    const team::AgreementOptions options{{QStringLiteral("A"), QStringLiteral("B")}, {}, {}};
    for (auto _ : state) {
        auto report = team::computeAgreement(*project, options);
        if (!report) {
            state.SkipWithError(qPrintable(report.message()));
            break;
        }
        benchmark::DoNotOptimize(report->meanCodes.size());
    }
    state.counters["codings"] = project->codingCount();
    state.counters["codes"] = static_cast<double>(codes.size());
}
BENCHMARK(BM_AgreementTwoCoders45Transcripts)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
