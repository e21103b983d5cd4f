#include "import/pdflayout.h"

#include "import/speakerturns.h"
#include "text/codepoints.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace crosscut::import {

namespace {

struct Line {
    QString text;
    qreal left = 0, right = 0, top = 0, bottom = 0;
    bool rtl = false;
    qreal height() const { return bottom - top; }
};

// Presentation forms (Latin ligatures, Arabic contextual forms) back to the
// letters they stand for; other text is kept as the PDF has it.
QString unpresent(const QString &text)
{
    bool any = false;
    for (QChar c : text)
        any = any || (c.unicode() >= 0xFB00 && c.unicode() <= 0xFDFF) || (c.unicode() >= 0xFE70 && c.unicode() <= 0xFEFF);
    if (!any)
        return text;
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0xFB00 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFE))
            out += QString(c).normalized(QString::NormalizationForm_KC);
        else if (u != 0xFEFF)
            out += c;
    }
    return out;
}

bool isRightToLeft(const QString &text)
{
    for (QChar c : text) {
        switch (c.direction()) {
        case QChar::DirR:
        case QChar::DirAL: return true;
        case QChar::DirL: return false;
        default: break;
        }
    }
    return false;
}

// The lower median: of two values, the smaller (a page of two lines and
// one paragraph gap says the gap is not the usual one).
qreal median(QList<qreal> values, qreal fallback)
{
    if (values.isEmpty())
        return fallback;
    std::sort(values.begin(), values.end());
    return values.at((values.size() - 1) / 2);
}

bool hasRightToLeft(const QString &text)
{
    for (QChar c : text)
        if (c.direction() == QChar::DirR || c.direction() == QChar::DirAL)
            return true;
    return false;
}

// A word stored in visual order (left to right on the page) back into
// reading order: its glyphs reversed, the characters of one glyph (a ligature,
// its width split equally between them) kept in their order, and combining
// marks kept after their base.
QString visualToLogical(const QString &text, const QList<QRectF> &chars)
{
    QList<QString> glyphs;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // Lam-alef, the ligature Arabic script always forms: its letters in
        // reading order, each with half of the glyph's box.
        const bool lamAlef = i > 0 && text[i - 1] == u'\u0644'
                             && (text[i] == u'\u0627' || text[i] == u'\u0622' || text[i] == u'\u0623'
                                 || text[i] == u'\u0625');
        const bool sameGlyph = lamAlef && i < chars.size() && std::abs(chars[i].width() - chars[i - 1].width()) < 1e-3
                               && std::abs(chars[i].left() - chars[i - 1].right()) < 1e-3;
        const bool pair = i > 0 && text[i].isLowSurrogate() && text[i - 1].isHighSurrogate();
        if (glyphs.isEmpty() || !(sameGlyph || pair))
            glyphs.append(QString(text[i]));
        else
            glyphs.last() += text[i];
    }
    std::reverse(glyphs.begin(), glyphs.end());
    // A mark now precedes its base: move the base (glyph) before its marks.
    for (qsizetype i = 0; i + 1 < glyphs.size(); ++i) {
        qsizetype marks = i;
        while (marks < glyphs.size() && QChar::isMark(glyphs[marks].front().unicode()))
            ++marks;
        if (marks > i && marks < glyphs.size()) {
            const QString base = glyphs[marks];
            for (qsizetype k = marks; k > i; --k)
                glyphs[k] = glyphs[k - 1];
            glyphs[i] = base;
            i = marks;
        }
    }
    return glyphs.join(QString());
}

bool inVisualOrder(const PdfWord &word)
{
    const QList<QRectF> &c = word.chars;
    return c.size() == word.text.size() && c.size() > 1 && c.first().center().x() < c.last().center().x();
}

struct PlacedWord {
    QString text;
    QRectF box;
    bool spaceAfter = true;
};

// Words of a right-to-left line in reading order: right to left, with runs of
// left-to-right words (numbers, Latin names) kept left to right inside.
void toReadingOrder(QList<PlacedWord> &words)
{
    std::stable_sort(words.begin(), words.end(),
                     [](const PlacedWord &a, const PlacedWord &b) { return a.box.center().x() > b.box.center().x(); });
    for (qsizetype i = 0; i < words.size();) {
        if (hasRightToLeft(words[i].text)) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < words.size() && !hasRightToLeft(words[j].text))
            ++j;
        std::reverse(words.begin() + i, words.begin() + j);
        i = j;
    }
}

