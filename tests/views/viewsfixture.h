#pragma once
// A project file with the intersectional template, two documents (one with
// Cyrillic and emoji, so code points and UTF-16 differ) and a few codings by
// two coders, for the panel tests.

#include "support/testsupport.h"

#include <QAbstractItemView>

#include <memory>

namespace crosscut::test {

struct ViewsProject {
    TempDir dir;
    std::unique_ptr<Project> project;
    Id docA = 0;  // "interview-a"
    Id docB = 0;  // "interview-b"
    Id kpLed = 0, providerLed = 0, sexWorkers = 0, drugs = 0;
    Id q1 = 0, q2 = 0, q3 = 0, q4 = 0;

    ViewsProject();
    Id code(const QString &path);
    // Reads one value from the project file.
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> params = {});
};

// Clicks the centre of a cell with the real mouse.
void clickCell(QAbstractItemView *view, const QModelIndex &index);

}  // namespace crosscut::test
