#include "team/agreementsummary.h"

#include "project/project.h"

#include <QHash>

namespace crosscut::team {

namespace {

struct Mean {
    double sum = 0;
    int n = 0;
    void add(const std::optional<double> &x)
    {
        if (x) {
            sum += *x;
            ++n;
        }
    }
    std::optional<double> value() const { return n > 0 ? std::optional<double>(sum / n) : std::nullopt; }
};

}  // namespace

QList<Id> doubleCodedDocuments(Project &project, Id coderA, Id coderB)
{
    QList<Id> documents;
    sql::Statement &stmt = project.statement(
        "SELECT d.id FROM document d WHERE "
        "EXISTS (SELECT 1 FROM quote q JOIN coding c ON c.quote_id = q.id WHERE q.document_id = d.id AND c.coder_id = ?1) "
        "AND EXISTS (SELECT 1 FROM quote q JOIN coding c ON c.quote_id = q.id WHERE q.document_id = d.id AND c.coder_id = ?2) "
        "ORDER BY d.sort_order, d.id");
    stmt.bind(1, coderA).bind(2, coderB);
    while (stmt.next())
        documents.append(stmt.int64(0));
    stmt.reset();
    return documents;
}

Result<AgreementSummary> summariseAgreement(Project &project)
{
    QList<Coder> coders;
    {
        sql::Statement &stmt = project.statement(
            "SELECT k.id, k.name FROM coder k WHERE EXISTS (SELECT 1 FROM coding c WHERE c.coder_id = k.id) ORDER BY k.name");
        while (stmt.next())
            coders.append(Coder{stmt.int64(0), stmt.text(1), {}});
        stmt.reset();
    }
    AgreementSummary summary;
    QHash<Id, int> codeIndex;
    QList<Mean> percent, kappa, alpha;
    QHash<Id, int> dimensionIndex;
    QList<Mean> cuAlpha;
    QList<QString> dimensionReasons;
    for (qsizetype i = 0; i < coders.size(); ++i) {
        for (qsizetype j = i + 1; j < coders.size(); ++j) {
            const QList<Id> documents = doubleCodedDocuments(project, coders[i].id, coders[j].id);
            if (documents.isEmpty())
                continue;
            AgreementOptions options;
            options.coders = {coders[i].name, coders[j].name};
            options.documents = documents;
            auto report = computeAgreement(project, options);
            if (!report)
                return report.error();
            if (report->pairs.isEmpty())
                continue;
            const PairAgreement &pair = report->pairs.first();
            PairSummary row{pair.coderA, pair.coderB, int(documents.size()), 0, {}, {}, {}};
            Mean pairPercent, pairKappa, pairAlpha;
            for (const CodeAgreement &c : pair.codes) {
                if (c.a + c.b == 0)
                    continue;  // neither used it here: no evidence either way
                ++row.codes;
                pairPercent.add(c.percent);
                pairKappa.add(c.kappa);
                pairAlpha.add(c.alpha);
                auto it = codeIndex.constFind(c.code);
                if (it == codeIndex.cend()) {
                    it = codeIndex.insert(c.code, int(summary.codes.size()));
                    CodeAgreement entry = c;
                    entry.a = entry.b = entry.both = entry.total = 0;
                    entry.reason.clear();
                    summary.codes.append(entry);
                    percent.append(Mean{});
                    kappa.append(Mean{});
                    alpha.append(Mean{});
                }
                CodeAgreement &entry = summary.codes[*it];
                entry.a += c.a;
                entry.b += c.b;
                entry.both += c.both;
                entry.total += c.total;
                if (!c.reason.isEmpty() && entry.reason.isEmpty())
                    entry.reason = c.reason;
                percent[*it].add(c.percent);
                kappa[*it].add(c.kappa);
                alpha[*it].add(c.alpha);
            }
            for (const DimensionAgreement &d : pair.dimensions) {
                auto it = dimensionIndex.constFind(d.dimension);
                if (it == dimensionIndex.cend()) {
                    it = dimensionIndex.insert(d.dimension, int(summary.dimensions.size()));
                    summary.dimensions.append(DimensionAgreement{d.dimension, d.name, {}, {}});
                    cuAlpha.append(Mean{});
                }
                cuAlpha[*it].add(d.cuAlpha);
                if (!d.cuAlpha && summary.dimensions[*it].reason.isEmpty())
                    summary.dimensions[*it].reason = d.reason;
            }
            row.meanPercent = pairPercent.value();
            row.meanKappa = pairKappa.value();
            row.meanAlpha = pairAlpha.value();
            summary.pairs.append(row);
        }
    }
    for (qsizetype k = 0; k < summary.codes.size(); ++k) {
        summary.codes[k].percent = percent[k].value();
        summary.codes[k].kappa = kappa[k].value();
        summary.codes[k].alpha = alpha[k].value();
    }
    for (qsizetype k = 0; k < summary.dimensions.size(); ++k) {
        summary.dimensions[k].cuAlpha = cuAlpha[k].value();
        if (summary.dimensions[k].cuAlpha)
            summary.dimensions[k].reason.clear();
    }
    return summary;
}

}  // namespace crosscut::team
