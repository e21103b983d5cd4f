// The report's data (collectReport): 45 transcripts of about 10,000 words,
// each an interviewer and two participants in speaker turns (135 cases, 45
// of them left out by role), 20,000 codings, the default matrix with three
// representative quotes per cell spread over documents and speakers, two
// further matrices, the summary and the methods page (languages by script).
// Target: under 2 s.
#include "codebook/codebooktemplate.h"
#include "project/project.h"
#include "project/projectwriter.h"
#include "render/reportdata.h"
#include "text/codepoints.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>

using namespace crosscut;

namespace {

void BM_CollectReport45Transcripts(benchmark::State &state)
{
    QTemporaryDir dir;
    auto project = std::move(Project::create(dir.filePath(QStringLiteral("report.crosscut")))).value();
    (void)codebook::applyTemplate(*project, QStringLiteral("intersectional"));
    QList<Id> leaves;
    const QList<Code> codes = project->codes();
    for (const Code &c : codes)
        if (c.parentId && std::none_of(codes.cbegin(), codes.cend(), [&c](const Code &x) { return x.parentId == c.id; }))
            leaves.append(c.id);
    const QString words[] = {QStringLiteral("leadership"), QString::fromUtf8("сообщество"), QStringLiteral("we"),
                             QString::fromUtf8("قیادت"), QString::fromUtf8("नेतृत्व"), QStringLiteral("services"),
                             QStringLiteral("the"), QStringLiteral("ministry"), QStringLiteral("outreach")};
    QString text;
    for (int w = 0; w < 10000; ++w)
        text += words[w % 9] + QLatin1Char(w % 17 == 16 ? '\n' : ' ');
    const qint64 length = codePointCount(text);
    QRandomGenerator rng(2026);
    const Status built = project->transact(QStringLiteral("benchmark data"), [&](ProjectWriter &w) -> Status {
        const auto coder = w.coderId(QStringLiteral("A"));
        if (!coder)
            return coder.error();
        QList<Id> documents;
        for (int d = 0; d < 45; ++d) {
            NewDocument doc{QStringLiteral("transcript-%1").arg(d), DocumentKind::Interview, text, {}, {}, true};
            // Turns of 200 code points, in turn: the interviewer and two participants.
            const QStringList speakers = {QStringLiteral("Interviewer %1").arg(d), QStringLiteral("Participant %1a").arg(d),
                                          QStringLiteral("Participant %1b").arg(d)};
            for (qint64 start = 0, t = 0; start < length; start += 200, ++t)
                doc.turns.append({start, std::min(length, start + 200), speakers.at(t % 3), std::nullopt, std::nullopt});
            auto id = w.insertDocument(doc);
            if (!id)
                return id.error();
            documents.append(*id);
        }
        for (int k = 0; k < 20000; ++k) {
            const qint64 start = rng.bounded(length - 500);
            auto quote = w.findOrInsertQuote(documents[k % 45], start, start + 20 + rng.bounded(180));
            if (!quote)
                return quote.error();
            if (auto coding = w.insertCoding(*quote, leaves[rng.bounded(leaves.size())], *coder); !coding)
                return coding.error();
        }
        return {};
    });
    if (!built) {
        state.SkipWithError(qPrintable(built.message()));
        return;
    }
    for (const Case &c : project->cases()) {
        const bool interviewer = c.name.startsWith(QLatin1String("Interviewer"));
        (void)project->setAttribute(AttributeScope::Case, c.id, QStringLiteral("Role"),
                                    interviewer ? QStringLiteral("Interviewer") : QStringLiteral("Participant"));
        (void)project->setAttribute(AttributeScope::Case, c.id, QStringLiteral("Country"),
                                    QStringLiteral("Country %1").arg(c.id % 8));
    }
    render::ReportOptions options;
    options.groupAttribute = QStringLiteral("Country");
    options.moreMatrices = {{QStringLiteral("attribute:Country"), QStringLiteral("dimension:Leadership"), QStringLiteral("cases"),
                             QStringLiteral("col")},
                            {QStringLiteral("dimension:Origin"), QStringLiteral("dimension:Nature of advocacy"),
                             QStringLiteral("quotes"), QStringLiteral("row")}};
    int cases = 0, sentences = 0;
    for (auto _ : state) {
        auto data = render::collectReport(*project, options);
        if (!data) {
            state.SkipWithError(qPrintable(data.message()));
            break;
        }
        cases = data->cases;
        sentences = static_cast<int>(data->summary.size());
        benchmark::DoNotOptimize(data->methods.documentsByLanguage);
    }
    state.counters["cases"] = cases;
    state.counters["summary_sentences"] = sentences;
    state.counters["codings"] = project->codingCount();
}
BENCHMARK(BM_CollectReport45Transcripts)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
