#include "cli/command.h"
#include "project/projectwriter.h"
#include "util/csv.h"

namespace crosscut::cli {

namespace {

Result<qint64> parseOffset(const QString &text, const char *what)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 \"%2\" is not a whole number").arg(QString::fromLatin1(what), text));
    return value;
}

int codeOne(Context &ctx, Project &project)
{
    for (const char *required : {"--doc", "--start", "--end", "--code"})
        if (!ctx.args.has(QString::fromLatin1(required)))
            return ctx.usage(QStringLiteral("code needs %1 (or --from FILE.csv)").arg(QString::fromLatin1(required)));
    const QString docName = ctx.args.value(QStringLiteral("--doc"));
    auto doc = project.findDocument(docName);
    if (!doc)
        return ctx.fail(ErrorKind::NotFound, QStringLiteral("no document named \"%1\"").arg(docName));
    auto start = parseOffset(ctx.args.value(QStringLiteral("--start")), "start");
    if (!start)
        return ctx.fail(start.error());
    auto end = parseOffset(ctx.args.value(QStringLiteral("--end")), "end");
    if (!end)
        return ctx.fail(end.error());
    auto codeId = project.resolveCodePath(ctx.args.value(QStringLiteral("--code")));
    if (!codeId)
        return ctx.fail(codeId.error());
    auto quote = project.applyCode(doc->id, *start, *end, *codeId);
    if (!quote)
        return ctx.fail(quote.error());
    ctx.out << "coded quote #" << *quote << "\n";
    return Ok;
}

// One transaction for the whole file: every row or none. The file is read
// record by record, so a million rows never sit in memory as strings.
int codeFromCsv(Context &ctx, Project &project)
{
    const QString path = ctx.args.value(QStringLiteral("--from"));
    auto opened = csv::Reader::open(path);
    if (!opened)
        return ctx.fail(opened.error());
    csv::Reader &reader = **opened;
    csv::Row row;
    auto hasHeader = reader.next(row);
    if (!hasHeader)
        return ctx.fail(hasHeader.error().kind, QStringLiteral("%1: %2").arg(path, hasHeader.message()));
    if (!*hasHeader)
        return ctx.fail(ErrorKind::Invalid, QStringLiteral("%1 is empty; expected a header document,start,end,code,coder").arg(path));
    const QStringList header = row.fields;
    auto column = [&](const char *name) {
        for (qsizetype i = 0; i < header.size(); ++i)
            if (header[i].trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return static_cast<int>(i);
        return -1;
    };
    const int cDoc = column("document"), cStart = column("start"), cEnd = column("end"), cCode = column("code"),
              cCoder = column("coder");
    if (cDoc < 0 || cStart < 0 || cEnd < 0 || cCode < 0)
        return ctx.fail(ErrorKind::Invalid,
                        QStringLiteral("%1 line 1: the header must name the columns document,start,end,code[,coder]").arg(path));
    const int needed = std::max({cDoc, cStart, cEnd, cCode}) + 1;

    QHash<QString, Id> documents;
    for (const Document &d : project.documents())
        documents.insert(d.name, d.id);
    QHash<QString, Id> codes;
    qint64 added = 0;
    qint64 rows = 0;
    const qint64 quotesBefore = project.database().scalar(QStringLiteral("SELECT count(*) FROM quote"))->toLongLong();
    const QString defaultCoder = ctx.args.value(QStringLiteral("--coder"), project.currentCoder());

    Status s = project.transact(QStringLiteral("Code from %1").arg(path), [&](ProjectWriter &w) -> Status {
        for (;;) {
            auto more = reader.next(row);
            if (!more)
                return makeError(more.error().kind, QStringLiteral("%1 %2").arg(path, more.message()));
            if (!*more)
                return {};
            ++rows;
            auto lineError = [&](const QString &message) {
                return makeError(ErrorKind::Invalid, QStringLiteral("%1 line %2: %3").arg(path).arg(row.line).arg(message));
            };
            if (row.fields.size() < needed)
                return lineError(QStringLiteral("expected at least %1 fields, found %2").arg(needed).arg(row.fields.size()));
            const QString docName = row.fields[cDoc].trimmed();
            const auto doc = documents.constFind(docName);
            if (doc == documents.cend())
                return lineError(QStringLiteral("no document named \"%1\"").arg(docName));
            auto start = parseOffset(row.fields[cStart], "start");
            if (!start)
                return lineError(start.message());
            auto end = parseOffset(row.fields[cEnd], "end");
            if (!end)
                return lineError(end.message());
            const QString &codePath = row.fields[cCode];
            auto code = codes.constFind(codePath);
            if (code == codes.cend()) {
                auto resolved = project.resolveCodePath(codePath);
                if (!resolved)
                    return lineError(resolved.message());
                code = codes.insert(codePath, *resolved);
            }
            QString coderName = cCoder >= 0 ? row.fields.value(cCoder).trimmed() : QString();
            if (coderName.isEmpty())
                coderName = defaultCoder;
            auto coder = w.coderId(coderName);
            if (!coder)
                return lineError(coder.message());
            auto quote = w.findOrInsertQuote(*doc, *start, *end);
            if (!quote)
                return lineError(quote.message());
            auto inserted = w.insertCoding(*quote, *code, *coder);
            if (!inserted)
                return lineError(inserted.message());
            if (*inserted)
                ++added;
        }
    });
    if (!s)
        return ctx.fail(s.error());
    const qint64 quotesAfter = project.database().scalar(QStringLiteral("SELECT count(*) FROM quote"))->toLongLong();
    ctx.out << "added " << added << " codings and " << (quotesAfter - quotesBefore) << " quotes from " << rows << " rows\n";
    return Ok;
}

}  // namespace

int runCode(Context &ctx)
{
    int code = Ok;
    auto project = ctx.openProject(&code);
    if (!project)
        return code;
    if (ctx.args.has(QStringLiteral("--coder")) && !ctx.args.has(QStringLiteral("--from")))
        project->setCurrentCoder(ctx.args.value(QStringLiteral("--coder")));
    if (ctx.args.has(QStringLiteral("--from")))
        return codeFromCsv(ctx, *project);
    return codeOne(ctx, *project);
}

}  // namespace crosscut::cli
