#include "import/documentreader.h"

#include "import/importlimits.h"
#include "import/markdowntext.h"
#include "import/officetext.h"
#include "import/pdflayout.h"
#include "import/speakerturns.h"
#include "import/subtitles.h"
#include "import/textdecoding.h"
#include "project/projectwriter.h"
#include "text/codepoints.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace crosscut::import {

namespace {

Result<QString> readDecoded(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("cannot read %1: %2").arg(what, file.errorString()));
    auto decoded = decodeText(file.readAll(), what);
    if (!decoded)
        return decoded.error();
    // Turn offsets are computed on the text exactly as it will be stored.
    return normalizeLineEndings(decoded->text);
}

Status requireText(const QString &text, const QString &what)
{
    if (text.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is empty: it holds only white space").arg(what));
    return {};
}

bool isKnownKind(const QString &kind)
{
    return kind == DocumentKind::Interview || kind == DocumentKind::FocusGroup || kind == DocumentKind::Notes
           || kind == DocumentKind::LiveSession;
}

// The text layer of a PDF, through the reader the program installed.
Result<PdfText> readPdfText(const QString &path, const QString &what)
{
    const PdfReader &reader = pdfReader();
    if (!reader)
        return makeError(ErrorKind::Unsupported, QStringLiteral("%1: this program cannot read PDF files; import it "
                                                                "with crosscut or crosscut-cli")
                                                     .arg(what));
    auto pages = reader(path, what);
    if (!pages)
        return pages.error();
    PdfText text = layoutPdfText(*pages);
    if (text.text.trimmed().isEmpty())
        return makeError(ErrorKind::Unsupported, pdfNoTextLayerMessage(what));
    return text;
}

// One turn per page, labelled "p. N", when the PDF has no speakers.
QList<NewDocument::Turn> pageTurns(const PdfText &text)
{
    QList<NewDocument::Turn> turns;
    for (const PdfPageSpan &page : text.pages) {
        NewDocument::Turn turn;
        turn.start = page.start;
        turn.end = page.end;
        turn.speaker = pageTurnLabel(page.page);
        turns.append(turn);
    }
    return turns;
}

// Speaker turns cut where a page ends, so that every page boundary is a turn
// boundary (the speaker continues on the next page).
QList<NewDocument::Turn> splitAtPages(const QList<NewDocument::Turn> &turns, const PdfText &text)
{
    QList<NewDocument::Turn> out;
    for (const NewDocument::Turn &turn : turns) {
        NewDocument::Turn piece = turn;
        for (qsizetype p = 0; p + 1 < text.pages.size(); ++p) {
            const PdfPageSpan &page = text.pages[p];
            if (piece.start < page.end && piece.end > page.end) {
                NewDocument::Turn head = piece;
                head.end = page.end;
                out.append(head);
                piece.start = text.pages[p + 1].start;  // after the blank line between pages
            }
        }
        if (piece.end > piece.start)
            out.append(piece);
    }
    return out;
}

}  // namespace

const QStringList &supportedExtensions()
{
    static const QStringList list = {QStringLiteral("txt"),  QStringLiteral("text"), QStringLiteral("md"),
                                     QStringLiteral("markdown"), QStringLiteral("docx"), QStringLiteral("odt"),
                                     QStringLiteral("srt"),  QStringLiteral("vtt"),  QStringLiteral("pdf")};
    return list;
}

