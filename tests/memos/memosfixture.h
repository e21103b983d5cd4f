#pragma once
// A project with a memo of every kind, by two authors, and a live session
// with a flag: Cyrillic, emoji (code points and UTF-16 differ), Urdu.

#include "support/testsupport.h"

#include <memory>

namespace crosscut::test {

struct MemosProject {
    TempDir dir;
    QString path;
    std::unique_ptr<Project> project;
    Id docA = 0;     // "interview-a"
    Id kpLed = 0;    // Leadership/Key population-led
    Id quote = 0;    // "We lead outreach to sex workers." [24, 56)
    Id aigul = 0;    // case "Айгуль"
    Id session = 0;  // live session "FGD Bishkek"
    Id projectMemo = 0, documentMemo = 0, codeMemo = 0, quoteMemo = 0, caseMemo = 0;

    MemosProject();
    // Reads one value from the project file.
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> params = {});
};

}  // namespace crosscut::test
