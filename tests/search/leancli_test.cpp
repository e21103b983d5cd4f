// The lean crosscut-cli (app/cli_core_main.cpp) starts fast because it loads
// few shared libraries: neither libpq (team hub) nor igraph (network) nor
// QtGui and poppler (drawing, PDF). The dynamic loader itself lists what the
// real binary loads (LD_TRACE_LOADED_OBJECTS, as ldd does); the commands
// left to crosscut-cli-full still answer through the lean binary.
#include "support/testsupport.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

using namespace crosscut::test;

TEST(LeanCli, LoadsNeitherLibpqNorIgraphNorQtGui)
{
    QProcess ld;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_TRACE_LOADED_OBJECTS"), QStringLiteral("1"));
    ld.setProcessEnvironment(env);
    ld.start(QStringLiteral(CROSSCUT_CLI_PATH), {QStringLiteral("--version")});
    ASSERT_TRUE(ld.waitForFinished(30000));
    const QString loaded = QString::fromLocal8Bit(ld.readAllStandardOutput());
    ASSERT_TRUE(loaded.contains(QLatin1String("libQt6Core.so"))) << loaded.toStdString();
    ASSERT_TRUE(loaded.contains(QLatin1String("libsqlcipher.so"))) << loaded.toStdString();
    for (const char *heavy : {"libpq.so", "libigraph.so", "libQt6Gui.so", "libpoppler"})
        EXPECT_FALSE(loaded.contains(QLatin1String(heavy))) << heavy << " in:\n" << loaded.toStdString();
}

TEST(LeanCli, HubAndNetworkCommandsStillAnswerThroughIt)
{
    TempDir dir;
    const QString project = dir.path(QStringLiteral("lean.crosscut"));
    ASSERT_EQ(runCli({QStringLiteral("init"), project}).exitCode, 0);
    // ties and network run in crosscut-cli-full, handed over with the same arguments.
    const CliResult ties = runCli({QStringLiteral("ties"), project});
    EXPECT_EQ(ties.exitCode, 0) << ties.err.toStdString();
    EXPECT_EQ(ties.out, QStringLiteral("from,to,wave,kind\r\n"));
    const CliResult team = runCli({QStringLiteral("team"), QStringLiteral("status"), project});
    EXPECT_NE(team.exitCode, 0);
    EXPECT_TRUE(team.err.contains(QLatin1String("not a copy of a team project"))) << team.err.toStdString();
    const CliResult help = runCli({QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0);
    for (const char *command : {"crosscut-cli team ", "crosscut-cli ties ", "crosscut-cli network ", "crosscut-cli search "})
        EXPECT_TRUE(help.out.contains(QLatin1String(command))) << command;
}
