// The text assembly of PDF import (core/import/pdflayout), from pages of
// words with boxes as a PDF reader reports them: no PDF library involved.
#include "import/pdflayout.h"
#include "text/codepoints.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::import;

namespace {

constexpr qreal kChar = 6;     // width of a character
constexpr qreal kHeight = 12;  // height of a line's boxes

// One line of words (split at spaces) starting at x, top at y.
void line(PdfPage &page, const QString &text, qreal x, qreal y)
{
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const qreal w = kChar * word.size();
        page.words.append(PdfWord{word, QRectF(x, y, w, kHeight), true, {}});
        x += w + kChar;
    }
}

// Lines one under another (leading 14: a gap of 2) from y; an empty string
// leaves a paragraph gap.
PdfPage page(const QStringList &lines, qreal x = 72, qreal y = 100)
{
    PdfPage p;
    p.size = QSizeF(595, 842);
    for (const QString &l : lines) {
        if (!l.isEmpty())
            line(p, l, x, y);
        y += l.isEmpty() ? 10 : 14;
    }
    return p;
}

}  // namespace

TEST(PdfLayout, JoinsLinesIntoParagraphsAndKeepsPagesInCodePoints)
{
    const PdfText t = layoutPdfText({
        page({QStringLiteral("Peer outreach 😀 began in the district and the"), QStringLiteral("network grew every single month of that year."),
              QString(), QStringLiteral("A second paragraph.")}),
        page({QStringLiteral("Page two text.")}),
    });
    EXPECT_EQ(t.text, QStringLiteral("Peer outreach 😀 began in the district and the network grew every single month of that "
                                     "year.\nA second paragraph.\n\nPage two text."));
    ASSERT_EQ(t.pages.size(), 2);
    EXPECT_EQ(t.pages[0].page, 1);
    EXPECT_EQ(t.pages[0].start, 0);
    // Code points: the emoji is one, not two UTF-16 units.
    const qint64 first = codePointCount(QStringView(t.text).first(t.text.indexOf(u"\n\n")));
    EXPECT_EQ(t.pages[0].end, first);
    EXPECT_EQ(t.pages[0].end, t.text.indexOf(u"\n\n") - 1);
    EXPECT_EQ(t.pages[1].page, 2);
    EXPECT_EQ(t.pages[1].start, first + 2);
    EXPECT_EQ(t.pages[1].end, codePointCount(t.text));
}

TEST(PdfLayout, UndoesALineEndHyphenOnlyWhenTheWordOccursElsewhere)
{
    const PdfText t = layoutPdfText({page({
        QStringLiteral("The partners described the cooperation with clinics as"),
        QStringLiteral("steady and long, and the new mobile teams' coop-"),
        QStringLiteral("eration grew while the groups known as peer-"),
        QStringLiteral("led networks kept growing through the whole long year."),
        QString(),
        QStringLiteral("Soft hyphens break some long words like out\u00AD"),
        QStringLiteral("reach and they always join whatever the words are."),
    })});
    EXPECT_EQ(t.text, QStringLiteral("The partners described the cooperation with clinics as steady and long, and the new "
                                     "mobile teams' cooperation grew while the groups known as peer-led networks kept growing "
                                     "through the whole long year.\nSoft hyphens break some long words like outreach and they "
                                     "always join whatever the words are."));
}

TEST(PdfLayout, DropsHeadersAndFootersRepeatedOnMostPages)
{
    QList<PdfPage> pages;
    const QStringList bodies = {QStringLiteral("The first body."), QStringLiteral("Another body."),
                                QStringLiteral("A third one."), QStringLiteral("The last one.")};
    for (int n = 1; n <= 4; ++n) {
        PdfPage p = page({bodies[n - 1]});
        line(p, QStringLiteral("Evaluation report, draft"), 72, 40);
        line(p, QStringLiteral("Page %1 of 4").arg(n), 260, 800);
        if (n == 1)
            line(p, QStringLiteral("Only once at the bottom"), 72, 780);
        pages.append(p);
    }
    const PdfText t = layoutPdfText(pages);
    EXPECT_EQ(t.text, QStringLiteral("The first body.\nOnly once at the bottom\n\nAnother body.\n\nA third one.\n\n"
                                     "The last one."));
    // A page of nothing but repeated lines keeps them: they are its text.
    QList<PdfPage> alone;
    for (int n = 1; n <= 3; ++n)
        alone.append(page({QStringLiteral("Visit %1 notes.").arg(n)}, 72, 40));
    EXPECT_EQ(layoutPdfText(alone).text, QStringLiteral("Visit 1 notes.\n\nVisit 2 notes.\n\nVisit 3 notes."));
    // Body lines that differ only in their numbers are no header: they are
    // not at the edge of the page.
    QList<PdfPage> numbered;
    for (int n = 1; n <= 3; ++n) {
        PdfPage p = page({QStringLiteral("Table %1 shows the counts.").arg(n)}, 72, 300);
        line(p, QStringLiteral("Evaluation report, draft"), 72, 40);
        numbered.append(p);
    }
    EXPECT_EQ(layoutPdfText(numbered).text,
              QStringLiteral("Table 1 shows the counts.\n\nTable 2 shows the counts.\n\nTable 3 shows the counts."));
    // With two pages nothing is "most pages": both lines stay.
    const PdfText two = layoutPdfText({pages[1], pages[2]});
    EXPECT_TRUE(two.text.contains(QStringLiteral("Evaluation report, draft")));
    EXPECT_TRUE(two.text.contains(QStringLiteral("Page 2 of 4")));
}

