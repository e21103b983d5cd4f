// Benchmark (not a test): committing a live utterance with codes in a project
// that already holds 1,000,000 codings, for 5,000 utterances (the session's
// text grows to about 750,000 code points). Prints wall and CPU latency
// (median, p99) around utterance #1, #1000 and #5000, the once-a-second
// sync to disk the capture window makes between utterances (a 90-minute
// session has about one utterance a second), and the undo log's size.
//   crosscut_live_benchmark [CACHE_DIR]   (default /tmp)
// The 1,000,000-coding project is generated once as CACHE_DIR/crosscut-livebench-1M.crosscut
// and copied for each run.
#include "live/livesession.h"
#include "project/project.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
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

QString cachedProject(const QString &dir)
{
    const QString cache = dir + QStringLiteral("/crosscut-livebench-1M.crosscut");
    if (QFile::exists(cache))
        return cache;
    const QString building = cache + QStringLiteral(".building");
    QFile::remove(building);
    {
        auto created = Project::create(building);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.message()));
            return {};
        }
        Project &project = **created;
        QList<Id> codes;
        for (int i = 0; i < 20; ++i)
            codes.append(*project.addCode(std::nullopt, CodeSpec{QStringLiteral("Code %1").arg(i)}));
        QElapsedTimer fillTimer;
        fillTimer.start();
        if (!fill(project, 100, 5000, 2, codes)) {
            std::fprintf(stderr, "fill failed\n");
            return {};
        }
        std::printf("generated background: %d codings in %.1f s\n", project.codingCount(), fillTimer.elapsed() / 1000.0);
    }
    if (!QFile::rename(building, cache))
        return {};
    return cache;
}

struct Window {
    const char *label;
    int first;  // zero-based commit index
    int last;   // inclusive
};

double percentile(QList<double> v, int pct)
{
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, v.size() * pct / 100)];
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp");
    const QString cache = cachedProject(dir);
    if (cache.isEmpty())
        return 1;
    QTemporaryDir tmp(dir + QStringLiteral("/livebench-XXXXXX"));
    const QString path = tmp.filePath(QStringLiteral("bench.crosscut"));
    if (!QFile::copy(cache, path))
        return 1;
    auto opened = Project::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    Project &project = **opened;
    QList<Id> codes;
    for (const Code &c : project.codes())
        codes.append(c.id);
    if (codes.size() < 20)
        return 1;
    std::printf("project holds %d codings\n", project.codingCount());

    auto session = live::LiveSession::start(project, {QStringLiteral("Bench FGD"), {}, {}, {}},
                                            {{QStringLiteral("Айгуль"), {}, {}, {}}, {QStringLiteral("Ravi"), {}, {}, {}}}, {});
    if (!session)
        return 1;
    // ~150 code points per utterance: 5,000 utterances ≈ 750,000 code points.
    const QString sentence = QStringLiteral("Мы работаем вместе с другими сетями 🤝 and the alliance helps us reach people "
                                            "who use drugs, sex workers and LGBT people across the region every day.");
    const int n = 5000;
    QList<double> wall;
    QList<double> cpu;
    QList<qint64> length;
    QList<double> sync;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        auto u = (*session)->commit(i % 2 ? QStringLiteral("Ravi") : QStringLiteral("Айгуль"), sentence, 0,
                                    {codes[i % 20], codes[(i + 7) % 20]});
        const double elapsed = t.nsecsElapsed() / 1e6;
        const double cpuMs = threadCpuMs() - cpu0;
        if (!u) {
            std::fprintf(stderr, "%s\n", qPrintable(u.message()));
            return 1;
        }
        wall.append(elapsed);
        cpu.append(cpuMs);
        length.append(u->turnEnd + 1);
        // The capture window's timer, between two utterances.
        QElapsedTimer st;
        st.start();
        if (!project.syncToDisk())
            return 1;
        sync.append(st.nsecsElapsed() / 1e6);
    }
    // One commit is one sample: each figure is over the 100 commits ending at
    // (or starting at) the named utterance.
    const Window windows[] = {{"#1", 0, 99}, {"#1000", 950, 1049}, {"#5000", n - 100, n - 1}};
    std::printf("utterance  commits   text(cp)  wall median  p99 | cpu median  p99  (ms per commit with 2 codes)\n");
    for (const Window &w : windows) {
        const QList<double> ws = wall.mid(w.first, w.last - w.first + 1);
        const QList<double> cs = cpu.mid(w.first, w.last - w.first + 1);
        std::printf("%9s %4d-%-4d %9lld %11.2f %5.2f | %10.2f %5.2f\n", w.label, w.first + 1, w.last + 1,
                    static_cast<long long>(length[w.last]), percentile(ws, 50), percentile(ws, 99), percentile(cs, 50),
                    percentile(cs, 99));
    }
    std::printf("all %d commits: wall median %.2f ms, p99 %.2f ms; cpu median %.2f ms, p99 %.2f ms; project holds %d codings\n",
                n, percentile(wall, 50), percentile(wall, 99), percentile(cpu, 50), percentile(cpu, 99),
                project.codingCount());
    std::printf("sync to disk after each commit (the window's 1 s timer): wall median %.2f ms, p99 %.2f ms, max %.2f ms\n",
                percentile(sync, 50), percentile(sync, 99), percentile(sync, 100));
    const auto logBytes = project.database().scalar(QStringLiteral(
        "SELECT sum(coalesce(length(c.old), 0) + coalesce(length(c.new), 0)) FROM operation o "
        "JOIN operation_change c ON c.seq BETWEEN o.first_change AND o.last_change WHERE o.label LIKE 'Live:%'"));
    std::printf("undo log of the %d commits: %.2f MB (%.0f bytes per commit)\n", n,
                logBytes ? logBytes->toDouble() / 1e6 : -1.0, logBytes ? logBytes->toDouble() / n : -1.0);
    return 0;
}
