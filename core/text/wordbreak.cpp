#include "text/wordbreak.h"

#include "text/boundaries.h"
#include "text/codepoints.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/rbbi.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>

#include <memory>

namespace crosscut::text {

namespace {

icu::UnicodeString toIcu(QStringView text)
{
    // QChar and UChar are both UTF-16 code units: no conversion.
    return icu::UnicodeString(false, reinterpret_cast<const UChar *>(text.data()),
                              static_cast<int32_t>(text.size()));
}

// One word-break iterator per thread (they are not thread-safe, and making one
// loads ICU's rules: costly enough to keep).
icu::BreakIterator *wordIterator()
{
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        return U_SUCCESS(status) ? std::move(it) : nullptr;
    }();
    return iterator.get();
}

bool isEmojiOrSymbol(QStringView piece)
{
    for (const char32_t cp : piece.toUcs4()) {
        if (isWordCodePoint(cp))
            return false;
        const QChar::Category cat = QChar::category(cp);
        if (cat == QChar::Symbol_Other || cat == QChar::Symbol_Math || cat == QChar::Symbol_Currency)
            return true;
    }
    return false;
}

}  // namespace

QList<WordToken> wordTokens(QStringView text)
{
    QList<WordToken> tokens;
    icu::BreakIterator *it = wordIterator();
    if (!it || text.isEmpty())
        return tokens;
    const icu::UnicodeString source = toIcu(text);
    it->setText(source);
    // Walk UTF-16 boundaries, counting code points as we go.
    qsizetype cpAt = 0;
    int32_t from = it->first();
    qsizetype utf16Done = 0;
    auto advanceTo = [&](int32_t utf16) {
        cpAt += codePointCount(text.mid(utf16Done, utf16 - utf16Done));
        utf16Done = utf16;
    };
    for (int32_t to = it->next(); to != icu::BreakIterator::DONE; from = to, to = it->next()) {
        const int32_t status = it->getRuleStatus();
        const QStringView piece = text.mid(from, to - from);
        WordKind kind;
        if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_IDEO_LIMIT)
            kind = WordKind::Letters;
        else if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT)
            kind = WordKind::Number;
        else if (isEmojiOrSymbol(piece))
            kind = WordKind::Emoji;
        else
            continue;
        advanceTo(from);
        const qsizetype start = cpAt;
        advanceTo(to);
        tokens.append({start, cpAt, kind});
    }
    return tokens;
}

QString foldWord(QStringView word)
{
    icu::UnicodeString s = toIcu(word);
    icu::UnicodeString folded(s);
    folded.foldCase(U_FOLD_CASE_DEFAULT);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_SUCCESS(status)) {
        icu::UnicodeString normal = nfc->normalize(folded, status);
        if (U_SUCCESS(status))
            folded = normal;
    }
    return QString(reinterpret_cast<const QChar *>(folded.getBuffer()), folded.length());
}

bool onWordBoundaries(QStringView text, qsizetype start, qsizetype end)
{
    if (start < 0 || end < start)
        return false;
    const CodePointIndex index(text);
    if (end > index.codePointLength())
        return false;
    TextBoundaries boundaries(text);
    return boundaries.isWordBoundary(index.toUtf16(start)) && boundaries.isWordBoundary(index.toUtf16(end));
}

}  // namespace crosscut::text
