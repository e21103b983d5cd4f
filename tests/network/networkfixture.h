#pragma once
// The hand-computed collaboration network every network test uses.
//
// Cases and their "Population served" (pop):
//   A, B, G: SW      C, D: PWUD      E: LGBT
//   F: no pop (but a "country"), ties in both waves
//   G: SW, no tie in any wave        H: no pop, no tie: not in any network
// Ties (ties.csv; undirected):
//   2019: A-B (reported by A and again by B), A-C, A-D, C-D, D-F, E-F
//   2022: A-B (reported twice), A-E, C-E, F-A
// The numbers expected from this, worked out by hand, are in the tests.

#include "support/testsupport.h"

#include <QByteArray>

namespace crosscut::test {

// The tie file: BOM, ',' separated, a quoted field, CRLF line ends.
QByteArray fixtureTieCsv();

struct NetworkProject {
    TempDir dir;
    QString path = dir.path(QStringLiteral("network.crosscut"));
    QString tiesCsv;  // fixtureTieCsv() written beside it

    // Creates the cases and attributes (no ties yet) and closes the project.
    NetworkProject();
    std::unique_ptr<Project> open() const { return openProject(path); }
};

}  // namespace crosscut::test
