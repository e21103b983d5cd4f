// A coder process for the convergence test and the load benchmark (issue
// 16): opens a clone and codes in it at random, syncing with the hub.
//
//   crosscut_hubcoder CLONE --ops N --seed S --sync-every K [--expect FILE]
//   crosscut_hubcoder CLONE --load-seconds T --sync-every-seconds P --latency FILE
//
// Operations (code points, as everywhere): apply a code to a random span of
// a random document; apply a second code to one of its own quotes; remove
// one of its own codings; move one of its own quotes' bounds; undo; redo.
// Prints "op I" after every operation, "sync start" before and "sync done"
// after every hub::sync, so that a test can kill it in the middle of a sync
// and start it again with the remaining operations (the random stream is
// seeded by S and the first operation's number, so a restart differs from
// the killed run but is reproducible). A refused operation (a span another
// coder already quoted, nothing to undo) counts as refused, not as a failure;
// a failed sync ends the process with 1.
//
// --expect FILE: at the end, after one more sync, writes this coder's
// codings as the wire shows them (one line each, sorted): what its own
// operations left, for the test to find in every copy.
//
// Load mode: an operation then a sync every P seconds for T seconds; writes
// each sync's latency in milliseconds, one a line, to FILE.
#include "hub/hub.h"
#include "hub/wirechange.h"
#include "project/project.h"
#include "text/codepoints.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace crosscut;

namespace {

struct RandomCoder {
    Project &project;
    QRandomGenerator rng;
    Id me = 0;
    qint64 refused = 0;

    QList<Quote> ownQuotes()
    {
        QList<Quote> out;
        for (const Quote &q : project.quotes())
            if (q.creatorId && *q.creatorId == me)
                out.append(q);
        return out;
    }

    QList<Id> leafCodes()
    {
        QList<Id> out;
        for (const Code &c : project.codes())
            if (project.codeDescendants(c.id).size() == 1)
                out.append(c.id);
        return out;
    }

