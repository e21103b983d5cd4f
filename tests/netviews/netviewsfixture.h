#pragma once
// A small alliance on disk: seven organisations with "Population served" and
// "Organisation type", ties in two waves, and an interview of Kyiv Pride
// (Cyrillic and an emoji, so code points and UTF-16 differ) with a coded quote.
//
//   Alma Sex Workers        SW     Local          baseline: Alma–Nairobi, Alma–Bishkek,
//   Bishkek Harm Reduction  PWUD   Alliance                 Bishkek–Osh, Kyiv–Jakarta
//   Jakarta Outreach        —      Local          endline:  Alma–Nairobi, Alma–Kyiv, Bishkek–Kyiv,
//   Kyiv Pride              LGBT   Local                    Osh–Positive, Nairobi–Bishkek,
//   Nairobi Sisters         SW     Alliance                 Kyiv–Jakarta
//   Osh Recovery            PWUD   Local
//   Positive Women Tbilisi  PLHIV  Global

#include "support/testsupport.h"

#include <QHash>

namespace crosscut::test {

struct NetViewsProject {
    TempDir dir;
    QString path = dir.path(QStringLiteral("alliance.crosscut"));
    std::unique_ptr<Project> project;
    QHash<QString, Id> cases;  // by name
    Id interview = 0;
    Id quote = 0;
    // "Joint advocacy works." in the interview: code points 22–43 (UTF-16 23–44).
    qint64 quoteStart = 22;
    qint64 quoteEnd = 43;

    explicit NetViewsProject(bool withTies = true);
};

}  // namespace crosscut::test
