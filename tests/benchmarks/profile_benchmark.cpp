// Positional profiles drawn (issue #13 item 4): 45 cases (one interview
// each), 6,000 codings of the intersectional codebook's dimension values.
// Measured: computing the profiles (snapshot load included, every quote's
// position kept) and drawing the report's profile figures (profileBlocks:
// dot plots of every bipolar dimension split into images of ≤ 25 cases, the
// case × dimension grids, at 2× for print). Target: the figures under 1 s.
#include "analysis/profiles.h"
#include "codebook/codebooktemplate.h"
#include "project/project.h"
#include "project/projectwriter.h"
#include "render/reportcontent.h"

#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>

using namespace crosscut;

namespace {

struct Partners {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    Status built;

    Partners()
    {
        project = std::move(Project::create(dir.filePath(QStringLiteral("profiles.crosscut")))).value();
        (void)codebook::applyTemplate(*project, QStringLiteral("intersectional"));
        // The values of the dimensions: codes whose parent is a dimension.
        QList<Id> values;
        const QList<Code> codes = project->codes();
        for (const Code &c : codes)
            if (c.parentId && std::any_of(codes.cbegin(), codes.cend(), [&c](const Code &x) { return x.id == *c.parentId && x.isDimension; }))
                values.append(c.id);
        QString text;
        for (int w = 0; w < 3000; ++w)
            text += QStringLiteral("partners speak from different positions ");
        QRandomGenerator rng(13);
        built = project->transact(QStringLiteral("benchmark data"), [&](ProjectWriter &w) -> Status {
            const auto coder = w.coderId(QStringLiteral("A"));
            if (!coder)
                return coder.error();
            QList<Id> documents;
            for (int d = 0; d < 45; ++d) {
                auto id = w.insertDocument({QStringLiteral("interview-%1").arg(d, 2, 10, QLatin1Char('0')),
                                            DocumentKind::Interview, text, {}, {}, false});
                if (!id)
                    return id.error();
                documents.append(*id);
            }
            for (int k = 0; k < 6000; ++k) {
                const qint64 start = rng.bounded(static_cast<int>(text.size()) - 500);
                auto quote = w.findOrInsertQuote(documents[k % 45], start, start + 20 + rng.bounded(400));
                if (!quote)
                    return quote.error();
                // A few codings at an explicit position between the poles.
                const std::optional<double> position =
                    k % 7 == 0 ? std::optional<double>(rng.bounded(200) / 100.0 - 1.0) : std::nullopt;
                auto coding = w.insertCoding(*quote, values[rng.bounded(values.size())], *coder, position);
                if (!coding)
                    return coding.error();
            }
            return {};
        });
        if (!built)
            return;
        for (int d = 0; d < 45; ++d) {
            auto c = project->addCase(QStringLiteral("Partner organisation %1").arg(d, 2, 10, QLatin1Char('0')));
            const auto docs = project->documents();
            if (!c) {
                built = c.error();
                return;
            }
            if (Status s = project->addDocumentToCase(docs[d].id, *c); !s) {
                built = s;
                return;
            }
        }
    }
};

Partners &partners()
{
    static Partners data;
    return data;
}

void BM_Profiles45Cases(benchmark::State &state)
{
    Partners &data = partners();
    if (!data.built) {
        state.SkipWithError(qPrintable(data.built.message()));
        return;
    }
    qsizetype positioned = 0;
    for (auto _ : state) {
        auto result = analysis::computeProfiles(*data.project, {});
        if (!result) {
            state.SkipWithError(qPrintable(result.message()));
            break;
        }
        positioned = 0;
        for (const auto &c : result->cases)
            for (const auto &d : c.dimensions)
                positioned += d.positions.size();
        benchmark::DoNotOptimize(positioned);
    }
    state.counters["cases"] = 45;
    state.counters["positioned"] = static_cast<double>(positioned);
}
BENCHMARK(BM_Profiles45Cases)->Unit(benchmark::kMillisecond)->Iterations(10);

void BM_ProfileFigures45Cases(benchmark::State &state)
{
    Partners &data = partners();
    auto result = analysis::computeProfiles(*data.project, {});
    if (!result) {
        state.SkipWithError(qPrintable(result.message()));
        return;
    }
    render::ReportData report;
    report.profiles = *result;
    qsizetype figures = 0;
    for (auto _ : state) {
        figures = 0;
        for (const auto &block : render::profileBlocks(report))
            figures += std::holds_alternative<render::ReportFigure>(block) ? 1 : 0;
        benchmark::DoNotOptimize(figures);
    }
    state.counters["figures"] = static_cast<double>(figures);
}
BENCHMARK(BM_ProfileFigures45Cases)->Unit(benchmark::kMillisecond)->Iterations(5);

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
