#include "import/textdecoding.h"

#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <iconv.h>

#include <cerrno>
#include <memory>

namespace crosscut::import {

namespace {

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < static_cast<qsizetype>(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char c : prefix)
        if (static_cast<unsigned char>(bytes[i++]) != c)
            return false;
    return true;
}

// Decodes with a Qt decoder; a malformed sequence is an error, not U+FFFD.
std::optional<QString> decodeStrict(QStringDecoder::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<QString> decodeWithIconv(const QByteArray &bytes, const QByteArray &charset)
{
    iconv_t cd = iconv_open("UTF-8", charset.constData());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return std::nullopt;
    std::unique_ptr<void, int (*)(iconv_t)> guard(cd, &iconv_close);
    QByteArray out;
    out.resize(bytes.size() * 4 + 16);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = static_cast<size_t>(bytes.size());
    char *outPtr = out.data();
    size_t outLeft = static_cast<size_t>(out.size());
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &outPtr, &outLeft) == static_cast<size_t>(-1)) {
            if (errno != E2BIG)
                return std::nullopt;  // EILSEQ / EINVAL: bytes this charset cannot hold
            const qsizetype used = outPtr - out.data();
            out.resize(out.size() * 2);
            outPtr = out.data() + used;
            outLeft = static_cast<size_t>(out.size() - used);
        }
    }
    out.resize(outPtr - out.data());
    return QString::fromUtf8(out);
}

QByteArray detectCharset(const QByteArray &bytes)
{
    uchardet_t detector = uchardet_new();
    uchardet_handle_data(detector, bytes.constData(), static_cast<size_t>(bytes.size()));
    uchardet_data_end(detector);
    const QByteArray charset = QByteArray(uchardet_get_charset(detector)).toUpper();
    uchardet_delete(detector);
    return charset;
}

// Control characters other than tab, line feed, form feed and carriage
// return do not occur in text; a "decoded" file full of them was binary.
bool looksLikeText(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') || u == 0x7f || u == 0xfffe
            || u == 0xffff)
            return false;
    }
    return true;
}

