// Document portraits and code relations (issue #19): 45 interviews of 10,000
// words, 20,000 codings of the intersectional codebook's values by two
// coders. Targets: the portraits of all 45 documents (snapshot load
// included) under 0.3 s; co-occurrence with Jaccard and drawing the small
// multiples are measured beside them.
#include "analysis/cooccurrence.h"
#include "analysis/portrait.h"
#include "analysis/snapshot.h"
#include "codebook/codebooktemplate.h"
#include "project/project.h"
#include "project/projectwriter.h"
#include "render/portraitrenderer.h"
#include "text/codepoints.h"

#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>

using namespace crosscut;

namespace {

struct Interviews {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    Status built;

    Interviews()
    {
        project = std::move(Project::create(dir.filePath(QStringLiteral("portraits.crosscut")))).value();
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
        QRandomGenerator rng(19);
        built = project->transact(QStringLiteral("benchmark data"), [&](ProjectWriter &w) -> Status {
            const auto a = w.coderId(QStringLiteral("A"));
            const auto b = w.coderId(QStringLiteral("B"));
            if (!a || !b)
                return a ? b.error() : a.error();
            QList<Id> documents;
            for (int d = 0; d < 45; ++d) {
                auto id = w.insertDocument({QStringLiteral("interview-%1").arg(d, 2, 10, QLatin1Char('0')),
                                            DocumentKind::Interview, text, {}, {}, false});
                if (!id)
                    return id.error();
                documents.append(*id);
            }
            for (int k = 0; k < 20000; ++k) {
                const qint64 start = rng.bounded(length - 500);
                auto quote = w.findOrInsertQuote(documents[k % 45], start, start + 20 + rng.bounded(400));
                if (!quote)
                    return quote.error();
                auto coding = w.insertCoding(*quote, leaves[rng.bounded(leaves.size())], k % 3 == 0 ? *b : *a);
                if (!coding)
                    return coding.error();
            }
            return {};
        });
    }
};

Interviews &interviews()
{
    static Interviews data;
    return data;
}

void BM_Portraits45Documents(benchmark::State &state)
{
    Interviews &data = interviews();
    if (!data.built) {
        state.SkipWithError(qPrintable(data.built.message()));
        return;
    }
    qsizetype segments = 0;
    for (auto _ : state) {
        auto result = analysis::computePortraits(*data.project);
        if (!result) {
            state.SkipWithError(qPrintable(result.message()));
            break;
        }
        segments = 0;
        for (const auto &d : result->documents)
            segments += d.segments.size();
        benchmark::DoNotOptimize(segments);
    }
    state.counters["documents"] = 45;
    state.counters["segments"] = static_cast<double>(segments);
}
BENCHMARK(BM_Portraits45Documents)->Unit(benchmark::kMillisecond)->Iterations(10);

void BM_SmallMultiplesImage45Documents(benchmark::State &state)
{
    Interviews &data = interviews();
    auto result = analysis::computePortraits(*data.project);
    if (!result) {
        state.SkipWithError(qPrintable(result.message()));
        return;
    }
    for (auto _ : state) {
        const QImage image = render::portraitImage(*result, std::nullopt, 1400);
        benchmark::DoNotOptimize(image.width());
    }
}
BENCHMARK(BM_SmallMultiplesImage45Documents)->Unit(benchmark::kMillisecond)->Iterations(10);

void BM_CooccurrenceJaccard45Documents(benchmark::State &state)
{
    Interviews &data = interviews();
    auto snapshot = analysis::Snapshot::load(*data.project);
    if (!snapshot) {
        state.SkipWithError(qPrintable(snapshot.message()));
        return;
    }
    for (auto _ : state) {
        auto result = analysis::computeCooccurrence(*snapshot, {});
        if (!result) {
            state.SkipWithError(qPrintable(result.message()));
            break;
        }
        benchmark::DoNotOptimize(result->jaccard.size());
    }
}
BENCHMARK(BM_CooccurrenceJaccard45Documents)->Unit(benchmark::kMillisecond)->Iterations(10);

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);  // fonts for the drawing
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
