#include "export/quoteexport.h"

#include "analysis/matrix.h"
#include "export/atomicfile.h"
#include "privacy/redaction.h"
#include "project/project.h"
#include "util/csv.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace crosscut::exporting {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("QuoteExport", text); }

void appendDistinct(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

QString memoLine(const Memo &memo)
{
    const QString text = memo.text.trimmed();
    if (memo.title.trimmed().isEmpty())
        return text;
    return text.isEmpty() ? memo.title.trimmed() : memo.title.trimmed() + QStringLiteral(": ") + text;
}

}  // namespace

QStringList quoteExportFormats()
{
    return {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx"), QStringLiteral("docx"), QStringLiteral("html")};
}

Result<QuoteExport> collectQuoteExport(Project &project, const QList<Id> &quoteIds, const QuoteExportOptions &options)
{
    auto excerpts = analysis::quoteExcerpts(project, quoteIds, 0);
    if (!excerpts)
        return excerpts.error();
    const privacy::Redaction redaction = options.redact ? privacy::Redaction::fromProject(project) : privacy::Redaction();

    QuoteExport out;
    out.title = options.title.isEmpty() ? tr("Quotes") : options.title;
    out.summary = options.summary;
    out.focusCodes = options.focusCodes;
    if (redaction.enabled()) {
        // The title and summary may name a case (a matrix cell "Akinyi × …").
        out.watermark = privacy::watermark();
        out.title = redaction.redactText(out.title);
        out.summary = redaction.redactText(out.summary);
    }

    // The attributes a reader is shown (identifying ones never in a redacted export).
    QList<Attribute> documentAttributes, caseAttributes;
    for (const Attribute &a : project.attributes()) {
        if (redaction.enabled() && redaction.isIdentifying(a))
            continue;
        if (a.scope == AttributeScope::Document) {
            documentAttributes.append(a);
            out.documentAttributes.append(a.name);
        } else {
            caseAttributes.append(a);
            out.caseAttributes.append(a.name);
        }
    }
    QHash<Id, QString> caseNames;
    for (const Case &c : project.cases())
        caseNames.insert(c.id, c.name);
    QHash<Id, QStringList> memosByQuote;
    for (const Memo &m : project.memos(MemoTarget::Quote))
        if (m.targetId)
            memosByQuote[*m.targetId].append(memoLine(m));
    QHash<Id, QString> codePaths;
    QHash<Id, QString> coderNames;
    if (options.coder) {
        for (const Coder &c : project.coders())
            coderNames.insert(c.id, c.name);
    }

    // Per document, read once: its turns, cases, attribute values, redacted text.
    struct DocumentFacts {
        QList<SpeakerTurn> turns;
        QList<Id> cases;
        QHash<QString, QString> attributes;
        privacy::RedactedText redacted;
    };
    QHash<Id, DocumentFacts> documents;
    QHash<Id, QHash<QString, QString>> caseValues;

    for (analysis::QuoteExcerpt e : *excerpts) {
        auto facts = documents.find(e.documentId);
        if (facts == documents.end()) {
            DocumentFacts f;
            f.turns = project.speakerTurns(e.documentId);
            f.cases = project.documentCases(e.documentId);
            f.attributes = project.attributeValues(AttributeScope::Document, e.documentId);
            if (redaction.enabled())
                f.redacted = redaction.redact(project.documentText(e.documentId));
            facts = documents.insert(e.documentId, f);
        }
        // The quote's cases: its speaker turn's case, then its document's.
        QList<Id> cases;
        if (e.turn > 0 && e.turn <= facts->turns.size() && facts->turns.at(e.turn - 1).caseId)
            cases.append(*facts->turns.at(e.turn - 1).caseId);
        for (const Id c : facts->cases)
            if (!cases.contains(c))
                cases.append(c);

        QuoteExportRow row;
        row.quoteId = e.quoteId;
        row.start = e.start;
        row.end = e.end;
        row.paragraph = e.paragraph;
        row.turn = e.turn;
        row.timeMs = e.timeMs;
        row.page = e.page;
        if (options.coder) {
            e.codes.clear();
            e.coders.clear();
            for (const Coding &c : project.codings(e.quoteId)) {
                if (c.coderId != *options.coder)
                    continue;
                if (!codePaths.contains(c.codeId))
                    codePaths.insert(c.codeId, project.codePath(c.codeId));
                appendDistinct(e.codes, codePaths.value(c.codeId));
                appendDistinct(e.coders, coderNames.value(c.coderId));
            }
        }
        row.codes = e.codes;
        row.coders = e.coders;
        if (redaction.enabled()) {
            e.text = facts->redacted.slice(e.start, e.end);
            e.documentName = redaction.redactText(e.documentName);
            e.speaker = e.speaker.isEmpty() ? QString() : redaction.speakerLabel(e.speaker);
        }
        row.text = e.text;
        row.document = e.documentName;
        row.speaker = e.speaker;
        row.attribution = analysis::attribution(e);
        for (const Id c : cases)
            row.cases.append(redaction.enabled() ? redaction.caseLabel(c) : caseNames.value(c));
        for (const QString &memo : memosByQuote.value(e.quoteId))
            row.memos.append(redaction.enabled() ? redaction.redactText(memo) : memo);
        for (const Attribute &a : documentAttributes) {
            const QString value = facts->attributes.value(a.name);
            row.documentAttributes.append(redaction.enabled() ? redaction.redactText(value) : value);
        }
        for (const Attribute &a : caseAttributes) {
            QStringList values;
            for (const Id c : cases) {
                auto known = caseValues.find(c);
                if (known == caseValues.end())
                    known = caseValues.insert(c, project.attributeValues(AttributeScope::Case, c));
                appendDistinct(values, known->value(a.name));
            }
            const QString value = values.join(QStringLiteral("; "));
            row.caseAttributes.append(redaction.enabled() ? redaction.redactText(value) : value);
        }
        out.rows.append(row);
    }
    return out;
}

QStringList quoteRowCells(const QuoteExportRow &r, const QString &separator)
{
    QStringList cells{r.document,
                      QString::number(r.start),
                      QString::number(r.end),
                      r.text,
                      r.codes.join(separator),
                      r.coders.join(separator),
                      r.speaker,
                      r.attribution,
                      r.paragraph > 0 ? QString::number(r.paragraph) : QString(),
                      r.turn > 0 ? QString::number(r.turn) : QString(),
                      r.timeMs ? QString::number(*r.timeMs) : QString(),
                      r.page,
                      r.cases.join(separator),
                      r.memos.join(QStringLiteral("\n\n"))};
    cells += r.documentAttributes;
    cells += r.caseAttributes;
    return cells;
}

QByteArray quotesToCsv(const QuoteExport &quotes)
{
    QString out;
    if (!quotes.watermark.isEmpty())
        out += csv::formatRow({quotes.watermark});
    QStringList header{QStringLiteral("document"), QStringLiteral("start"),       QStringLiteral("end"),
                       QStringLiteral("text"),     QStringLiteral("codes"),       QStringLiteral("coders"),
                       QStringLiteral("speaker"),  QStringLiteral("attribution"), QStringLiteral("paragraph"),
                       QStringLiteral("turn"),     QStringLiteral("time_ms"),     QStringLiteral("page"),
                       QStringLiteral("cases"),    QStringLiteral("memos")};
    for (const QString &a : quotes.documentAttributes)
        header.append(QStringLiteral("document:") + a);
    for (const QString &a : quotes.caseAttributes)
        header.append(QStringLiteral("case:") + a);
    out += csv::formatRow(header);
    for (const QuoteExportRow &r : quotes.rows)
        out += csv::formatRow(quoteRowCells(r, QStringLiteral(";")));
    return out.toUtf8();
}

QByteArray quotesToJson(const QuoteExport &quotes)
{
    QJsonArray array;
    for (const QuoteExportRow &r : quotes.rows) {
        QJsonObject documentAttributes, caseAttributes;
        for (int i = 0; i < quotes.documentAttributes.size(); ++i)
            documentAttributes.insert(quotes.documentAttributes.at(i), r.documentAttributes.value(i));
        for (int i = 0; i < quotes.caseAttributes.size(); ++i)
            caseAttributes.insert(quotes.caseAttributes.at(i), r.caseAttributes.value(i));
        QJsonObject o{{QStringLiteral("id"), r.quoteId},
                      {QStringLiteral("document"), r.document},
                      {QStringLiteral("start"), r.start},
                      {QStringLiteral("end"), r.end},
                      {QStringLiteral("text"), r.text},
                      {QStringLiteral("codes"), QJsonArray::fromStringList(r.codes)},
                      {QStringLiteral("coders"), QJsonArray::fromStringList(r.coders)},
                      {QStringLiteral("speaker"), r.speaker},
                      {QStringLiteral("attribution"), r.attribution},
                      {QStringLiteral("paragraph"), r.paragraph > 0 ? QJsonValue(r.paragraph) : QJsonValue()},
                      {QStringLiteral("turn"), r.turn > 0 ? QJsonValue(r.turn) : QJsonValue()},
                      {QStringLiteral("time_ms"), r.timeMs ? QJsonValue(*r.timeMs) : QJsonValue()},
                      {QStringLiteral("page"), r.page.isEmpty() ? QJsonValue() : QJsonValue(r.page)},
                      {QStringLiteral("cases"), QJsonArray::fromStringList(r.cases)},
                      {QStringLiteral("memos"), QJsonArray::fromStringList(r.memos)},
                      {QStringLiteral("document_attributes"), documentAttributes},
                      {QStringLiteral("case_attributes"), caseAttributes}};
        if (!quotes.watermark.isEmpty())
            o.insert(QStringLiteral("watermark"), quotes.watermark);
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QStringList quoteGroups(const QuoteExport &quotes, const QuoteExportRow &row, QuoteGrouping grouping)
{
    if (grouping == QuoteGrouping::Document)
        return {row.document};
    QStringList groups;
    if (!quotes.focusCodes.isEmpty()) {
        for (const QString &focus : quotes.focusCodes)
            for (const QString &code : row.codes)
                if (code == focus || code.startsWith(focus + QLatin1Char('/')))
                    appendDistinct(groups, focus);
    } else {
        for (const QString &code : row.codes)
            appendDistinct(groups, code);
    }
    if (groups.isEmpty())
        groups.append(tr("(uncoded)"));
    return groups;
}

QList<QPair<QString, QList<int>>> groupQuotes(const QuoteExport &quotes, QuoteGrouping grouping)
{
    QList<QPair<QString, QList<int>>> groups;
    QHash<QString, int> index;
    // Focus codes head the list in the order asked for.
    if (grouping == QuoteGrouping::Code)
        for (const QString &focus : quotes.focusCodes)
            if (!index.contains(focus)) {
                index.insert(focus, static_cast<int>(groups.size()));
                groups.append({focus, {}});
            }
    for (int i = 0; i < quotes.rows.size(); ++i)
        for (const QString &g : quoteGroups(quotes, quotes.rows.at(i), grouping)) {
            auto at = index.constFind(g);
            if (at == index.cend()) {
                at = index.insert(g, static_cast<int>(groups.size()));
                groups.append({g, {}});
            }
            groups[*at].second.append(i);
        }
    groups.removeIf([](const QPair<QString, QList<int>> &g) { return g.second.isEmpty(); });
    return groups;
}

Status writeQuotes(const QString &path, const QString &format, const QuoteExport &quotes, QuoteGrouping grouping)
{
    if (!quoteExportFormats().contains(format))
        return makeError(ErrorKind::Invalid, tr("Quotes are exported as CSV, JSON, XLSX, DOCX or HTML, not “%1”.").arg(format));
    if (Status target = checkWritableTarget(path); !target)
        return target;
    if (format == QLatin1String("xlsx"))
        return writeQuotesXlsx(path, quotes);
    QByteArray data;
    if (format == QLatin1String("csv")) {
        data = quotesToCsv(quotes);
    } else if (format == QLatin1String("json")) {
        data = quotesToJson(quotes);
    } else if (format == QLatin1String("html")) {
        data = quotesToHtml(quotes, grouping);
    } else {
        Result<QByteArray> docx = quotesToDocx(quotes, grouping);
        if (!docx)
            return docx.error();
        data = *docx;
    }
    return writeAtomically(path, data);
}

}  // namespace crosscut::exporting
