#include "render/reportsummary.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace crosscut::render {

namespace {

using namespace analysis;

QString quotes(qint64 n) { return n == 1 ? QStringLiteral("1 quote") : QStringLiteral("%1 quotes").arg(n); }
QString ties(qint64 n) { return n == 1 ? QStringLiteral("1 tie") : QStringLiteral("%1 ties").arg(n); }

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString number(double value, int decimals) { return QLocale::c().toString(value, 'f', decimals); }

// "Provider-led, Key population-led and LGBT people".
QString listed(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" and ") + names.last();
}

bool codeAxis(AxisSpec::Kind kind) { return kind == AxisSpec::Kind::Dimension || kind == AxisSpec::Kind::Codes; }

// Rows by total, largest first; ties keep the matrix's order.
QList<int> rowsByTotal(const MatrixResult &m)
{
    QList<int> order(m.rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&m](int a, int b) { return m.rowTotals.value(a) > m.rowTotals.value(b); });
    return order;
}

// The leading row against the next one, and the column where the two are furthest apart.
QStringList rowSentences(const MatrixResult &m, AxisSpec::Kind rowKind)
{
    QStringList out;
    if (m.rows.isEmpty() || m.columns.isEmpty())
        return out;
    const QString matrixName = QStringLiteral("%1 × %2").arg(m.rowTitle, m.columnTitle);
    if (m.grandTotal == 0) {
        out.append(QStringLiteral("No quote yet carries both a %1 value and a %2 value, so the %3 matrix is empty.")
                       .arg(m.rowTitle, m.columnTitle, matrixName));
        return out;
    }
    const QList<int> order = rowsByTotal(m);
    const int first = order.at(0);
    const QString a = m.rows.at(first).text;
    const qint64 na = m.rowTotals.value(first);
    if (m.rows.size() == 1) {
        out.append(QStringLiteral("All %1 in the %2 matrix are %3.").arg(quotes(na), matrixName, a));
        return out;
    }
    const int second = order.at(1);
    const QString b = m.rows.at(second).text;
    const qint64 nb = m.rowTotals.value(second);
    if (na == nb) {
        // Every row level with the leader is named.
        QStringList level;
        for (const int r : order)
            if (m.rowTotals.value(r) == na)
                level.append(m.rows.at(r).text);
        out.append(QStringLiteral("By %1, %2 are level, with %3 each.").arg(m.rowTitle, listed(level), quotes(na)));
    } else if (codeAxis(rowKind)) {
        out.append(nb == 0 ? QStringLiteral("%1 quotes outnumber %2 ones %3 to none.").arg(a, b).arg(na)
                           : QStringLiteral("%1 quotes outnumber %2 ones %3 to %4.").arg(a, b).arg(na).arg(nb));
    } else {
        out.append(QStringLiteral("By %1, %2 has the most quotes (%3), ahead of %4 (%5).").arg(m.rowTitle, a).arg(na).arg(b).arg(nb));
    }
    if (m.columns.size() < 2)
        return out;
    int widest = -1;
    qint64 gap = 0;
    for (int c = 0; c < m.columns.size(); ++c) {
        const qint64 d = std::abs(m.counts.value(first).value(c) - m.counts.value(second).value(c));
        if (d > gap) {
            gap = d;
            widest = c;
        }
    }
    if (widest >= 0)
        out.append(QStringLiteral("The gap between them is largest for %1 (%2 %3 to %4 %5).")
                       .arg(m.columns.at(widest).text)
                       .arg(m.counts.value(first).value(widest))
                       .arg(a)
                       .arg(m.counts.value(second).value(widest))
                       .arg(b));
    return out;
}

QString columnSentence(const MatrixResult &m)
{
    if (m.columns.isEmpty() || m.grandTotal == 0)
        return {};
    const qint64 most = *std::max_element(m.columnTotals.begin(), m.columnTotals.end());
    QStringList top;
    for (int c = 0; c < m.columns.size(); ++c)
        if (m.columnTotals.value(c) == most)
            top.append(m.columns.at(c).text);
    if (m.columns.size() == 1)
        return QStringLiteral("All %1 fall under %2.").arg(quotes(most), top.first());
    if (top.size() == m.columns.size())
        return QStringLiteral("Every %1 value has as many quotes as the others: %2 each.").arg(m.columnTitle, quotes(most));
    if (top.size() > 1)
        return QStringLiteral("Of the %1 values, %2 have the most quotes, %3 each.").arg(m.columnTitle, listed(top), quotes(most));
    return QStringLiteral("Of the %1 values, %2 has the most quotes: %3 of %4.")
        .arg(m.columnTitle, top.first())
        .arg(most)
        .arg(m.grandTotal);
}