bool hasUnpairedSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate()) {
            if (i + 1 >= text.size() || !text[i + 1].isLowSurrogate())
                return true;
            ++i;
        } else if (text[i].isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

// UTF-16 without a byte-order mark. In UTF-16 text one byte of every unit,
// the high byte, is NUL for Latin letters, digits, spaces and punctuation, and
// takes one value for the letters of one script (0x04 Cyrillic, 0x06 Arabic
// and Urdu, 0x09 Devanagari); 0x20 (dashes, quotes) and 0xD8–0xDF (emoji)
// add a few more. Bytes are taken as UTF-16 only when they show that pattern
// consistently: every NUL on the high side, at least one unit in twenty with a
// NUL high byte, and nine units in ten with one of those high bytes. A UTF-8
// or binary file that merely holds a NUL does not (issue 12).
std::optional<DecodedText> bomlessUtf16(const QByteArray &bytes)
{
    if (bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (bytes[i] == '\0')
            ++(i % 2 == 0 ? evenZeros : oddZeros);
    const qsizetype units = bytes.size() / 2;
    QStringDecoder::Encoding encoding;
    const char *name;
    qsizetype highSide;  // 0: the high byte comes first (BE), 1: second (LE)
    if (evenZeros == 0 && oddZeros * 20 >= units) {
        encoding = QStringDecoder::Utf16LE;
        name = "UTF-16LE";
        highSide = 1;
    } else if (oddZeros == 0 && evenZeros * 20 >= units) {
        encoding = QStringDecoder::Utf16BE;
        name = "UTF-16BE";
        highSide = 0;
    } else {
        return std::nullopt;
    }
    qsizetype highCounts[256] = {};
    for (qsizetype i = highSide; i < bytes.size(); i += 2)
        ++highCounts[static_cast<unsigned char>(bytes[i])];
    const auto isSurrogate = [](int h) { return h >= 0xD8 && h <= 0xDF; };
    int script = 1;  // the script's block: the most frequent other high byte
    for (int h = 2; h < 256; ++h)
        if (h != 0x20 && !isSurrogate(h) && highCounts[h] > highCounts[script])
            script = h;
    qsizetype regular = highCounts[0] + highCounts[0x20] + highCounts[script];
    for (int h = 0xD8; h <= 0xDF; ++h)
        regular += highCounts[h];
    if (regular * 10 < units * 9)
        return std::nullopt;
    auto text = decodeStrict(encoding, bytes);
    if (!text || hasUnpairedSurrogate(*text) || !looksLikeText(*text))
        return std::nullopt;
    return DecodedText{*text, QString::fromLatin1(name)};
}

}  // namespace

bool isValidUtf8(const QByteArray &bytes) { return decodeStrict(QStringDecoder::Utf8, bytes).has_value(); }

Result<DecodedText> decodeText(const QByteArray &bytes, const QString &what)
{
    auto undecodable = [&](const QString &why) {
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 cannot be decoded as text: %2").arg(what, why));
    };
    struct Bom {
        std::initializer_list<unsigned char> bytes;
        QStringDecoder::Encoding encoding;
        const char *name;
    };
    // UTF-32 LE before UTF-16 LE: its BOM starts with the UTF-16 LE BOM.
    const Bom boms[] = {
        {{0xEF, 0xBB, 0xBF}, QStringDecoder::Utf8, "UTF-8"},
        {{0xFF, 0xFE, 0x00, 0x00}, QStringDecoder::Utf32LE, "UTF-32LE"},
        {{0x00, 0x00, 0xFE, 0xFF}, QStringDecoder::Utf32BE, "UTF-32BE"},
        {{0xFF, 0xFE}, QStringDecoder::Utf16LE, "UTF-16LE"},
        {{0xFE, 0xFF}, QStringDecoder::Utf16BE, "UTF-16BE"},
    };
    for (const Bom &bom : boms) {
        if (!startsWith(bytes, bom.bytes))
            continue;
        const QByteArrayView body = QByteArrayView(bytes).sliced(static_cast<qsizetype>(bom.bytes.size()));
        if (body.isEmpty())
            return makeError(ErrorKind::Invalid, QStringLiteral("%1 is empty").arg(what));
        auto text = decodeStrict(bom.encoding, body);
        if (!text || hasUnpairedSurrogate(*text))
            return undecodable(QStringLiteral("it starts with a %1 byte-order mark but is not valid %1")
                                   .arg(QString::fromLatin1(bom.name)));
        if (!looksLikeText(*text))
            return undecodable(QStringLiteral("it holds control characters (a binary file?)"));
        return DecodedText{*text, QString::fromLatin1(bom.name)};
    }
    if (bytes.isEmpty())
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is empty").arg(what));
    if (bytes.contains('\0')) {
        if (auto utf16 = bomlessUtf16(bytes))
            return *utf16;
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("%1 is a binary file (it holds NUL bytes), not text").arg(what));
    }
    if (auto text = decodeStrict(QStringDecoder::Utf8, bytes)) {
        if (!looksLikeText(*text))
            return undecodable(QStringLiteral("it holds control characters (a binary file?)"));
        return DecodedText{*text, QStringLiteral("UTF-8")};
    }
    QByteArray charset = detectCharset(bytes);
    if (charset.isEmpty() || charset == "UTF-8" || charset == "ASCII")
        return undecodable(QStringLiteral("it is not valid UTF-8 and its encoding cannot be recognised"));
    auto text = decodeWithIconv(bytes, charset);
    // uchardet reports Windows-1252 for most Latin-1 text; the five bytes 1252
    // leaves undefined are still Latin-1.
    if (!text && charset == "WINDOWS-1252") {
        charset = "ISO-8859-1";
        text = decodeWithIconv(bytes, charset);
    }
    if (!text)
        return undecodable(QStringLiteral("it looks like %1 but is not valid %1").arg(QString::fromLatin1(charset)));
    if (!looksLikeText(*text))
        return undecodable(QStringLiteral("it holds control characters (a binary file?)"));
    return DecodedText{*text, QString::fromLatin1(charset)};
}

}  // namespace crosscut::import
