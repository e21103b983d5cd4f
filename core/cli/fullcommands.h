#pragma once
// Commands of crosscut-cli-full only: they link libraries that the lean
// crosscut-cli (app/cli_core_main.cpp) must not load to start fast —
// libpq for the team hub, igraph for the collaboration network. They are not
// in commands(); crosscut-cli-full passes them to run() as `extra`, and the
// lean binary, not knowing them, hands them to crosscut-cli-full.

#include "cli/command.h"

#include <QList>

namespace crosscut::cli {

QList<CommandSpec> hubCommands();      // team (hubcommands.cpp)
QList<CommandSpec> networkCommands();  // ties, network (networkcommands.cpp)

}  // namespace crosscut::cli
