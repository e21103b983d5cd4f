#include "cli/command.h"
#include "privacy/redaction.h"
#include "text/codepoints.h"
#include "util/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace crosscut::cli {

int runQuotes(Context &ctx)
{
    const QString format = ctx.args.value(QStringLiteral("--format"), QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return ctx.usage(QStringLiteral("--format must be csv or json"));
    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;

    QSet<Id> wantedCodes;
    if (ctx.args.has(QStringLiteral("--code"))) {
        auto id = project->resolveCodePath(ctx.args.value(QStringLiteral("--code")));
        if (!id)
            return ctx.fail(id.error());
        const QList<Id> ids = project->codeDescendants(*id);
        wantedCodes = QSet<Id>(ids.cbegin(), ids.cend());
    }
    std::optional<Id> wantedDoc;
    if (ctx.args.has(QStringLiteral("--doc"))) {
        auto doc = project->findDocument(ctx.args.value(QStringLiteral("--doc")));
        if (!doc)
            return ctx.fail(ErrorKind::NotFound, QStringLiteral("no document named \"%1\"").arg(ctx.args.value(QStringLiteral("--doc"))));
        wantedDoc = doc->id;
    }
    std::optional<Id> wantedCoder;
    if (ctx.args.has(QStringLiteral("--coder"))) {
        auto coder = project->findCoder(ctx.args.value(QStringLiteral("--coder")));
        if (!coder)
            return ctx.fail(ErrorKind::NotFound, QStringLiteral("no coder named \"%1\"").arg(ctx.args.value(QStringLiteral("--coder"))));
        wantedCoder = coder->id;
    }

    // --case: the quotes that carry the case (analysis/matrix.h): its
    // document belongs to the case, or the speaker turn containing its start
    // is the case's.
    std::optional<QSet<Id>> caseQuotes;
    if (ctx.args.has(QStringLiteral("--case"))) {
        const QString name = ctx.args.value(QStringLiteral("--case"));
        auto caseId = project->database().scalar(QStringLiteral("SELECT id FROM case_ WHERE name = ?"), {name});
        if (!caseId)
            return ctx.fail(caseId.error());
        if (!caseId->isValid())
            return ctx.fail(ErrorKind::NotFound, QStringLiteral("no case named \"%1\"").arg(name));
        auto stmt = project->database().prepare(QStringLiteral(
            "SELECT q.id FROM quote q WHERE q.document_id IN (SELECT document_id FROM document_case WHERE case_id = ?1) "
            "OR EXISTS (SELECT 1 FROM speaker_turn t WHERE t.document_id = q.document_id AND t.case_id = ?1 "
            "AND t.start <= q.start AND q.start < t.end)"));
        if (!stmt)
            return ctx.fail(stmt.error());
        stmt->bind(1, caseId->toLongLong());
        caseQuotes.emplace();
        while (stmt->next())
            caseQuotes->insert(stmt->int64(0));
        if (stmt->error())
            return ctx.fail(*stmt->error());
    }

    // --redact: names in document names and quote texts become role labels
    // (positions stay those of the project's text); CSV starts with the
    // watermark line, each JSON object carries it.
    const privacy::Redaction redaction =
        ctx.args.has(QStringLiteral("--redact")) ? privacy::Redaction::fromProject(*project) : privacy::Redaction();

    QHash<Id, QString> codePaths;
    for (const Code &c : project->codes())
        codePaths.insert(c.id, project->codePath(c.id));
    QHash<Id, QString> coderNames;
    for (const Coder &c : project->coders())
        coderNames.insert(c.id, c.name);

    struct Row {
        QStringList codes;
        QStringList coders;
        bool matches = false;
    };
    QHash<Id, Row> byQuote;
    {
        auto stmt = project->database().prepare(QStringLiteral("SELECT quote_id, code_id, coder_id FROM coding ORDER BY id"));
        if (!stmt)
            return ctx.fail(stmt.error());
        while (stmt->next()) {
            const Id codeId = stmt->int64(1);
            const Id coderId = stmt->int64(2);
            if (wantedCoder && coderId != *wantedCoder)
                continue;
            Row &row = byQuote[stmt->int64(0)];
            const QString path = codePaths.value(codeId);
            if (!row.codes.contains(path))
                row.codes.append(path);
            const QString coder = coderNames.value(coderId);
            if (!row.coders.contains(coder))
                row.coders.append(coder);
            if (wantedCodes.isEmpty() || wantedCodes.contains(codeId))
                row.matches = true;
        }
    }

    QJsonArray json;
    if (format == QLatin1String("csv") && redaction.enabled())
        ctx.out << csv::formatRow({privacy::watermark()});
    if (format == QLatin1String("csv"))
        ctx.out << csv::formatRow({QStringLiteral("document"), QStringLiteral("start"), QStringLiteral("end"),
                                   QStringLiteral("text"), QStringLiteral("codes"), QStringLiteral("coders")});
    for (const Document &doc : project->documents()) {
        if (wantedDoc && doc.id != *wantedDoc)
            continue;
        const QString text = project->documentText(doc.id);
        const CodePointIndex index(text);
        const privacy::RedactedText redacted = redaction.enabled() ? redaction.redact(text) : privacy::RedactedText();
        for (const Quote &q : project->quotes(doc.id)) {
            const auto row = byQuote.constFind(q.id);
            const bool coded = row != byQuote.cend();
            // A filter by code or coder keeps only quotes it matches; without
            // one, uncoded quotes are listed too.
            if ((!wantedCodes.isEmpty() || wantedCoder) && (!coded || !row->matches))
                continue;
            if (caseQuotes && !caseQuotes->contains(q.id))
                continue;
            const qsizetype from = index.toUtf16(q.start);
            const QString quoteText =
                redaction.enabled() ? redacted.slice(q.start, q.end) : text.mid(from, index.toUtf16(q.end) - from);
            const QString documentName = redaction.redactText(doc.name);
            const QStringList codes = coded ? row->codes : QStringList();
            const QStringList coders = coded ? row->coders : QStringList();
            if (format == QLatin1String("csv")) {
                ctx.out << csv::formatRow({documentName, QString::number(q.start), QString::number(q.end), quoteText,
                                           codes.join(QLatin1Char(';')), coders.join(QLatin1Char(';'))});
            } else {
                QJsonObject object{{QStringLiteral("id"), q.id},
                                        {QStringLiteral("document"), documentName},
                                        {QStringLiteral("start"), q.start},
                                        {QStringLiteral("end"), q.end},
                                        {QStringLiteral("text"), quoteText},
                                        {QStringLiteral("codes"), QJsonArray::fromStringList(codes)},
                                        {QStringLiteral("coders"), QJsonArray::fromStringList(coders)}};
                if (redaction.enabled())
                    object.insert(QStringLiteral("watermark"), privacy::watermark());
                json.append(object);
            }
        }
    }
    if (format == QLatin1String("json"))
        ctx.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return Ok;
}

}  // namespace crosscut::cli
