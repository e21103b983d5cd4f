// Survey import (issue 17): 5,000 respondents × 40 columns (10 of them open
// answers) read from CSV and written into a new project, as
// `crosscut-cli survey` does. Target: under 5 s. The CSV is generated first.
#include "project/project.h"
#include "survey/surveycolumns.h"
#include "survey/surveyimport.h"
#include "survey/surveytable.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace crosscut;

namespace {

constexpr int kRespondents = 5000;
constexpr int kClosed = 29;  // besides the identifier
constexpr int kOpen = 10;

QString surveyPath()
{
    static QTemporaryDir dir;
    static QString path;
    if (!path.isEmpty())
        return path;
    const QStringList countries = {QStringLiteral("Kenya"), QStringLiteral("Kyrgyzstan"), QStringLiteral("Ukraine"),
                                   QStringLiteral("Indonesia"), QStringLiteral("Nepal"), QStringLiteral("Pakistan"),
                                   QStringLiteral("Tajikistan"), QStringLiteral("Georgia")};
    const QStringList answers = {
        QStringLiteral("Working in silos; each network guards its own donors and \"its\" population."),
        QStringLiteral("Трудно доверять партнёрам, когда финансирование конкурентное 🤝"),
        QStringLiteral("Identity politics:\nwho speaks for sex workers, and who only implements?"),
        QStringLiteral("نیٹ ورک کے اندر اعتماد کی کمی"),
        QStringLiteral("Referrals work when the clinic staff know our peer workers by name.")};
    QString csv = QStringLiteral("respondent");
    for (int c = 0; c < kClosed; ++c)
        csv += QStringLiteral(",Q%1 closed").arg(c + 1);
    for (int c = 0; c < kOpen; ++c)
        csv += QStringLiteral(",O%1 – open question %1?").arg(c + 1);
    csv += QStringLiteral("\r\n");
    for (int r = 0; r < kRespondents; ++r) {
        csv += QStringLiteral("R%1").arg(r, 5, 10, QLatin1Char('0'));
        for (int c = 0; c < kClosed; ++c) {
            switch (c % 4) {
            case 0: csv += u',' + countries.at((r + c) % countries.size()); break;
            case 1: csv += u',' + QString::number((r * 7 + c) % 250); break;
            case 2: csv += u',' + QStringLiteral("20%1-0%2-1%3").arg(10 + r % 14).arg(1 + r % 9).arg(r % 10); break;
            default: csv += QStringLiteral(",free text %1 from respondent %2").arg(c).arg(r); break;
            }
        }
        for (int c = 0; c < kOpen; ++c) {
            QString a = answers.at((r + c) % answers.size());
            a.replace(u'"', QStringLiteral("\"\""));
            csv += (r + c) % 7 == 0 ? QStringLiteral(",") : QStringLiteral(",\"") + a + QStringLiteral("\"");
        }
        csv += QStringLiteral("\r\n");
    }
    path = dir.filePath(QStringLiteral("survey.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(csv.toUtf8());
    return path;
}

survey::SurveyImportOptions cliPlan(const survey::SurveyTable &table)
{
    survey::SurveyImportOptions options;
    for (int c = 0; c < table.columnCount(); ++c)
        options.columns.append({c == 0 ? survey::ColumnRole::Identifier
                                       : c > kClosed ? survey::ColumnRole::Open : survey::ColumnRole::Closed,
                                survey::detectType(table, c)});
    return options;
}

void BM_SurveyRead5000x40(benchmark::State &state)
{
    const QString path = surveyPath();
    for (auto _ : state) {
        auto table = survey::readSurveyTable(path);
        if (!table || table->rows.size() != kRespondents) {
            state.SkipWithError(table ? "wrong row count" : table.message().toUtf8().constData());
            return;
        }
        benchmark::DoNotOptimize(table->rows.size());
    }
}
BENCHMARK(BM_SurveyRead5000x40)->Unit(benchmark::kMillisecond)->Iterations(3);

// Read, detect the types, import into a new project (one operation).
void BM_SurveyImport5000x40(benchmark::State &state)
{
    const QString path = surveyPath();
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto project = Project::create(dir.filePath(QStringLiteral("p%1.crosscut").arg(n++)));
        if (!project) {
            state.SkipWithError(project.message().toUtf8().constData());
            return;
        }
        state.ResumeTiming();
        auto table = survey::readSurveyTable(path);
        if (!table) {
            state.SkipWithError(table.message().toUtf8().constData());
            return;
        }
        auto report = survey::importSurvey(**project, *table, cliPlan(*table));
        if (!report || report->respondents != kRespondents) {
            state.SkipWithError(report ? "wrong respondent count" : report.message().toUtf8().constData());
            return;
        }
        state.counters["answers"] = report->answers;
        state.counters["values"] = report->values;
        state.PauseTiming();
        project->reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_SurveyImport5000x40)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
