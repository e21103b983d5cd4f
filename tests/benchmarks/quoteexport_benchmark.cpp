// Quote export (issue #13 item 6): 5,000 quotes over 45 interviews with
// speaker turns, a case and two document attributes each; the rows
// collected (attribution, cases, attributes, memos), then written as XLSX,
// DOCX, HTML and CSV. Target: 5,000 quotes collected and written under 2 s
// per format.
#include "codebook/codebooktemplate.h"
#include "export/quoteexport.h"
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

struct Corpus {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    QList<Id> quotes;
};

Corpus &corpus()
{
    static Corpus c = [] {
        Corpus out;
        out.project = std::move(Project::create(out.dir.filePath(QStringLiteral("quotes.crosscut")))).value();
        Project &p = *out.project;
        (void)codebook::applyTemplate(p, QStringLiteral("intersectional"));
        QList<Id> leaves;
        const QList<Code> codes = p.codes();
        for (const Code &code : codes)
            if (std::none_of(codes.cbegin(), codes.cend(), [&code](const Code &x) { return x.parentId == code.id; }))
                leaves.append(code.id);
        const QString words[] = {QStringLiteral("leadership"), QString::fromUtf8("сообщество"), QStringLiteral("we"),
                                 QString::fromUtf8("قیادت"), QStringLiteral("services"), QStringLiteral("the")};
        QList<Id> documents;
        for (int d = 0; d < 45; ++d) {
            NewDocument doc;
            doc.name = QStringLiteral("interview-%1").arg(d);
            qint64 at = 0;
            for (int t = 0; t < 60; ++t) {
                QString line = (t % 2 ? QStringLiteral("Participant%1: ").arg(d) : QStringLiteral("Interviewer: "));
                for (int w = 0; w < 60; ++w)
                    line += words[(w + t) % 6] + QLatin1Char(' ');
                const qint64 length = codePointCount(line);
                doc.turns.append({at, at + length, t % 2 ? QStringLiteral("Participant%1").arg(d) : QStringLiteral("Interviewer"), {}, {}});
                doc.text += line + QLatin1Char('\n');
                at += length + 1;
            }
            auto id = p.addDocument(doc);
            documents.append(*id);
            (void)p.setAttribute(AttributeScope::Document, *id, QStringLiteral("Country"), QStringLiteral("Country %1").arg(d % 8));
            (void)p.setAttribute(AttributeScope::Document, *id, QStringLiteral("Level"), QStringLiteral("Level %1").arg(d % 3));
            if (auto c = p.findCase(QStringLiteral("Participant%1").arg(d)))
                (void)p.setAttribute(AttributeScope::Case, c->id, QStringLiteral("Population"), QStringLiteral("Population %1").arg(d % 4));
        }
        QRandomGenerator rng(2026);
        (void)p.transact(QStringLiteral("benchmark quotes"), [&](ProjectWriter &w) -> Status {
            const auto coder = w.coderId(QStringLiteral("A"));
            if (!coder)
                return coder.error();
            for (int k = 0; k < 5000; ++k) {
                const qint64 start = rng.bounded(20000);
                auto quote = w.findOrInsertQuote(documents[k % 45], start, start + 20 + rng.bounded(300));
                if (!quote)
                    return quote.error();
                if (auto coding = w.insertCoding(*quote, leaves[rng.bounded(leaves.size())], *coder); !coding)
                    return coding.error();
            }
            return {};
        });
        for (const Quote &q : p.quotes())
            out.quotes.append(q.id);
        return out;
    }();
    return c;
}

void BM_CollectQuoteExport(benchmark::State &state)
{
    Corpus &c = corpus();
    for (auto _ : state) {
        auto rows = exporting::collectQuoteExport(*c.project, c.quotes, {});
        benchmark::DoNotOptimize(rows);
    }
    state.counters["quotes"] = static_cast<double>(c.quotes.size());
}

void BM_WriteQuotes(benchmark::State &state, const char *format)
{
    Corpus &c = corpus();
    const QString path = c.dir.filePath(QStringLiteral("out.") + QString::fromLatin1(format));
    for (auto _ : state) {
        auto rows = exporting::collectQuoteExport(*c.project, c.quotes, {});
        const Status written = exporting::writeQuotes(path, QString::fromLatin1(format), *rows);
        if (!written)
            state.SkipWithError(written.message().toUtf8().constData());
    }
    state.counters["quotes"] = static_cast<double>(c.quotes.size());
}

BENCHMARK(BM_CollectQuoteExport)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_WriteQuotes, xlsx, "xlsx")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_WriteQuotes, docx, "docx")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_WriteQuotes, html, "html")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_WriteQuotes, csv, "csv")->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
