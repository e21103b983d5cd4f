#pragma once
// Integrity checks of a project file (crosscut-cli check; the GUI's
// Project → Check).

#include "project/project.h"

#include <QStringList>

namespace crosscut {

struct IntegrityReport {
    QStringList passed;
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

IntegrityReport checkIntegrity(Project &project);

}  // namespace crosscut
