#include "search/textfold.h"

#include "text/codepoints.h"

#include <array>
#include <atomic>

namespace crosscut::search {

namespace {

// Table entries for BMP characters; 0 means "not looked at yet". Characters
// U+0000–U+0003 are separators, so they never collide with a folded unit.
constexpr char16_t Unknown = 0;
constexpr char16_t Separator = 1;  // not part of a word
constexpr char16_t Dropped = 2;    // a diacritic: part of a word, folds to nothing
constexpr char16_t Complex = 3;    // folds to several units: computed each time

// The folding of one code point, computed the slow way (as search always
// did per word: NFD, diacritics U+0300–U+036F removed, case folding, NFC).
QString slowFold(char32_t cp)
{
    const QString decomposed = QString::fromUcs4(&cp, 1).normalized(QString::NormalizationForm_D);
    QString stripped;
    for (QChar c : decomposed)
        if (c.unicode() < 0x0300 || c.unicode() > 0x036F)
            stripped += c;
    return stripped.toCaseFolded().normalized(QString::NormalizationForm_C);
}

char16_t classify(char16_t c)
{
    if (!isWordCodePoint(c))
        return Separator;
    const QString folded = slowFold(c);
    if (folded.isEmpty())
        return Dropped;
    if (folded.size() == 1 && folded[0].unicode() > Complex && !folded[0].isSurrogate())
        return folded[0].unicode();
    return Complex;
}

// Shared by every thread; relaxed atomics because two threads computing
// the same entry compute the same value. Zero-initialised: no guard.
std::array<std::atomic<char16_t>, 0x10000> table{};

char16_t lookup(char16_t c)
{
    if (c < 0x80) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            return c;
        if (c >= u'A' && c <= u'Z')
            return c + (u'a' - u'A');
        return Separator;
    }
    std::atomic<char16_t> &entry = table[c];
    char16_t value = entry.load(std::memory_order_relaxed);
    if (value == Unknown) {
        value = classify(c);
        entry.store(value, std::memory_order_relaxed);
    }
    return value;
}

// Folds `text` into `out` (and, when `source` is given, the source offset
// of each folded unit into it). Writes through raw pointers into buffers
// sized up front: a document is folded in one tight pass.
void foldInto(QStringView text, QString &out, std::unique_ptr<qint32[]> *source)
{
    const QChar *data = text.data();
    const qsizetype n = text.size();
    qsizetype capacity = n + 16;
    out = QString(capacity, Qt::Uninitialized);
    if (source)
        source->reset(new qint32[capacity + 1]);  // not zeroed: every entry used is written
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    qint32 *src = source ? source->get() : nullptr;
    qsizetype len = 0;
    auto put = [&](char16_t u, qsizetype from) {
        if (len == capacity) {  // only complex folds grow the text
            capacity = capacity * 2;
            out.resize(capacity);
            o = reinterpret_cast<char16_t *>(out.data());
            if (source) {
                std::unique_ptr<qint32[]> bigger(new qint32[capacity + 1]);
                std::copy(src, src + len, bigger.get());
                *source = std::move(bigger);
                src = source->get();
            }
        }
        o[len] = u;
        if (src)
            src[len] = static_cast<qint32>(from);
        ++len;
    };
    for (qsizetype i = 0; i < n;) {
        const char16_t c = data[i].unicode();
        if (!QChar::isSurrogate(c)) {
            const char16_t f = lookup(c);
            if (f == Separator) {
                if (len == 0 || o[len - 1] != u' ')
                    put(u' ', i);
            } else if (f == Complex) {
                for (QChar u : slowFold(c))
                    put(u.unicode(), i);
            } else if (f != Dropped) {
                put(f, i);
            }
            ++i;
            continue;
        }
        char32_t cp = c;
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && data[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(c, data[i + 1].unicode());
            width = 2;
        }
        if (width == 2 && isWordCodePoint(cp)) {
            for (QChar u : slowFold(cp))
                put(u.unicode(), i);
        } else if (len == 0 || o[len - 1] != u' ') {
            put(u' ', i);
        }
        i += width;
    }
    out.resize(len);
    if (src)
        src[len] = static_cast<qint32>(n);
}

}  // namespace

FoldedText::FoldedText(QStringView text)
{
    foldInto(text, m_folded, &m_source);
}

QString foldForMatching(QStringView text)
{
    QString out;
    foldInto(text, out, nullptr);
    return out.trimmed();
}

}  // namespace crosscut::search
