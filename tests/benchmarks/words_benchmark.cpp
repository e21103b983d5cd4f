// Word frequencies (issue 19): 45 transcripts of 10,000 words each, in
// English, Russian and Urdu with emoji, speaker turns linked to cases that
// carry a Country. Target: under 0.5 s from the project file (cold: every
// document read and tokenised), as `crosscut-cli words` and the Words tab's
// first count do. The warm case is the tab counting again after a control
// changed (tokens kept by WordIndex).
#include "project/project.h"
#include "text/stopwords.h"
#include "text/words.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace crosscut;

namespace {

constexpr int kTranscripts = 45;
constexpr int kWords = 10000;

Project &benchProject()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Project> project;
    if (project)
        return *project;
    auto created = Project::create(dir.filePath(QStringLiteral("words.crosscut")));
    if (!created)
        qFatal("cannot create the project: %s", qPrintable(created.message()));
    project = std::move(created).value();
    const QStringList vocabulary = QString::fromUtf8(
        "peer educators outreach workers the and of to in we they community clinic stigma funding network "
        "key population led organisation partners advocacy rights services referrals trust donors silos "
        "равные консультанты сообщество клиника финансирование доверие партнёры и в не что мы "
        "ہم ساتھ ہیں کمیونٹی اعتماد نیٹ ورک کے اندر 👍 🤝 2024")
                                         .split(u' ');
    const QStringList speakers = {QStringLiteral("Asel"), QStringLiteral("Dmytro"), QStringLiteral("Farah"),
                                  QStringLiteral("Wanjiru"), QStringLiteral("Ketut")};
    const QStringList countries = {QStringLiteral("Kyrgyzstan"), QStringLiteral("Ukraine"), QStringLiteral("Pakistan"),
                                   QStringLiteral("Kenya"), QStringLiteral("Indonesia")};
    quint32 seed = 12345;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    for (int t = 0; t < kTranscripts; ++t) {
        NewDocument doc;
        doc.name = QStringLiteral("transcript %1").arg(t + 1, 2, 10, QLatin1Char('0'));
        doc.kind = DocumentKind::FocusGroup;
        qint64 at = 0;  // code points
        int words = 0;
        while (words < kWords) {
            const QString speaker = speakers[int(next() % speakers.size())];
            QString line = speaker + QStringLiteral(": ");
            const int n = 20 + int(next() % 60);
            for (int w = 0; w < n; ++w) {
                line += vocabulary[int(next() % vocabulary.size())];
                line += (w + 1) % 12 == 0 ? QStringLiteral(". ") : w + 1 < n ? QStringLiteral(" ") : QStringLiteral(".");
            }
            words += n + 1;
            const qint64 length = line.toUcs4().size();
            doc.turns.append({at, at + length, speaker});
            doc.text += line + u'\n';
            at += length + 1;
        }
        if (auto added = project->addDocument(doc); !added)
            qFatal("cannot add a transcript: %s", qPrintable(added.message()));
    }
    for (int s = 0; s < speakers.size(); ++s) {
        const auto found = project->findCase(speakers[s]);
        if (!found || !project->setAttribute(AttributeScope::Case, found->id, QStringLiteral("Country"), countries[s]))
            qFatal("cannot set the speakers' countries");
    }
    return *project;
}

text::WordRequest request(int ngram, text::WordGrouping grouping = text::WordGrouping::None)
{
    text::WordRequest r;
    r.ngram = ngram;
    r.grouping = grouping;
    r.attribute = QStringLiteral("Country");
    r.stopWords = *text::projectStopWords(benchProject(), {QStringLiteral("en"), QStringLiteral("ru")});
    return r;
}

void run(benchmark::State &state, const text::WordRequest &r, bool warm)
{
    Project &project = benchProject();
    text::WordIndex kept(project);
    qint64 tokens = 0;
    if (warm)
        (void)kept.count(r);
    for (auto _ : state) {
        text::WordIndex fresh(project);
        auto result = (warm ? kept : fresh).count(r);
        if (!result)
            state.SkipWithError(qPrintable(result.message()));
        else
            tokens = result->tokens;
        benchmark::DoNotOptimize(result);
    }
    state.counters["tokens"] = double(tokens);
}

void BM_WordsCold(benchmark::State &state) { run(state, request(1), false); }
void BM_PhrasesOf3Cold(benchmark::State &state)
{
    text::WordRequest r = request(3);
    r.top = 200;  // as the Words tab asks
    run(state, r, false);
}
void BM_WordsPerCountryCold(benchmark::State &state) { run(state, request(1, text::WordGrouping::CaseAttribute), false); }
void BM_WordsPerDocumentWarm(benchmark::State &state) { run(state, request(2, text::WordGrouping::Document), true); }

}  // namespace

BENCHMARK(BM_WordsCold)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_PhrasesOf3Cold)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_WordsPerCountryCold)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_WordsPerDocumentWarm)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK_MAIN();