Line assemble(QList<PlacedWord> words)
{
    Line l;
    QString all;
    for (const PlacedWord &w : words)
        all += w.text;
    l.rtl = isRightToLeft(all);
    if (l.rtl)
        toReadingOrder(words);
    l.left = words.first().box.left();
    l.right = words.first().box.right();
    l.top = words.first().box.top();
    l.bottom = words.first().box.bottom();
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QRectF &b = words[i].box;
        if (i > 0) {
            const QRectF &p = words[i - 1].box;
            const qreal gap = std::max<qreal>(0, std::max(b.left() - p.right(), p.left() - b.right()));
            // A reader's "space after" is to the right of a word on the page,
            // whichever order the words are read in.
            const bool spaced = p.left() <= b.left() ? words[i - 1].spaceAfter : words[i].spaceAfter;
            if (spaced || gap > 0.15 * std::min(p.height(), b.height()))
                l.text += u' ';
        }
        l.text += words[i].text;
        l.left = std::min(l.left, b.left());
        l.right = std::max(l.right, b.right());
        l.top = std::min(l.top, b.top());
        l.bottom = std::max(l.bottom, b.bottom());
    }
    return l;
}

QList<Line> pageLines(const PdfPage &page)
{
    QList<Line> lines;
    QList<PlacedWord> current;
    qreal top = 0, bottom = 0;
    for (const PdfWord &word : page.words) {
        QString text = word.text;
        if (isRightToLeft(text) && inVisualOrder(word))
            text = visualToLogical(text, word.chars);
        text = unpresent(text);
        for (QChar &c : text)
            if (c.category() == QChar::Other_Control)
                c = u' ';  // no line break or NUL from inside a word
        text = text.trimmed();
        if (text.isEmpty())
            continue;
        const QRectF &b = word.box;
        bool sameLine = false;
        if (!current.isEmpty()) {
            const qreal h = std::max<qreal>(1e-3, std::min(bottom - top, b.height()));
            const qreal overlap = std::min(bottom, b.bottom()) - std::max(top, b.top());
            const QRectF &p = current.last().box;
            const qreal gap = std::max<qreal>(0, std::max(b.left() - p.right(), p.left() - b.right()));
            sameLine = overlap >= 0.5 * h && gap < 2.5 * h;
        }
        if (!sameLine && !current.isEmpty()) {
            lines.append(assemble(current));
            current.clear();
        }
        if (current.isEmpty()) {
            top = b.top();
            bottom = b.bottom();
        }
        top = std::min(top, b.top());
        bottom = std::max(bottom, b.bottom());
        current.append(PlacedWord{text, b, word.spaceAfter});
    }
    if (!current.isEmpty())
        lines.append(assemble(current));
    return lines;
}

// Headers and footers compare with their digits masked: "Page 3" == "Page 4".
QString repeatKey(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString key = text.simplified();
    key.replace(digits, QStringLiteral("#"));
    return key;
}

// The lines at the top and at the bottom of a page (two each, in the outer
// sixth of the page when its size is known): where headers and footers are.
QList<qsizetype> edgeLines(const QList<Line> &lines, const QSizeF &size)
{
    QList<qsizetype> order(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return lines[a].top < lines[b].top; });
    QList<qsizetype> edges;
    const qreal h = size.height();
    for (qsizetype i = 0; i < order.size(); ++i) {
        const Line &l = lines[order[i]];
        if (i < 2 && (h <= 0 || l.bottom < h / 6))
            edges.append(order[i]);
        else if (i >= order.size() - 2 && i >= 2 && (h <= 0 || l.top > h * 5 / 6))
            edges.append(order[i]);
    }
    return edges;
}

void addWords(const QString &text, QSet<QString> &vocabulary)
{
    QString word;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        char32_t cp = 0;
        qsizetype width = 1;
        if (i < text.size()) {
            cp = text[i].unicode();
            if (QChar::isHighSurrogate(cp) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                cp = QChar::surrogateToUcs4(text[i], text[i + 1]);
                width = 2;
            }
        }
        if (i < text.size() && isWordCodePoint(cp)) {
            word += QStringView(text).sliced(i, width);
        } else if (!word.isEmpty()) {
            vocabulary.insert(word.toLower());
            word.clear();
        }
        i += width - 1;
    }
}