    Status operation()
    {
        const int kind = int(rng.bounded(100));
        const QList<Id> codes = leafCodes();
        if (kind < 40 || codes.isEmpty()) {
            const QList<Document> docs = project.documents();
            const Document &d = docs.at(int(rng.bounded(qsizetype(docs.size()))));
            const qint64 start = rng.bounded(qint64(d.length - 1));
            const qint64 end = start + 1 + rng.bounded(std::min<qint64>(40, d.length - start));
            for (const Quote &q : project.quotes(d.id))
                if (q.start == start && q.end == end && !(q.creatorId && *q.creatorId == me))
                    return makeError(ErrorKind::Invalid, QStringLiteral("another coder's span"));
            auto r = project.applyCode(d.id, start, end, codes.at(int(rng.bounded(qsizetype(codes.size())))));
            if (r && me == 0)
                me = project.findCoder(project.currentCoder())->id;
            return r ? Status() : Status(r.error());
        }
        const QList<Quote> own = ownQuotes();
        if (kind < 85 && own.isEmpty())
            return makeError(ErrorKind::Invalid, QStringLiteral("no own quote yet"));
        if (kind < 60) {
            const Quote &q = own.at(int(rng.bounded(qsizetype(own.size()))));
            return project.applyCodeToQuote(q.id, codes.at(int(rng.bounded(qsizetype(codes.size())))));
        }
        if (kind < 70) {
            const Quote &q = own.at(int(rng.bounded(qsizetype(own.size()))));
            const QList<Coding> codings = project.codings(q.id);
            if (codings.isEmpty())
                return makeError(ErrorKind::Invalid, QStringLiteral("no coding"));
            return project.removeCoding(q.id, codings.at(int(rng.bounded(qsizetype(codings.size())))).codeId);
        }
        if (kind < 85) {
            const Quote &q = own.at(int(rng.bounded(qsizetype(own.size()))));
            const qint64 length = project.document(q.documentId)->length;
            const qint64 start = std::max<qint64>(0, q.start + rng.bounded(7) - 3);
            const qint64 end = std::clamp<qint64>(q.end + rng.bounded(7) - 3, start + 1, length);
            return project.setQuoteBounds(q.id, start, end);
        }
        if (kind < 93)
            return project.canUndo() ? project.undo() : makeError(ErrorKind::Invalid, QStringLiteral("nothing to undo"));
        return project.canRedo() ? project.redo() : makeError(ErrorKind::Invalid, QStringLiteral("nothing to redo"));
    }
};

bool syncNow(Project &project, qint64 *ms = nullptr)
{
    std::printf("sync start\n");
    std::fflush(stdout);
    QElapsedTimer t;
    t.start();
    auto r = hub::sync(project);
    if (ms)
        *ms = t.elapsed();
    if (!r) {
        std::printf("sync failed: %s\n", qPrintable(r.message()));
        std::fflush(stdout);
        return false;
    }
    std::printf("sync done pushed %lld pulled %lld seq %lld\n", r->pushed, r->pulled, r->serverSeq);
    std::fflush(stdout);
    return true;
}

QStringList ownCodingRows(Project &project)
{
    QStringList out;
    auto codec = hub::WireCodec::make(project.database());
    if (!codec)
        return out;
    auto rows = codec->snapshot();
    if (!rows)
        return out;
    for (const hub::WireChange &c : *rows)
        if (c.table == QLatin1String("coding") && c.now->value(QLatin1String("coder_id")).toString() == project.currentCoder())
            out.append(c.key + QLatin1Char(' ')
                       + QString::fromUtf8(QJsonDocument(*c.now).toJson(QJsonDocument::Compact)));
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: crosscut_hubcoder CLONE --ops N --seed S --sync-every K [--first I] [--expect FILE]\n");
        return 2;
    }
    const QString path = args.takeFirst();
    auto option = [&](const char *name, const QString &fallback = {}) {
        const int i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    auto opened = Project::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    Project &project = **opened;
    const qint64 seed = option("--seed", QStringLiteral("1")).toLongLong();
    const int first = option("--first", QStringLiteral("0")).toInt();
    RandomCoder coder{project, QRandomGenerator(quint32(seed * 1000003 + first))};
    if (auto c = project.findCoder(project.currentCoder()))
        coder.me = c->id;

    if (!option("--load-seconds").isEmpty()) {
        const qint64 seconds = option("--load-seconds").toLongLong();
        const qint64 period = option("--sync-every-seconds", QStringLiteral("10")).toLongLong();
        QFile latency(option("--latency"));
        if (!latency.open(QIODevice::WriteOnly | QIODevice::Append))
            return 1;
        QElapsedTimer total;
        total.start();
        int failed = 0;
        while (total.elapsed() < seconds * 1000) {
            for (int i = 0; i < 5; ++i)
                if (!coder.operation())
                    ++coder.refused;
            qint64 ms = 0;
            if (!syncNow(project, &ms))
                ++failed;
            latency.write(QByteArray::number(ms) + (failed ? " failed\n" : "\n"));
            latency.flush();
            const qint64 next = ((total.elapsed() / (period * 1000)) + 1) * period * 1000;
            if (next < seconds * 1000)
                QThread::msleep(quint64(next - total.elapsed()));
            else
                break;
        }
        return failed ? 1 : 0;
    }

    const int ops = option("--ops", QStringLiteral("100")).toInt();
    const int every = std::max(1, option("--sync-every", QStringLiteral("50")).toInt());
    for (int i = first; i < ops; ++i) {
        if (!coder.operation())
            ++coder.refused;
        std::printf("op %d\n", i + 1);
        if ((i + 1) % every == 0 && !syncNow(project))
            return 1;
    }
    if (!syncNow(project))
        return 1;
    const QString expect = option("--expect");
    if (!expect.isEmpty()) {
        QFile f(expect);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        f.write(ownCodingRows(project).join(QLatin1Char('\n')).toUtf8());
    }
    std::printf("done refused %lld\n", coder.refused);
    std::fflush(stdout);
    return 0;
}
