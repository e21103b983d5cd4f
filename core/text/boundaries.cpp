#include "text/boundaries.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

namespace crosscut::text {

namespace {

// Making an iterator loads ICU's rules; a clone of a prototype is cheap.
std::unique_ptr<icu::BreakIterator> prototype(bool sentences)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        sentences ? icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status)
                  : icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    return U_SUCCESS(status) ? std::move(it) : nullptr;
}

std::unique_ptr<icu::BreakIterator> fresh(bool sentences)
{
    thread_local std::unique_ptr<icu::BreakIterator> words = prototype(false);
    thread_local std::unique_ptr<icu::BreakIterator> sentenceIt = prototype(true);
    const auto &proto = sentences ? sentenceIt : words;
    return proto ? std::unique_ptr<icu::BreakIterator>(proto->clone()) : nullptr;
}

}  // namespace

struct TextBoundaries::Iterators {
    UText *text = nullptr;
    std::unique_ptr<icu::BreakIterator> words;
    std::unique_ptr<icu::BreakIterator> sentences;

    ~Iterators()
    {
        words.reset();
        sentences.reset();
        if (text)
            utext_close(text);
    }

    icu::BreakIterator *get(bool sentence)
    {
        auto &it = sentence ? sentences : words;
        if (!it && text) {
            it = fresh(sentence);
            UErrorCode status = U_ZERO_ERROR;
            if (it)
                it->setText(text, status);
            if (U_FAILURE(status))
                it.reset();
        }
        return it.get();
    }
};

TextBoundaries::TextBoundaries(QStringView text) : m_text(text), m_it(std::make_unique<Iterators>())
{
    UErrorCode status = U_ZERO_ERROR;
    // QChar and UChar are both UTF-16 code units: no copy.
    m_it->text = utext_openUChars(nullptr, reinterpret_cast<const UChar *>(text.data()),
                                  static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status))
        m_it->text = nullptr;
}

TextBoundaries::~TextBoundaries() = default;

bool TextBoundaries::isWordBoundary(qsizetype utf16)
{
    if (utf16 <= 0 || utf16 >= m_text.size())
        return utf16 == 0 || utf16 == m_text.size();
    icu::BreakIterator *it = m_it->get(false);
    return it && it->isBoundary(static_cast<int32_t>(utf16));
}

bool TextBoundaries::isSentenceBoundary(qsizetype utf16)
{
    if (utf16 <= 0 || utf16 >= m_text.size())
        return true;
    icu::BreakIterator *it = m_it->get(true);
    return !it || it->isBoundary(static_cast<int32_t>(utf16));
}

qsizetype TextBoundaries::previousSentenceBoundary(qsizetype utf16)
{
    icu::BreakIterator *it = m_it->get(true);
    if (!it || utf16 <= 0)
        return 0;
    const int32_t at = it->preceding(static_cast<int32_t>(std::min(utf16, m_text.size())));
    return at == icu::BreakIterator::DONE ? 0 : at;
}

qsizetype TextBoundaries::nextSentenceBoundary(qsizetype utf16)
{
    icu::BreakIterator *it = m_it->get(true);
    if (!it || utf16 >= m_text.size())
        return m_text.size();
    const int32_t at = it->following(static_cast<int32_t>(std::max<qsizetype>(utf16, 0)));
    return at == icu::BreakIterator::DONE ? m_text.size() : at;
}

}  // namespace crosscut::text