bool isHyphen(QChar c) { return c == u'-' || c == u'\u2010'; }

// The letters at the end of `text` (before a final hyphen) or at its start.
QString lastWord(const QString &text)
{
    qsizetype i = text.size();
    while (i > 0 && (text[i - 1].isLetterOrNumber() || text[i - 1].isMark()))
        --i;
    return text.mid(i);
}

QString firstWord(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && (text[i].isLetterOrNumber() || text[i].isMark()))
        ++i;
    return text.left(i);
}

bool startsItem(const QString &text)
{
    static const QRegularExpression item(QStringLiteral("^(?:[\\x{2022}\\x{25CF}\\x{25AA}\\x{2013}\\x{2014}*]|\\d{1,3}[.)])\\s"));
    return item.match(text).hasMatch() || speakerPrefix(text).has_value();
}

bool endsSentence(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.back();
    return c == u'.' || c == u'?' || c == u'!' || c == u':' || c == u'"' || c == u'\u201D' || c == u'\u06D4'
           || c == u'\u061F' || c == u')';
}

// Whether the paragraph ends between line a and line b (same page, in order).
// `lineGap` is the document's usual space between the lines of a paragraph,
// as a share of the line height.
bool breaksBetween(const QList<Line> &lines, qsizetype a, qreal lineGap)
{
    const Line &A = lines[a];
    const Line &B = lines[a + 1];
    if (startsItem(B.text))
        return true;
    const qreal h = std::max<qreal>(1e-3, std::min(A.height(), B.height()));
    const bool below = B.top >= A.bottom - 0.3 * h;
    if (below && (B.top - A.bottom) / h > lineGap + 0.45)
        return true;
    // (B above A: the next column, where only a short line A ends the paragraph.)
    // A heading: a larger or smaller type than the line after it.
    if (below && A.rtl == B.rtl && std::max(A.height(), B.height()) > 1.15 * h)
        return true;
    // An indented first line (or a block quote): B starts further in than A.
    if (below && (A.rtl ? B.right < A.right - h : B.left > A.left + h))
        return true;
    // A short line ends its paragraph: measure it against the lines of its
    // column (those aligned with it on the side the text starts from).
    qreal near = A.rtl ? A.right : A.left;
    qreal far = A.rtl ? A.left : A.right;
    qreal columnFar = far;
    for (const Line &l : lines) {
        if (l.rtl != A.rtl || std::abs((A.rtl ? l.right : l.left) - near) > 2 * h)
            continue;
        columnFar = A.rtl ? std::min(columnFar, l.left) : std::max(columnFar, l.right);
    }
    const qreal width = std::abs(columnFar - near);
    const qreal missing = std::abs(columnFar - far);
    if (width <= 0)
        return false;
    return missing > 0.35 * width || (endsSentence(A.text) && missing > 0.1 * width);
}

// Joins line `next` to the paragraph `text`, undoing a line-end hyphen when
// the joined word is in the document's vocabulary.
void joinLine(QString &text, const QString &next, const QSet<QString> &vocabulary)
{
    if (text.endsWith(u'\u00AD')) {
        text.chop(1);
        text += next;
        return;
    }
    if (text.size() >= 2 && isHyphen(text.back()) && text[text.size() - 2].isLetter() && !next.isEmpty()
        && next.front().isLetter()) {
        const QString head = lastWord(text.left(text.size() - 1));
        const QString tail = firstWord(next);
        if (!head.isEmpty() && !tail.isEmpty() && vocabulary.contains((head + tail).toLower()))
            text.chop(1);
        text += next;
        return;
    }
    text += u' ';
    text += next;
}

}  // namespace

