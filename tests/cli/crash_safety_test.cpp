// Kill crosscut-cli with SIGKILL at random moments while it codes; the
// project must always reopen, pass its integrity checks, and hold every
// coding whose command had returned.
#include "project/integrity.h"
#include "support/testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

using namespace crosscut;
using namespace crosscut::test;

namespace {

constexpr int kDocumentLength = 2000;

// A shell loop that runs one `code` command after another and prints
// "ack START" once a command has returned 0; every few rounds it loads a
// 300-row CSV instead (one transaction that a kill must leave all-or-nothing).
QString loopScript(const QString &project, const QString &csv, int firstStart)
{
    return QStringLiteral(
               "i=%3; while [ $i -lt %4 ]; do "
               "  if [ $((i % 7)) -eq 0 ]; then "
               "    \"%1\" code \"%2\" --from \"%5\" >/dev/null 2>&1 && echo \"bulk $i\"; "
               "  fi; "
               "  \"%1\" code \"%2\" --doc d --start $i --end $((i+1)) --code Theme >/dev/null 2>&1 && echo \"ack $i\"; "
               "  i=$((i+1)); "
               "done")
        .arg(QStringLiteral(CROSSCUT_CLI_PATH), project)
        .arg(firstStart)
        .arg(kDocumentLength - 1)
        .arg(csv);
}

}  // namespace

TEST(CrashSafety, SigkillAtRandomPointsLosesNothingAcknowledged)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("crash.crosscut"));
    {
        auto p = createProject(path);
        ASSERT_TRUE(p->addDocument({QStringLiteral("d"), DocumentKind::Interview, QString(kDocumentLength, QLatin1Char('x')), {}, {}, true}).ok());
        ASSERT_TRUE(p->addCode(std::nullopt, CodeSpec{QStringLiteral("Theme")}).ok());
        ASSERT_TRUE(p->addCode(std::nullopt, CodeSpec{QStringLiteral("Bulk")}).ok());
    }
    QByteArray bulk = "document,start,end,code\n";
    for (int i = 0; i < 300; ++i)
        bulk += "d," + QByteArray::number(i) + "," + QByteArray::number(i + 2 + i % 5) + ",Bulk\n";
    const QString csv = dir.writeFile(QStringLiteral("bulk.csv"), bulk);

    QSet<int> acknowledged;
    bool bulkAcknowledged = false;
    int nextStart = 0;
    auto *rng = QRandomGenerator::global();
    const int rounds = 25;
    int kills = 0;
    for (int round = 0; round < rounds && nextStart < kDocumentLength - 2; ++round) {
        QProcess shell;
        shell.setProgram(QStringLiteral("setsid"));
        shell.setArguments({QStringLiteral("bash"), QStringLiteral("-c"), loopScript(path, csv, nextStart)});
        shell.start();
        ASSERT_TRUE(shell.waitForStarted());
        // Let at least one command finish (however loaded the machine is),
        // then kill at a random moment of a later one.
        QByteArray output;
        while (!output.contains("ack ") && shell.state() == QProcess::Running && shell.waitForReadyRead(30000))
            output += shell.readAllStandardOutput();
        QThread::msleep(rng->bounded(0, 300));
        // The whole process group: the shell and the crosscut-cli it is running.
        ::kill(-static_cast<pid_t>(shell.processId()), SIGKILL);
        shell.waitForFinished();
        ++kills;
        output += shell.readAllStandardOutput();
        const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const int start = line.section(QLatin1Char(' '), 1).toInt();
            if (line.startsWith(QLatin1String("ack "))) {
                acknowledged.insert(start);
                nextStart = std::max(nextStart, start + 1);
            } else if (line.startsWith(QLatin1String("bulk "))) {
                bulkAcknowledged = true;
            }
        }
        // The command that was killed may or may not have committed; either
        // way the next round starts after the last acknowledged one.
        nextStart += 1;

        auto p = Project::open(path);
        ASSERT_TRUE(p.ok()) << "round " << round << ": " << p.message().toStdString();
        const IntegrityReport report = checkIntegrity(**p);
        ASSERT_TRUE(report.ok()) << report.problems.join(QLatin1Char('\n')).toStdString();
        const Id theme = *(*p)->resolveCodePath(QStringLiteral("Theme"));
        const Id bulkCode = *(*p)->resolveCodePath(QStringLiteral("Bulk"));
        QSet<qint64> coded;
        for (const Quote &q : (*p)->quotes())
            for (const Coding &c : (*p)->codings(q.id)) {
                if (c.codeId == theme && q.end == q.start + 1)
                    coded.insert(q.start);
            }
        for (int start : std::as_const(acknowledged)) {
            ASSERT_TRUE(coded.contains(start)) << "acknowledged coding at " << start << " lost after kill " << round;
        }
        const int bulkCodings = (*p)->codingCount(bulkCode);
        EXPECT_TRUE(bulkCodings == 0 || bulkCodings == 300) << "a killed bulk load left " << bulkCodings << " of 300 rows";
        if (bulkAcknowledged) {
            EXPECT_EQ(bulkCodings, 300);
        }
    }
    EXPECT_GE(kills, 10);
    EXPECT_GT(acknowledged.size(), 10) << "too few commands completed to prove anything";
    std::printf("[ crash    ] %d kills, %lld acknowledged codings all present\n", kills, static_cast<long long>(acknowledged.size()));
}
