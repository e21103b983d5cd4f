#include "survey/surveycolumns.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

namespace crosscut::survey {

namespace {

bool isNumber(const QString &value)
{
    bool ok = false;
    value.toDouble(&ok);
    return ok;
}

bool isIsoDate(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return pattern.match(value).hasMatch() && QDate::fromString(value, Qt::ISODate).isValid();
}

}  // namespace

AttributeType detectType(const SurveyTable &table, int column)
{
    bool numbers = true, dates = true, shortValues = true;
    int count = 0;
    QSet<QString> distinct;
    for (const SurveyTable::Row &row : table.rows) {
        const QString &value = row.cells.value(column);
        if (value.isEmpty())
            continue;
        ++count;
        numbers = numbers && isNumber(value);
        dates = dates && isIsoDate(value);
        shortValues = shortValues && value.size() <= kMaxCategoryLength && !value.contains(u'\n');
        if (distinct.size() <= kMaxCategories)
            distinct.insert(value);
    }
    if (count == 0)
        return AttributeType::Text;
    if (numbers)
        return AttributeType::Number;
    if (dates)
        return AttributeType::Date;
    if (shortValues && distinct.size() <= kMaxCategories && distinct.size() < count)
        return AttributeType::Category;
    return AttributeType::Text;
}

bool looksOpen(const SurveyTable &table, int column)
{
    if (detectType(table, column) != AttributeType::Text)
        return false;
    qint64 length = 0;
    int count = 0;
    for (const SurveyTable::Row &row : table.rows) {
        const QString &value = row.cells.value(column);
        if (value.isEmpty())
            continue;
        if (value.contains(u'\n'))
            return true;
        length += value.size();
        ++count;
    }
    return count > 0 && length / count >= 40;
}

int guessIdentifier(const SurveyTable &table)
{
    static const QRegularExpression named(QStringLiteral("^(id|respondent|organi[sz]ation|name|code)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    int firstUnique = -1;
    for (int c = 0; c < table.columnCount(); ++c) {
        QSet<QString> seen;
        bool unique = !table.rows.isEmpty();
        for (const SurveyTable::Row &row : table.rows) {
            const QString &value = row.cells.value(c);
            if (value.isEmpty() || seen.contains(value) || value.size() > kMaxCategoryLength) {
                unique = false;
                break;
            }
            seen.insert(value);
        }
        if (!unique)
            continue;
        if (named.match(table.headers.at(c)).hasMatch())
            return c;
        if (firstUnique < 0)
            firstUnique = c;
    }
    return firstUnique;
}

QList<ColumnPlan> suggestPlan(const SurveyTable &table)
{
    QList<ColumnPlan> plan;
    const int id = guessIdentifier(table);
    for (int c = 0; c < table.columnCount(); ++c) {
        ColumnPlan p;
        p.type = detectType(table, c);
        if (c == id)
            p.role = ColumnRole::Identifier;
        else if (looksOpen(table, c))
            p.role = ColumnRole::Open;
        plan.append(p);
    }
    return plan;
}

Result<int> findColumn(const SurveyTable &table, const QString &name)
{
    const QString wanted = name.simplified();
    for (int c = 0; c < table.columnCount(); ++c)
        if (table.headers.at(c) == wanted)
            return c;
    QList<int> matches;
    for (int c = 0; c < table.columnCount(); ++c)
        if (table.headers.at(c).compare(wanted, Qt::CaseInsensitive) == 0)
            matches.append(c);
    if (matches.isEmpty() && !wanted.isEmpty()) {
        for (int c = 0; c < table.columnCount(); ++c) {
            const QString &h = table.headers.at(c);
            if (h.size() > wanted.size() && h.startsWith(wanted, Qt::CaseInsensitive) && !h.at(wanted.size()).isLetterOrNumber())
                matches.append(c);
        }
    }
    if (matches.size() == 1)
        return matches.first();
    QStringList quoted;
    for (const QString &h : table.headers)
        quoted.append(QStringLiteral("\"%1\"").arg(h));
    if (matches.size() > 1)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1: \"%2\" names several columns; give the whole header (columns: %3)")
                                                 .arg(table.fileName, wanted, quoted.join(QStringLiteral(", "))));
    return makeError(ErrorKind::NotFound, QStringLiteral("%1 has no column \"%2\" (columns: %3)")
                                              .arg(table.fileName, wanted, quoted.join(QStringLiteral(", "))));
}

QString waveName(const QString &header, const QString &wave)
{
    const QString w = wave.trimmed();
    return w.isEmpty() ? header : QStringLiteral("%1 [%2]").arg(header, w);
}

}  // namespace crosscut::survey