PdfText layoutPdfText(const QList<PdfPage> &pages)
{
    QList<QList<Line>> all;
    all.reserve(pages.size());
    for (const PdfPage &page : pages)
        all.append(pageLines(page));

    // Headers and footers: an edge line whose key recurs on most pages (three
    // pages at least).
    const qsizetype pagesWithText = std::count_if(all.cbegin(), all.cend(), [](const auto &l) { return !l.isEmpty(); });
    if (pagesWithText >= 3) {
        QHash<QString, int> counts;
        QList<QList<qsizetype>> edges;
        for (qsizetype p = 0; p < all.size(); ++p) {
            const QList<Line> &lines = all[p];
            edges.append(edgeLines(lines, pages[p].size));
            QSet<QString> seen;
            for (qsizetype i : edges.last())
                seen.insert(repeatKey(lines[i].text));
            for (const QString &k : std::as_const(seen))
                ++counts[k];
        }
        for (qsizetype p = 0; p < all.size(); ++p) {
            QList<qsizetype> drop;
            for (qsizetype i : edges[p])
                if (counts.value(repeatKey(all[p][i].text)) * 2 > pagesWithText)
                    drop.append(i);
            if (drop.size() == all[p].size())
                continue;  // a page of nothing but "headers" is the text itself
            std::sort(drop.begin(), drop.end(), std::greater<>());
            for (qsizetype i : drop)
                all[p].removeAt(i);
        }
    }

    QSet<QString> vocabulary;
    for (const QList<Line> &lines : std::as_const(all))
        for (const Line &l : lines)
            addWords(l.text, vocabulary);

    // The usual gap between lines, over the whole document (a page with few
    // lines says little), as a share of the line height.
    QList<qreal> gaps;
    for (const QList<Line> &lines : std::as_const(all))
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const qreal h = std::max<qreal>(1e-3, std::min(lines[i].height(), lines[i + 1].height()));
            if (lines[i + 1].top >= lines[i].bottom - 0.3 * h)
                gaps.append(std::max<qreal>(0, lines[i + 1].top - lines[i].bottom) / h);
        }
    const qreal lineGap = std::min<qreal>(median(gaps, 0.2), 1.5);

    PdfText out;
    qint64 position = 0;
    for (qsizetype p = 0; p < all.size(); ++p) {
        const QList<Line> &lines = all[p];
        if (lines.isEmpty())
            continue;
        QStringList paragraphs;
        QString paragraph = lines.first().text;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (breaksBetween(lines, i, lineGap)) {
                paragraphs.append(paragraph);
                paragraph = lines[i + 1].text;
            } else {
                joinLine(paragraph, lines[i + 1].text, vocabulary);
            }
        }
        paragraphs.append(paragraph);
        const QString pageText = paragraphs.join(u'\n');
        if (!out.text.isEmpty()) {
            out.text += QStringLiteral("\n\n");
            position += 2;
        }
        const qint64 length = codePointCount(pageText);
        out.pages.append(PdfPageSpan{static_cast<int>(p + 1), position, position + length});
        out.text += pageText;
        position += length;
    }
    return out;
}

QString pageTurnLabel(int page) { return QStringLiteral("p. %1").arg(page); }

std::optional<int> pageFromTurnLabel(QStringView label)
{
    if (!label.startsWith(u"p. "))
        return std::nullopt;
    bool ok = false;
    const int page = label.sliced(3).toInt(&ok);
    if (!ok || page < 1 || label.sliced(3).startsWith(u'+') || label.sliced(3).startsWith(u' '))
        return std::nullopt;
    return page;
}

bool isPdfSourceFile(QStringView sourceFile) { return sourceFile.endsWith(u".pdf", Qt::CaseInsensitive); }

namespace {
PdfReader &installedReader()
{
    static PdfReader reader;
    return reader;
}
}  // namespace

void setPdfReader(PdfReader reader) { installedReader() = std::move(reader); }

const PdfReader &pdfReader() { return installedReader(); }

QString pdfEncryptedMessage(const QString &what)
{
    return QStringLiteral("%1 is encrypted: it opens only with its password; save an unprotected copy (for example "
                          "qpdf --decrypt --password=PASSWORD %1 copy.pdf) and import that")
        .arg(what);
}

QString pdfUnreadableMessage(const QString &what, const QString &detail)
{
    return QStringLiteral("%1 is not a readable PDF (%2): it may be damaged or incomplete; export or download it "
                          "again and import the new copy")
        .arg(what, detail);
}

QString pdfNoTextLayerMessage(const QString &what)
{
    return QStringLiteral("%1 has no text layer (a scanned image): run OCR first (for example ocrmypdf %1 "
                          "ocr.pdf) and import the result")
        .arg(what);
}

}  // namespace crosscut::import
