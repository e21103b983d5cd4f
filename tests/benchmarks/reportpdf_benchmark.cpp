// The paginated report: a ReportDocument of many pages (200 quotes of
// 40 to 400 words, one in Urdu every ten, a 600-row table, six figures)
// written as PDF (every block laid out alone, then placed on pages) and as
// HTML. Run from a build with -DCROSSCUT_BUILD_BENCHMARKS=ON:
//   build/bench/tests/benchmarks/crosscut_reportpdf_benchmark
#include "render/reportblocks.h"
#include "render/reportformats.h"

#include <QGuiApplication>
#include <QImage>

#include <benchmark/benchmark.h>

using namespace crosscut::render;

namespace {

ReportDocument syntheticReport()
{
    ReportDocument report;
    report.title = QStringLiteral("Evaluation report: benchmark");
    report.date = QDate(2026, 12, 2);
    report.facts = {QStringLiteral("Documents: 45"), QStringLiteral("Quotes: 200")};
    report.confidentiality = QStringLiteral("Confidential.");
    report.blocks.append(ReportContents{});
    const QStringList words = {QStringLiteral("outreach"), QStringLiteral("workers"), QStringLiteral("meet"), QStringLiteral("peers"),
                               QStringLiteral("at"), QStringLiteral("night"), QStringLiteral("and"), QStringLiteral("the"),
                               QStringLiteral("clinic"), QStringLiteral("stays"), QStringLiteral("open")};
    for (int s = 0; s < 4; ++s) {
        ReportHeading h;
        h.text = QStringLiteral("%1. Section").arg(s + 1);
        h.anchor = QStringLiteral("s%1").arg(s);
        report.blocks.append(h);
        for (int q = 0; q < 50; ++q) {
            ReportQuote quote;
            QStringList text;
            for (int w = 0; w < 40 + (q * 37) % 360; ++w)
                text.append(words.at((w + q) % words.size()));
            quote.text = q % 10 == 0 ? QStringLiteral("ہم اپنی کمیونٹی کے لیے خود فیصلے کرتے ہیں") : text.join(QLatin1Char(' '));
            quote.rightToLeft = q % 10 == 0;
            quote.attribution = QStringLiteral("Akinyi · 01-kenya-sex-worker-collective · ¶%1").arg(q + 1);
            quote.codes = {QStringLiteral("Leadership/Key population-led"), QStringLiteral("Population served/Sex workers")};
            report.blocks.append(quote);
        }
    }
    ReportTable table;
    table.rows.append({ReportCell{plainText(QStringLiteral("Code")), {}, false, false},
                       ReportCell{plainText(QStringLiteral("Description")), {}, false, false},
                       ReportCell{plainText(QStringLiteral("Codings")), {}, false, false}});
    for (int r = 0; r < 600; ++r)
        table.rows.append({ReportCell{plainText(QStringLiteral("Theme %1").arg(r)), {}, false, false},
                           ReportCell{plainText(QStringLiteral("What partners said about theme %1.").arg(r)), {}, false, false},
                           ReportCell{plainText(QString::number(r)), {}, true, false}});
    report.blocks.append(table);
    QImage image(1720, 1000, QImage::Format_RGB32);
    image.fill(QColor(0x1F, 0x3A, 0x5F));
    for (int f = 0; f < 6; ++f)
        report.blocks.append(ReportFigure{image, 160, QStringLiteral("A chart"), QStringLiteral("A caption.")});
    return report;
}

void BM_ReportPdf(benchmark::State &state)
{
    const ReportDocument report = syntheticReport();
    qint64 bytes = 0;
    for (auto _ : state) {
        auto pdf = reportDocumentPdf(report);
        bytes = pdf ? pdf->size() : 0;
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["bytes"] = double(bytes);
}
BENCHMARK(BM_ReportPdf)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ReportHtml(benchmark::State &state)
{
    const ReportDocument report = syntheticReport();
    for (auto _ : state)
        benchmark::DoNotOptimize(reportDocumentHtml(report, ReportImages::Embedded).size());
}
BENCHMARK(BM_ReportHtml)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);  // fonts and painting
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
