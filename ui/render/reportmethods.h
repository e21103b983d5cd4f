#pragma once
// What a report's methods page states (ReportMethods), and which cases a
// report leaves out by role: the parts of collectReport that read the
// project's documents, coders and cases rather than its matrices.

#include "render/reportdata.h"

namespace crosscut::render {

struct CasesLeftOut {
    QList<Id> ids;       // the cases whose role is one of the excluded roles
    QStringList roles;   // those roles as the project spells them, sorted, once each
};

// The cases whose attribute `roleAttribute` holds one of `roles` (compared
// case-insensitively, ignoring surrounding spaces). None when either is empty.
CasesLeftOut casesLeftOutByRole(Project &project, const QString &roleAttribute, const QStringList &roles);

// Documents by kind and by language, coders with their codings, the size of
// the codebook, the import and coding date ranges, the cases left out.
// A document's language is its attribute "Language" (or "Languages", values
// split at ";" or ","), else the dominant script of its text ("Cyrillic script").
ReportMethods collectMethods(Project &project, const CasesLeftOut &leftOut);

// "8 interviews", "1 focus group": the documents counted by kind.
QStringList documentsByKind(const QList<Document> &documents);

}  // namespace crosscut::render
