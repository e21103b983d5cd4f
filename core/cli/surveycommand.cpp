// crosscut-cli survey: a survey export (CSV or XLSX) into cases, case
// attributes and documents of open answers (survey/surveyimport.h).
#include "cli/command.h"
#include "network/ties.h"
#include "survey/surveyimport.h"
#include "survey/surveyties.h"

namespace crosscut::cli {

namespace {

// Every value of a repeatable option, split at commas ("\," is a comma
// inside a header).
QStringList columnNames(const Args &args, const QString &option)
{
    QStringList out;
    for (const QString &list : args.options.value(option)) {
        QString current;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i) == u'\\' && i + 1 < list.size() && list.at(i + 1) == u',') {
                current += u',';
                ++i;
            } else if (list.at(i) == u',') {
                out.append(current.trimmed());
                current.clear();
            } else {
                current += list.at(i);
            }
        }
        out.append(current.trimmed());
    }
    out.removeAll(QString());
    return out;
}

}  // namespace

int runSurvey(Context &ctx)
{
    if (!ctx.args.has(QStringLiteral("--id")))
        return ctx.usage(QStringLiteral("survey needs --id COLUMN, the column that identifies each respondent"));
    const QString path = ctx.args.positional.value(1);
    auto table = survey::readSurveyTable(path);
    if (!table)
        return ctx.fail(table.error());

    QList<survey::ColumnPlan> plan;
    for (int c = 0; c < table->columnCount(); ++c)
        plan.append({survey::ColumnRole::Closed, survey::detectType(*table, c)});
    auto assign = [&](const QString &option, survey::ColumnRole role, int *found = nullptr) -> Status {
        for (const QString &name : columnNames(ctx.args, option)) {
            auto column = survey::findColumn(*table, name);
            if (!column)
                return makeError(column.error().kind, QStringLiteral("%1: %2").arg(option, column.message()));
            if (plan[*column].role != survey::ColumnRole::Closed && plan[*column].role != role)
                return makeError(ErrorKind::Invalid, QStringLiteral("column \"%1\" is given to two options").arg(table->headers.at(*column)));
            plan[*column].role = role;
            if (found)
                *found = *column;
        }
        return {};
    };
    int idColumn = -1, tiesColumn = -1;
    if (columnNames(ctx.args, QStringLiteral("--id")).size() != 1)
        return ctx.usage(QStringLiteral("--id takes one column"));
    if (columnNames(ctx.args, QStringLiteral("--ties-column")).size() > 1)
        return ctx.usage(QStringLiteral("--ties-column takes one column"));
    for (auto [option, role, found] : {std::tuple{QStringLiteral("--id"), survey::ColumnRole::Identifier, &idColumn},
                                       std::tuple{QStringLiteral("--ties-column"), survey::ColumnRole::Ties, &tiesColumn},
                                       std::tuple{QStringLiteral("--open"), survey::ColumnRole::Open, static_cast<int *>(nullptr)},
                                       std::tuple{QStringLiteral("--skip"), survey::ColumnRole::Skip, static_cast<int *>(nullptr)}})
        if (Status s = assign(option, role, found); !s)
            return ctx.fail(s.error());
    for (const QString &given : ctx.args.options.value(QStringLiteral("--type"))) {
        const qsizetype eq = given.lastIndexOf(u'=');
        const auto type = eq > 0 ? attributeTypeFromString(given.mid(eq + 1).trimmed().toLower()) : std::nullopt;
        if (!type)
            return ctx.usage(QStringLiteral("--type takes COLUMN=text|number|date|category, not \"%1\"").arg(given));
        auto column = survey::findColumn(*table, given.left(eq));
        if (!column)
            return ctx.fail(column.error());
        if (plan[*column].role != survey::ColumnRole::Closed)
            return ctx.usage(QStringLiteral("--type: column \"%1\" is not a closed answer").arg(table->headers.at(*column)));
        plan[*column].type = *type;
    }

    const QString wave = ctx.args.value(QStringLiteral("--wave")).trimmed();
    int exitCode = Ok;
    auto project = ctx.openProject(&exitCode);
    if (!project)
        return exitCode;
    auto report = survey::importSurvey(*project, *table, {plan, wave});
    if (!report)
        return ctx.fail(report.error());
    auto count = [](qsizetype n, const char *what) {
        return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(what)).arg(n == 1 ? QString() : QStringLiteral("s"));
    };
    ctx.out << "imported " << count(report->respondents, "respondent") << " (" << count(report->newCases, "new case")
            << "), " << count(report->attributes, "case attribute") << " (" << count(report->values, "value") << "), "
            << count(report->documents.size(), "document") << " of open answers (" << count(report->answers, "answer")
            << ")\n";
    if (tiesColumn >= 0) {
        QList<network::TieInput> ties;
        for (const survey::SurveyTie &t : survey::surveyTies(*table, idColumn, tiesColumn, wave))
            ties.append(network::TieInput{t.from, t.to, t.wave, t.kind, t.line});
        auto added = network::addTies(*project, ties, table->fileName);
        if (!added) {
            // All or nothing: the survey goes too.
            const Status undone = project->undo();
            return ctx.fail(added.error().kind,
                            QStringLiteral("the collaboration column \"%1\": %2%3")
                                .arg(table->headers.at(tiesColumn), added.message(),
                                     undone ? QStringLiteral(" (the survey was not imported)")
                                            : QStringLiteral(" (and undoing the survey failed: %1)").arg(undone.message())));
        }
        ctx.out << "added " << count(*added, "collaboration tie") << " from \"" << table->headers.at(tiesColumn) << "\"\n";
    }
    return Ok;
}

}  // namespace crosscut::cli
