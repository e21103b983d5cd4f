// `crosscut-cli live` killed with SIGKILL at random moments, many times: on
// reopening, every utterance it acknowledged is there with its codings, the
// session resumes, and the project passes its integrity checks.
#include "live/livesession.h"
#include "project/integrity.h"
#include "support/testsupport.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

using namespace crosscut;
using namespace crosscut::test;

namespace {

constexpr int kIterations = 30;
const QString kTitle = QStringLiteral("Durable FGD");

struct Sent {
    QString speaker;
    QString text;
    bool coded = false;
};

}  // namespace

TEST(LiveDurability, SigkillNeverLosesAnAcknowledgedUtterance)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("durable.crosscut"));
    createProject(path, QStringLiteral("intersectional")).reset();
    const QString roster = dir.writeFile(QStringLiteral("roster.csv"),
                                         "pseudonym,key,Population served\nАйгуль,1,Sex workers\nRavi,2,People who use drugs\n"
                                         "زینب,3,People living with HIV\nSam,4,LGBT people\n");
    const QStringList speakers = {QStringLiteral("Айгуль"), QStringLiteral("Ravi"), QStringLiteral("زینب"), QStringLiteral("Sam")};
    QRandomGenerator rng(20261123);
    QHash<QString, Sent> acknowledged;  // by text
    qint64 lastEndMs = -1;
    int killedMidStream = 0;

    for (int iteration = 0; iteration < kIterations; ++iteration) {
        QProcess cli;
        QStringList args = {QStringLiteral("live"), path, QStringLiteral("--title"), kTitle};
        if (iteration == 0)
            args << QStringLiteral("--roster") << roster;
        cli.start(QStringLiteral(CROSSCUT_CLI_PATH), args);
        ASSERT_TRUE(cli.waitForStarted(10000));
        // Wait for "started …" / "resumed …": the session is open.
        while (!cli.canReadLine())
            ASSERT_TRUE(cli.waitForReadyRead(10000)) << cli.readAllStandardError().toStdString();

        const int lines = rng.bounded(5, 40);
        const int killAt = rng.bounded(0, lines);
        QList<Sent> sent;
        for (int j = 0; j < lines; ++j) {
            Sent s{speakers[rng.bounded(speakers.size())],
                   QStringLiteral("utterance %1-%2 слова 🙂 کلمات").arg(iteration).arg(j), rng.bounded(2) == 0};
            sent.append(s);
            QByteArray line = s.speaker.toUtf8() + '\t' + s.text.toUtf8();
            if (s.coded)
                line += "\tLeadership/Key population-led,Population served/Sex workers";
            cli.write(line + '\n');
            if (j % 4 == 0)
                cli.write("#flag moment " + QByteArray::number(j) + '\n');
            if (j == killAt) {
                cli.waitForBytesWritten(1000);
                // Sometimes wait for some acknowledgements, sometimes kill at once.
                if (rng.bounded(3) == 0)
                    cli.waitForReadyRead(200);
                QThread::usleep(rng.bounded(0, 20000));
                ::kill(static_cast<pid_t>(cli.processId()), SIGKILL);
                ++killedMidStream;
                break;
            }
        }
        cli.waitForFinished(10000);
        const QStringList out = QString::fromUtf8(cli.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &l : out) {
            if (!l.startsWith(QStringLiteral("ack ")))
                continue;
            const QStringList f = l.split(QLatin1Char(' '));
            ASSERT_EQ(f.size(), 6) << l.toStdString();
            const int n = f[1].toInt();
            ASSERT_GE(n, 1);
            ASSERT_LE(n, sent.size());
            const Sent &s = sent[n - 1];
            acknowledged.insert(s.text, s);
            const qint64 start = f[4].toLongLong(), end = f[5].toLongLong();
            EXPECT_LE(start, end);
            EXPECT_GE(end, lastEndMs) << "session time went backwards";
            lastEndMs = end;
        }

        // Reopen after every kill: everything acknowledged is there.
        auto project = openProject(path);
        ASSERT_TRUE(project) << "iteration " << iteration;
        const IntegrityReport report = checkIntegrity(*project);
        ASSERT_TRUE(report.ok()) << report.problems.join(QLatin1Char('\n')).toStdString();
        auto doc = project->findDocument(kTitle);
        ASSERT_TRUE(doc);
        QHash<QString, live::Utterance> stored;
        for (const live::Utterance &u : live::readUtterances(*project, doc->id)) {
            EXPECT_FALSE(stored.contains(u.text)) << "duplicate " << u.text.toStdString();
            stored.insert(u.text, u);
        }
        for (const Sent &s : std::as_const(acknowledged)) {
            ASSERT_TRUE(stored.contains(s.text)) << "lost acknowledged utterance: " << s.text.toStdString();
            const live::Utterance &u = stored[s.text];
            EXPECT_EQ(u.speaker, s.speaker);
            EXPECT_EQ(u.codes.size(), s.coded ? 2 : 0) << s.text.toStdString();
        }
        auto session = live::LiveSession::resume(*project, doc->id);
        ASSERT_TRUE(session.ok());
        EXPECT_EQ((*session)->roster().size(), 4);
    }
    EXPECT_EQ(killedMidStream, kIterations);
    EXPECT_GT(acknowledged.size(), kIterations);  // the kills did not stop all progress
}
