#pragma once
// crosscut-cli: the command-line contract of DESIGN.md. Runs in-process on the
// given streams so that it can be tested without spawning, and from
// app/cli_main.cpp for the real binary.

#include <QStringList>
#include <QTextStream>

namespace crosscut::cli {

// args excludes the program name. Returns the process exit code.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

}  // namespace crosscut::cli
