#pragma once
// Opening a project for a command that only reads it (search, kwic).

#include "cli/command.h"

namespace crosscut::cli {

// The project named by the first positional argument, opened for reading
// only (Project::openForReading): without the exclusive lock, the operation
// log's triggers and the corruption scan that must precede a first write (a
// quick_check reads every page: longer than a search). A project in an older format, which only a
// writable open upgrades, is opened as every other command opens it.
std::unique_ptr<Project> openProjectForReading(const Context &ctx, int *exitCode);

}  // namespace crosscut::cli
