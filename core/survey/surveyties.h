#pragma once
// The organisations a respondent says it collaborated with: a multi-select
// column whose cells name cases, separated by ";", "," or line breaks.
// Each name becomes one tie from the respondent to that organisation.
// The survey command passes them to network::addTies (core/network/ties.h).

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
QList<SurveyTie> surveyTies(const SurveyTable &table, int idColumn, int tiesColumn, const QString &wave);

}  // namespace crosscut::survey
