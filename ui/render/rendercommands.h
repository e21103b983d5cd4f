#pragma once
// crosscut-cli commands that draw (chart, report, export): they need QtGui, so
// they live here and reach the command table through cli::run's `extra`.
// The caller must have created a QGuiApplication (offscreen is enough).

#include "cli/command.h"

#include <QList>
#include <QStringList>

namespace crosscut::render {

QList<cli::CommandSpec> renderCommands();

// True when `args` (without the program name) runs a command that draws, so
// that main() knows whether to create a QGuiApplication.
bool needsGui(const QStringList &args);

int runChart(cli::Context &ctx);
int runReport(cli::Context &ctx);
int runExport(cli::Context &ctx);
int runWordCloud(cli::Context &ctx);
// portrait: core's command, with --out FILE.png|.svg drawn here.
int runPortraitCommand(cli::Context &ctx);
bool isPortraitImage(const QString &out);
// profiles: core's command, with --draw dots|grid drawn here (profilesdrawcommand.cpp).
int runProfilesCommand(cli::Context &ctx);
int runNetworkChart(cli::Context &ctx);

// Shared by report and export: reads the report options, writes `out` in `format`.
int writeReportCommand(cli::Context &ctx, const QString &out, const QString &format);

}  // namespace crosscut::render
