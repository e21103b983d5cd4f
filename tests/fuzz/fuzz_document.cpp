// libFuzzer harness: readDocument on one format, chosen at build time by
// CROSSCUT_FUZZ_FORMAT ("txt", "md", "srt", "vtt", "docx", "odt").

#include "fuzzinput.h"

#include "import/documentreader.h"

#include <cstring>

using namespace crosscut;

namespace {

QString inputFile(const uint8_t *data, size_t size)
{
    const QString format = QStringLiteral(CROSSCUT_FUZZ_FORMAT);
    if (format == QLatin1String("docx"))
        return fuzz::writeZipInput(data, size, format, QStringLiteral("word/document.xml"));
    if (format == QLatin1String("odt"))
        return fuzz::writeZipInput(data, size, format, QStringLiteral("content.xml"),
                                   {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"}});
    return fuzz::writeInput(data, size, format);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto doc = import::readDocument(inputFile(data, size));
    if (doc)
        fuzz::checkDocument(*doc);
    else if (doc.message().isEmpty())
        std::abort();  // every refusal says why
    return 0;
}