Result<NewDocument> readDocument(const QString &path, const QString &kind)
{
    const QFileInfo info(path);
    const QString what = info.fileName();
    if (!kind.isEmpty() && !isKnownKind(kind))
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("unknown document kind \"%1\"; use interview, focus-group or notes").arg(kind));
    if (!info.exists())
        return makeError(ErrorKind::NotFound, QStringLiteral("%1 does not exist").arg(path));
    if (!info.isFile())
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is not a file").arg(path));
    const QString ext = info.suffix().toLower();
    if (!supportedExtensions().contains(ext))
        return makeError(ErrorKind::Unsupported,
                         QStringLiteral("%1: unknown file type \"%2\"; Crosscut imports %3")
                             .arg(what, ext.isEmpty() ? QStringLiteral("(no extension)") : QStringLiteral(".") + ext,
                                  QStringLiteral(".") + supportedExtensions().join(QStringLiteral(", ."))));
    if (info.size() == 0)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is empty").arg(what));
    if (info.size() > kMaxImportFileBytes)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is %2 MiB, larger than the %3 MiB Crosscut imports")
                                                 .arg(what)
                                                 .arg(info.size() / (1024 * 1024))
                                                 .arg(kMaxImportFileBytes / (1024 * 1024)));

    NewDocument doc;
    doc.name = info.completeBaseName();
    doc.sourceFile = info.fileName();
    if (ext == QLatin1String("pdf")) {
        auto text = readPdfText(path, what);
        if (!text)
            return text.error();
        doc.text = text->text;
        doc.turns = findSpeakerTurns(doc.text);
        if (doc.turns.isEmpty()) {
            doc.turns = pageTurns(*text);
            doc.casePerSpeaker = false;
        } else {
            doc.turns = splitAtPages(doc.turns, *text);
        }
    } else if (ext == QLatin1String("docx") || ext == QLatin1String("odt")) {
        auto text = ext == QLatin1String("docx") ? readDocxText(path) : readOdtText(path);
        if (!text)
            return text.error();
        doc.text = normalizeLineEndings(*text);
        doc.turns = findSpeakerTurns(doc.text);
    } else {
        auto text = readDecoded(path, what);
        if (!text)
            return text.error();
        if (Status s = requireText(*text, what); !s)
            return s.error();
        if (ext == QLatin1String("srt") || ext == QLatin1String("vtt")) {
            auto transcript = ext == QLatin1String("srt") ? parseSrt(*text, what) : parseWebVtt(*text, what);
            if (!transcript)
                return transcript.error();
            doc.text = transcript->text;
            doc.turns = transcript->turns;
        } else if (ext == QLatin1String("md") || ext == QLatin1String("markdown")) {
            doc.text = markdownToText(*text);
            doc.turns = findSpeakerTurns(doc.text);
        } else {
            doc.text = *text;  // stored code point for code point
            doc.turns = findSpeakerTurns(doc.text);
        }
    }
    if (Status s = requireText(doc.text, what); !s)
        return s.error();
    if (const qint64 bytes = utf8Size(doc.text); bytes > NewDocument::kMaxTextBytes)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 holds %2 MiB of text, more than the %3 MiB Crosscut "
                                                            "stores in one document; split it into several files")
                                                 .arg(what)
                                                 .arg(bytes / (1024 * 1024))
                                                 .arg(NewDocument::kMaxTextBytes / (1024 * 1024)));
    const qsizetype speakers = doc.casePerSpeaker ? distinctSpeakers(doc.turns) : 0;  // page turns are no speakers
    doc.casePerSpeaker = speakers > 0;
    if (!kind.isEmpty())
        doc.kind = kind;
    else
        doc.kind = speakers >= 3 ? DocumentKind::FocusGroup : DocumentKind::Interview;
    return doc;
}

Result<QList<Id>> importFiles(Project &project, const QStringList &paths, const QString &kind)
{
    if (paths.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("no files to import"));
    QList<NewDocument> docs;
    QHash<QString, QString> names;  // document name → file
    for (const QString &path : paths) {
        auto doc = readDocument(path, kind);
        if (!doc)
            return doc.error();
        if (auto it = names.constFind(doc->name); it != names.cend())
            return makeError(ErrorKind::Conflict, QStringLiteral("%1 and %2 would both become the document \"%3\"")
                                                      .arg(*it, path, doc->name));
        if (project.findDocument(doc->name))
            return makeError(ErrorKind::Conflict, QStringLiteral("cannot import %1: the project already has a document "
                                                                 "named \"%2\"")
                                                      .arg(path, doc->name));
        names.insert(doc->name, path);
        docs.append(std::move(doc).value());
    }
    QList<Id> ids;
    const QString label = docs.size() == 1 ? QStringLiteral("Import %1").arg(docs.first().name)
                                           : QStringLiteral("Import %1 documents").arg(docs.size());
    Status s = project.transact(label, [&](ProjectWriter &w) -> Status {
        for (qsizetype i = 0; i < docs.size(); ++i) {
            auto id = w.insertDocument(docs[i]);
            if (!id)
                return makeError(id.error().kind, QStringLiteral("cannot import %1: %2").arg(paths[i], id.message()));
            ids.append(*id);
        }
        return {};
    });
    if (!s)
        return s.error();
    return ids;
}

}  // namespace crosscut::import