TEST(PdfLayout, ReadsColumnsAsTheReaderOrdersThem)
{
    // The left column's paragraph ends on a short line; the right column's
    // first paragraph runs on from its full last line into its second half.
    PdfPage p = page({QStringLiteral("Left column line one is"), QStringLiteral("ended here.")}, 72);
    const PdfPage right = page({QStringLiteral("Right column first and"), QStringLiteral("the second line goes")}, 320);
    p.words += right.words;
    PdfPage q = page({QStringLiteral("A full line of the left"), QStringLiteral("column runs on to the")}, 72);
    q.words += page({QStringLiteral("top of the right column.")}, 320).words;
    const PdfText t = layoutPdfText({p, q});
    EXPECT_EQ(t.text, QStringLiteral("Left column line one is ended here.\nRight column first and the second line goes\n\n"
                                     "A full line of the left column runs on to the top of the right column."));
}

TEST(PdfLayout, SpeakerPrefixesAndBulletsStartParagraphs)
{
    const PdfText t = layoutPdfText({page({
        QStringLiteral("Interviewer: How did the network begin, and who"),
        QStringLiteral("Respondent: Five of us, and the clinic joined us"),
        QStringLiteral("\u2022 needle exchange and then the outreach points"),
    })});
    EXPECT_EQ(t.text, QStringLiteral("Interviewer: How did the network begin, and who\nRespondent: Five of us, and the clinic "
                                     "joined us\n\u2022 needle exchange and then the outreach points"));
}

TEST(PdfLayout, RightToLeftWordsInVisualOrderAreReadRightToLeft)
{
    // "ہم پہلا" as a writer puts it on the page, left to right: the word
    // پہلا first (its glyphs reversed, the lam-alef ligature's two letters
    // sharing its width), then ہم; each word's characters with their boxes.
    auto word = [](const QString &visual, const QList<qreal> &edges, bool space) {
        PdfWord w;
        w.text = visual;
        for (qsizetype i = 0; i < visual.size(); ++i)
            w.chars.append(QRectF(edges[i], 100, edges[i + 1] - edges[i], kHeight));
        w.box = QRectF(edges.first(), 100, edges.last() - edges.first(), kHeight);
        w.spaceAfter = space;
        return w;
    };
    PdfPage p;
    p.size = QSizeF(595, 842);
    p.words.append(word(QString::fromUtf8("لاہپ"), {300, 303, 306, 310, 316}, true));
    p.words.append(word(QString::fromUtf8("مہ"), {320, 326, 331}, false));
    // Presentation forms are read as the letters they show: ﻧﮯ (U+FEE7 U+FBAF) → نے.
    PdfPage q;
    q.size = p.size;
    q.words.append(PdfWord{QString::fromUtf8("\uFBAF\uFEE7"), QRectF(300, 100, 12, kHeight), false,
                           {QRectF(300, 100, 6, kHeight), QRectF(306, 100, 6, kHeight)}});
    const PdfText t = layoutPdfText({p, q});
    EXPECT_EQ(t.text, QString::fromUtf8("ہم پہلا\n\nنے"));
    // Already in reading order (characters advancing leftwards): kept.
    PdfPage r;
    r.size = p.size;
    r.words.append(PdfWord{QString::fromUtf8("ہم"), QRectF(300, 100, 12, kHeight), false,
                           {QRectF(306, 100, 6, kHeight), QRectF(300, 100, 6, kHeight)}});
    EXPECT_EQ(layoutPdfText({r}).text, QString::fromUtf8("ہم"));
}

TEST(PdfLayout, PagesWithoutWordsGiveNoText)
{
    PdfPage empty;
    empty.size = QSizeF(595, 842);
    const PdfText t = layoutPdfText({empty, empty});
    EXPECT_TRUE(t.text.isEmpty());
    EXPECT_TRUE(t.pages.isEmpty());
    // A page without text keeps the numbers of the pages after it.
    const PdfText later = layoutPdfText({empty, page({QStringLiteral("Second page.")})});
    ASSERT_EQ(later.pages.size(), 1);
    EXPECT_EQ(later.pages[0].page, 2);
}

TEST(PdfLayout, PageTurnLabels)
{
    EXPECT_EQ(pageTurnLabel(4), QStringLiteral("p. 4"));
    EXPECT_EQ(pageFromTurnLabel(u"p. 4"), 4);
    EXPECT_EQ(pageFromTurnLabel(u"p. 120"), 120);
    EXPECT_FALSE(pageFromTurnLabel(u"p. 0"));
    EXPECT_FALSE(pageFromTurnLabel(u"p. x"));
    EXPECT_FALSE(pageFromTurnLabel(u"Olena"));
    EXPECT_FALSE(pageFromTurnLabel(u"p.4"));
    EXPECT_TRUE(isPdfSourceFile(u"Report.PDF"));
    EXPECT_FALSE(isPdfSourceFile(u"notes.txt"));
}
