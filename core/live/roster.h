#pragma once
// The participants of a live session: pseudonym, one-key speaker shortcut,
// the case the pseudonym stands for and that case's attributes.

#include "model/entities.h"
#include "project/project.h"
#include "util/result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace crosscut::live {

struct RosterEntry {
    QString pseudonym;
    QString key;  // "1" … "9"; assigned in roster order when empty
    std::optional<Id> caseId;
    QList<QPair<QString, QString>> attributes;  // name → value, stored on the case
};

// Reads `pseudonym,key,attribute…` (a header row names the attribute
// columns). Errors name the file and line.
Result<QList<RosterEntry>> readRosterCsv(const QString &path);
Result<QList<RosterEntry>> parseRosterCsv(const QByteArray &utf8, const QString &sourceName);

// A roster of existing cases, keyed 1, 2, 3 … in the given order.
QList<RosterEntry> rosterFromCases(Project &project, const QList<Id> &cases);

// Fills empty keys with the lowest free digit; fails on duplicate pseudonyms
// or keys.
Result<QList<RosterEntry>> completeRoster(QList<RosterEntry> roster);

}  // namespace crosscut::live
