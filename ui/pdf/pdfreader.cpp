#include "pdf/pdfreader.h"

#include <poppler-qt6.h>

#include <QFile>

#include <algorithm>

namespace crosscut::pdf {

Result<QList<import::PdfPage>> readPdfPages(const QString &path, const QString &what)
{
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Io, QStringLiteral("cannot read %1: %2").arg(what, file.errorString()));
        if (!file.read(1024).contains("%PDF-"))
            return makeError(ErrorKind::Corrupt, import::pdfUnreadableMessage(what, QStringLiteral("no PDF header")));
        // Poppler reconstructs what it can of a cut-off file; a transcript
        // with its end missing is refused instead of imported in part.
        file.seek(std::max<qint64>(0, file.size() - 1024));
        if (!file.read(1024).contains("%%EOF"))
            return makeError(ErrorKind::Corrupt, import::pdfUnreadableMessage(what, QStringLiteral("it is cut off before its end")));
    }
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return makeError(ErrorKind::Corrupt, import::pdfUnreadableMessage(what, QStringLiteral("poppler cannot open it")));
    if (document->isLocked())
        return makeError(ErrorKind::Unsupported, import::pdfEncryptedMessage(what));
    const int count = document->numPages();
    if (count <= 0)
        return makeError(ErrorKind::Corrupt, import::pdfUnreadableMessage(what, QStringLiteral("it has no pages")));
    QList<import::PdfPage> pages;
    pages.reserve(count);
    int unreadable = 0;
    for (int i = 0; i < count; ++i) {
        import::PdfPage out;
        std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page) {
            ++unreadable;
            pages.append(out);
            continue;
        }
        out.size = page->pageSizeF();
        const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
        out.words.reserve(static_cast<qsizetype>(boxes.size()));
        for (const auto &box : boxes) {
            import::PdfWord word{box->text(), box->boundingBox(), box->hasSpaceAfter(), {}};
            // Right-to-left words carry their characters' boxes: their order
            // on the page tells reading order from visual order.
            const bool rtl = std::any_of(word.text.cbegin(), word.text.cend(), [](QChar c) {
                return c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
            });
            if (rtl)
                for (int c = 0; c < word.text.size(); ++c)
                    word.chars.append(box->charBoundingBox(c));
            out.words.append(std::move(word));
        }
        pages.append(std::move(out));
    }
    if (unreadable == count)
        return makeError(ErrorKind::Corrupt, import::pdfUnreadableMessage(what, QStringLiteral("no page can be read")));
    return pages;
}

void installPdfReader()
{
    // Poppler reports what it repairs on stderr; the refusals say what matters.
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    import::setPdfReader(&readPdfPages);
}

}  // namespace crosscut::pdf
