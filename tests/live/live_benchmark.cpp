// Benchmark (not a test): committing a live utterance with codes in a project
// that already holds 1,000,000 codings, while the session's text grows to
// about 300,000 code points. Prints per-commit latency percentiles.
//   crosscut_live_benchmark [DIR]
#include "live/livesession.h"
#include "project/project.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>
#include <cstdio>

using namespace crosscut;

namespace {

// The 1,000,000 background codings are bulk-inserted directly: this is the
// benchmark's fixture, not an operation anyone performs.
bool fill(Project &project, int documents, int quotesPerDocument, int codesPerQuote, const QList<Id> &codes)
{
    sql::Database &db = project.database();
    sql::Transaction tx(db);
    if (!tx.begun())
        return false;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!db.exec(QStringLiteral("INSERT INTO coder(name) VALUES ('bench')")))
        return false;
    const Id coder = db.lastInsertId();
    auto insDoc = db.prepare(QStringLiteral("INSERT INTO document(name, kind, text, length, imported_at) VALUES (?, 'interview', ?, ?, ?)"));
    auto insQuote = db.prepare(QStringLiteral("INSERT INTO quote(document_id, start, end, creator_id, created_at) VALUES (?, ?, ?, ?, ?)"));
    auto insCoding = db.prepare(QStringLiteral("INSERT INTO coding(quote_id, code_id, coder_id, created_at) VALUES (?, ?, ?, ?)"));
    if (!insDoc || !insQuote || !insCoding)
        return false;
    const QString text(quotesPerDocument * 10 + 10, QLatin1Char('x'));
    for (int d = 0; d < documents; ++d) {
        insDoc->reset();
        insDoc->bind(1, QStringLiteral("bench %1").arg(d)).bind(2, text).bind(3, static_cast<qint64>(text.size())).bind(4, now);
        if (!insDoc->exec())
            return false;
        const Id doc = db.lastInsertId();
        for (int q = 0; q < quotesPerDocument; ++q) {
            insQuote->reset();
            insQuote->bind(1, doc).bind(2, static_cast<qint64>(q * 10)).bind(3, static_cast<qint64>(q * 10 + 15)).bind(4, coder).bind(5, now);
            if (!insQuote->exec())
                return false;
            const Id quote = db.lastInsertId();
            for (int c = 0; c < codesPerQuote; ++c) {
                insCoding->reset();
                insCoding->bind(1, quote).bind(2, codes[(q + c) % codes.size()]).bind(3, coder).bind(4, now);
                if (!insCoding->exec())
                    return false;
            }
        }
    }
    return tx.commit().ok();
}

// CPU time of this thread: on a shared, overloaded machine wall time mostly
// measures waiting for a core.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp(argc > 1 ? QString::fromLocal8Bit(argv[1]) + QStringLiteral("/livebench-XXXXXX") : QString());
    const QString path = tmp.filePath(QStringLiteral("bench.crosscut"));
    auto created = Project::create(path);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.message()));
        return 1;
    }
    Project &project = **created;
    QList<Id> codes;
    for (int i = 0; i < 20; ++i)
        codes.append(*project.addCode(std::nullopt, CodeSpec{QStringLiteral("Code %1").arg(i)}));
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (!fill(project, 100, 5000, 2, codes)) {
        std::fprintf(stderr, "fill failed\n");
        return 1;
    }
    std::printf("background: %d codings in %.1f s\n", project.codingCount(), fillTimer.elapsed() / 1000.0);

    auto session = live::LiveSession::start(project, {QStringLiteral("Bench FGD"), {}, {}, {}},
                                            {{QStringLiteral("Айгуль"), {}, {}, {}}, {QStringLiteral("Ravi"), {}, {}, {}}}, {});
    if (!session)
        return 1;
    // ~150 code points per utterance: 2,000 utterances ≈ 300,000 code points.
    const QString sentence = QStringLiteral("Мы работаем вместе с другими сетями 🤝 and the alliance helps us reach people "
                                            "who use drugs, sex workers and LGBT people across the region every day.");
    QList<double> ms;
    QList<double> cpu;
    QList<double> cpuWindow;
    const int n = 2000;
    std::printf("utterances  text(cp)  wall: median  p95  p99  max | cpu: median p99 (ms per commit with 2 codes)\n");
    QList<double> window;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        auto u = (*session)->commit(i % 2 ? QStringLiteral("Ravi") : QStringLiteral("Айгуль"), sentence, 0,
                                    {codes[i % 20], codes[(i + 7) % 20]});
        const double elapsed = t.nsecsElapsed() / 1e6;
        const double cpuMs = threadCpuMs() - cpu0;
        cpu.append(cpuMs);
        cpuWindow.append(cpuMs);
        if (!u) {
            std::fprintf(stderr, "%s\n", qPrintable(u.message()));
            return 1;
        }
        ms.append(elapsed);
        window.append(elapsed);
        if ((i + 1) % 500 == 0) {
            std::sort(window.begin(), window.end());
            std::sort(cpuWindow.begin(), cpuWindow.end());
            std::printf("%10d %9lld %7.2f %6.2f %6.2f %6.2f | %6.2f %6.2f\n", i + 1, static_cast<long long>(u->turnEnd + 1),
                        window[window.size() / 2], window[window.size() * 95 / 100], window[window.size() * 99 / 100],
                        window.last(), cpuWindow[cpuWindow.size() / 2], cpuWindow[cpuWindow.size() * 99 / 100]);
            window.clear();
            cpuWindow.clear();
        }
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("all %d commits: wall median %.2f ms, p99 %.2f ms, max %.2f ms; cpu median %.2f ms, p99 %.2f ms; "
                "project holds %d codings\n",
                n, ms[n / 2], ms[n * 99 / 100], ms.last(), cpu[n / 2], cpu[n * 99 / 100], project.codingCount());
    return 0;
}
