#pragma once
// crosscut-cli: the command-line contract of DESIGN.md. Runs in-process on the
// given streams so that it can be tested without spawning, and from
// app/cli_main.cpp for the real binary.

#include "cli/command.h"

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace crosscut::cli {

// args excludes the program name. `extra` adds commands defined outside core
// (charts and reports, which draw with QtGui). Returns the exit code.
int run(const QStringList &args, QTextStream &out, QTextStream &err, const QList<CommandSpec> &extra = {});

}  // namespace crosscut::cli
