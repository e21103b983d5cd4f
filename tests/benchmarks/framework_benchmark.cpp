// Framework matrix (issue #19): 45 cases (one per transcript of 10,000
// words) × 12 values (three dimensions' values in a codes list), over 20,000
// codings, with a summary in a third of the cells. Target: computeFramework
// under 0.3 s.
#include "analysis/framework.h"
#include "codebook/codebooktemplate.h"
#include "project/project.h"
#include "project/projectwriter.h"
#include "text/codepoints.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>

using namespace crosscut;

namespace {

const char *const kColumns =
    "codes:Leadership/Provider-led,Leadership/Key population-led,"
    "Population served/People who use drugs,Population served/LGBT people,Population served/Sex workers,"
    "Population served/People living with HIV,Origin/Public sector,Origin/Civil society,"
    "Nature of advocacy/Health,Nature of advocacy/Rights,Nature of advocacy/Social justice,Perspective/Mixed";

void BM_Framework45CasesBy12Values(benchmark::State &state)
{
    QTemporaryDir dir;
    auto project = std::move(Project::create(dir.filePath(QStringLiteral("framework.crosscut")))).value();
    (void)codebook::applyTemplate(*project, QStringLiteral("intersectional"));
    analysis::FrameworkRequest request;
    request.rows = analysis::FrameworkRows::Cases;
    request.columns = *analysis::AxisSpec::parse(QString::fromUtf8(kColumns));
    QList<Id> columnCodes;
    for (const QString &path : std::as_const(request.columns.codes))
        columnCodes.append(*project->resolveCodePath(path));
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
        const auto coder = w.coderId(QStringLiteral("A"));
        if (!coder)
            return coder.error();
        QList<Id> documents, cases;
        for (int d = 0; d < 45; ++d) {
            auto id = w.insertDocument({QStringLiteral("transcript-%1").arg(d), DocumentKind::Interview, text, {}, {}, false});
            if (!id)
                return id.error();
            auto caseId = w.caseId(QStringLiteral("Organisation %1").arg(d));
            if (!caseId)
                return caseId.error();
            if (Status s = w.exec("INSERT INTO document_case(document_id, case_id) VALUES (?, ?)", {*id, *caseId}); !s)
                return s;
            documents.append(*id);
            cases.append(*caseId);
        }
        for (int k = 0; k < 20000; ++k) {
            const qint64 start = rng.bounded(length - 500);
            auto quote = w.findOrInsertQuote(documents[k % 45], start, start + 20 + rng.bounded(400));
            if (!quote)
                return quote.error();
            if (auto coding = w.insertCoding(*quote, leaves[rng.bounded(leaves.size())], *coder); !coding)
                return coding.error();
        }
        for (int c = 0; c < 45; ++c)
            for (int v = c % 3; v < 12; v += 3)
                if (Status s = w.exec("INSERT INTO framework_summary(row_kind, row_id, code_id, text, author_id, "
                                      "modified_at) VALUES ('case', ?, ?, ?, ?, ?)",
                                      {cases[c], columnCodes[v], QStringLiteral("A summary of what this case says."),
                                       *coder, w.timestamp()});
                    !s)
                    return s;
        return {};
    });
    if (!built) {
        state.SkipWithError(qPrintable(built.message()));
        return;
    }
    int cells = 0;
    for (auto _ : state) {
        auto framework = analysis::computeFramework(*project, request);
        if (!framework) {
            state.SkipWithError(qPrintable(framework.message()));
            break;
        }
        cells = static_cast<int>(framework->rows.size() * framework->columns.size());
        benchmark::DoNotOptimize(framework->summaryCount());
    }
    state.counters["cells"] = cells;
    state.counters["codings"] = project->codingCount();
}
BENCHMARK(BM_Framework45CasesBy12Values)->Unit(benchmark::kMillisecond)->Iterations(10);

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
