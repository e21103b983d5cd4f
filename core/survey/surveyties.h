#pragma once
// The organisations a respondent says it collaborated with: a multi-select
// column whose cells name cases, separated by ";", "," or line breaks.
// Each name becomes one tie from the respondent to that organisation.
//
// INTEGRATION POINT (network branch): SurveyTie has the fields of
// crosscut::network::TieInput (core/network/ties.h); once that branch is
// merged, the survey command passes surveyTies(...) to network::addTies.

#include "survey/surveytable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace crosscut::survey {

struct SurveyTie {
    QString from;  // the respondent (its case name)
    QString to;    // the organisation named
    QString wave;
    QString kind;  // left empty: the column does not say
    int line = 0;  // CSV line or XLSX row of the respondent
};

// The names in one cell, trimmed, empty and repeated ones left out, in order.
QStringList splitTieNames(const QString &cell);

// One tie per name per respondent (a respondent naming itself is left out).
// To be wired to network::addTies by the integrator.
QList<SurveyTie> surveyTies(const SurveyTable &table, int idColumn, int tiesColumn, const QString &wave);

}  // namespace crosscut::survey