QString hatShiftSentence(const ReportData &data)
{
    const auto &cases = data.profiles.cases;
    if (cases.isEmpty())
        return {};
    int shifting = 0;
    for (const CaseProfile &c : cases)
        if (std::any_of(c.dimensions.begin(), c.dimensions.end(), [](const DimensionProfile &d) { return d.hatShift; }))
            ++shifting;
    const int n = static_cast<int>(cases.size());
    if (shifting == 0)
        return QStringLiteral("None of the %1 cases speaks from more than one value of a dimension (no hat shifts).").arg(n);
    const QString percent = number(100.0 * shifting / n, 0);
    return QStringLiteral("%1 of %2 cases (%3 %) speak from more than one value of a dimension: they shift hats.")
        .arg(shifting)
        .arg(n)
        .arg(percent);
}

QString networkSentence(const ReportData &data)
{
    if (!data.network || data.network->waves.isEmpty())
        return {};
    const auto &last = data.network->waves.last();
    QString sentence = QStringLiteral("The collaboration network has %1 among %2 cases (density %3)")
                           .arg(ties(last.ties))
                           .arg(last.cases)
                           .arg(number(last.density, 2));
    if (last.wave)
        sentence += QStringLiteral(" in wave %1").arg(*last.wave);
    if (data.network->waves.size() > 1) {
        const auto &earlier = data.network->waves.first();
        sentence += QStringLiteral(", against %1 in wave %2").arg(ties(earlier.ties)).arg(earlier.wave.value_or(QStringLiteral("1")));
    }
    return sentence + QLatin1Char('.');
}

QString agreementSentence(const ReportData &data)
{
    if (data.agreement.empty())
        return {};
    double percent = 0, kappa = 0;
    int percents = 0, kappas = 0, documents = 0;
    for (const auto &pair : data.agreement.pairs) {
        documents = std::max(documents, pair.documents);
        if (pair.meanPercent) {
            percent += *pair.meanPercent;
            ++percents;
        }
        if (pair.meanKappa) {
            kappa += *pair.meanKappa;
            ++kappas;
        }
    }
    if (percents == 0)
        return {};
    const auto &pair = data.agreement.pairs.first();
    const QString between = data.redacted                          ? QStringLiteral("between the coders")
                            : data.agreement.pairs.size() == 1 ? QStringLiteral("between %1 and %2").arg(pair.coderA, pair.coderB)
                                                               : QStringLiteral("over %1 pairs of coders").arg(data.agreement.pairs.size());
    QString sentence = QStringLiteral("Inter-coder agreement %1 is %2 % of the code points, on average over the codes")
                           .arg(between, number(100.0 * percent / percents, 0));
    if (kappas > 0)
        sentence += QStringLiteral(" (mean Cohen's kappa %1)").arg(number(std::abs(kappa / kappas) < 0.005 ? 0.0 : kappa / kappas, 2));
    if (data.agreement.pairs.size() == 1)
        sentence += QStringLiteral(", over %1 double-coded %2").arg(documents).arg(documents == 1 ? QStringLiteral("document")
                                                                                                    : QStringLiteral("documents"));
    return sentence + QLatin1Char('.');
}

}  // namespace

QStringList reportSummary(const ReportData &data, AxisSpec::Kind rowKind)
{
    QStringList out = rowSentences(data.matrix, rowKind);
    for (const QString &sentence : {columnSentence(data.matrix), hatShiftSentence(data), networkSentence(data), agreementSentence(data)})
        if (!sentence.isEmpty())
            out.append(sentence);
    for (QString &sentence : out)
        sentence = capitalised(sentence);
    return out;
}

}  // namespace crosscut::render
