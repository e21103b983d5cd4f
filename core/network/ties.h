#pragma once
// Collaboration ties between cases (organisations), issue #17 part 3.
// A tie is undirected: the pair {a, b} in one wave and of one kind is one tie,
// whichever side reported it and however often (the table `tie`, schema v8,
// has a unique index on (min, max, wave, kind)). Ties are project content:
// adding them is an operation (one transaction, undoable, in the log).

#include "model/entities.h"
#include "project/project.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace crosscut::network {

// One reported tie, by case names, as a tie file or a dialog gives it.
struct TieInput {
    QString from;
    QString to;
    QString wave;  // '' when the data has no waves
    QString kind;  // '' when ties are of one kind
    int line = 0;  // where it came from (a CSV line), for error messages; 0: none
};

// Reads a tie file: UTF-8 CSV (RFC 4180, a BOM is skipped), a header row
// from,to[,wave][,kind] in any order and case, separated by ',' or ';' (the
// header decides). A row with an empty from or to, or too few fields, is
// refused naming its line. Does not look at any project.
Result<QList<TieInput>> readTieCsv(const QString &path);

// Adds ties as ONE undoable operation labelled "Add ties from <sourceName>".
// All or nothing: an unknown case, a self-tie or an empty from/to refuses the
// whole list, naming the line (or the position when line is 0), and changes
// nothing. A tie already in the project, or given twice (from either side),
// is not an error and adds nothing. Returns the number of new ties (0 writes
// no operation).
Result<int> addTies(Project &project, const QList<TieInput> &ties, const QString &sourceName);

// Deletes ties by id as one undoable operation; an unknown id is an error.
Status removeTies(Project &project, const QList<Id> &tieIds);

struct Tie {
    Id id = 0;
    Id a = 0;  // the smaller case id
    Id b = 0;  // the larger case id
    QString wave;
    QString kind;
};

// Ties in id order, restricted to one wave and/or one kind when given.
QList<Tie> ties(Project &project, const std::optional<QString> &wave = std::nullopt,
                const std::optional<QString> &kind = std::nullopt);
// Distinct waves / kinds that ties carry, sorted ('' included when present).
QStringList waves(Project &project);
QStringList kinds(Project &project);

}  // namespace crosscut::network
