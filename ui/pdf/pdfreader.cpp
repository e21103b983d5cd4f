#include "pdf/pdfreader.h"

#include <poppler-qt6.h>

#include <QFile>

namespace crosscut::pdf {

Result<QList<import::PdfPage>> readPdfPages(const QString &path, const QString &what)
{
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Io, QStringLiteral("cannot read %1: %2").arg(what, file.errorString()));
        if (!file.read(1024).contains("%PDF-"))
            return makeError(ErrorKind::Corrupt, import::pdfUnreadableMessage(what, QStringLiteral("no PDF header")));
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
            const QString text = box->text();
            const bool advancesRight =
                text.size() < 2 || box->charBoundingBox(0).center().x() <= box->charBoundingBox(int(text.size()) - 1).center().x();
            out.words.append(import::PdfWord{text, box->boundingBox(), box->hasSpaceAfter(), advancesRight});
        }
        pages.append(std::move(out));
    }
    if (unreadable == count)
        return makeError(ErrorKind::Corrupt, import::pdfUnreadableMessage(what, QStringLiteral("no page can be read")));
    return pages;
}

void installPdfReader() { import::setPdfReader(&readPdfPages); }

}  // namespace crosscut::pdf
