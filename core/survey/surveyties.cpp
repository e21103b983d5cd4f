#include "survey/surveyties.h"

#include <QRegularExpression>
#include <QSet>

namespace crosscut::survey {

QStringList splitTieNames(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("[;,\\r\\n]"));
    QStringList names;
    QSet<QString> seen;
    for (const QString &part : cell.split(separators)) {
        const QString name = part.simplified();
        if (name.isEmpty() || seen.contains(name))
            continue;
        seen.insert(name);
        names.append(name);
    }
    return names;
}

QList<SurveyTie> surveyTies(const SurveyTable &table, int idColumn, int tiesColumn, const QString &wave)
{
    QList<SurveyTie> ties;
    for (const SurveyTable::Row &row : table.rows) {
        const QString from = row.cells.value(idColumn);
        for (const QString &to : splitTieNames(row.cells.value(tiesColumn)))
            if (to != from)
                ties.append({from, to, wave.trimmed(), QString(), row.line});
    }
    return ties;
}

}  // namespace crosscut::survey
