#pragma once
// The small fixture project every golden analysis test reads, built with
// core's own operations into a real project file. Its expected numbers are
// worked out by hand in analysisfixture.cpp's comment.

#include "project/project.h"
#include "support/testsupport.h"

#include <QHash>

#include <memory>

namespace crosscut::test {

struct AnalysisFixture {
    TempDir dir;
    QString path;
    std::unique_ptr<Project> project;
    // Quote ids by name "Q1" … "Q8" (see analysisfixture.cpp).
    QHash<QString, Id> quote;

    AnalysisFixture();
    QList<Id> quotes(std::initializer_list<const char *> names) const;
};

}  // namespace crosscut::test
