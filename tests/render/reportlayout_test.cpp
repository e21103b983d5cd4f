// The report's blocks and its paginated PDF, read back page by page with
// pdftotext and pdftoppm: "Page n of N" on every page after the title page,
// a table longer than a page repeats its header, a quote is on one page (one
// taller than a page is broken with text in every part of its box), the
// contents give the pages the headings are on.
#include "reportfixture.h"
#include "support/testsupport.h"

#include "render/reportcontent.h"
#include "render/reportdata.h"
#include "render/reportformats.h"
#include "render/reportwriter.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace crosscut {
namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    process.waitForFinished(120000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// Each page's text, index 0 for page 1; ligatures (ﬁ) folded back to letters.
QStringList pageTexts(const QString &pdf)
{
    QStringList pages;
    const int n = pageCount(pdf);
    for (int p = 1; p <= n; ++p)
        pages.append(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                        QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"),
                                                        QString::number(p), pdf, QStringLiteral("-")})
                         .normalized(QString::NormalizationForm_KC));
    return pages;
}

QString squeeze(QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s+"))); }

QList<int> pagesWith(const QStringList &pages, const QString &text)
{
    QList<int> found;
    for (int p = 0; p < pages.size(); ++p)
        if (squeeze(pages.at(p)).contains(squeeze(text)))
            found.append(p + 1);
    return found;
}

// A passage of about `words` words, opening and closing with markers.
QString passage(const QString &marker, int words)
{
    static const QStringList vocabulary = {QStringLiteral("outreach"), QStringLiteral("workers"), QStringLiteral("meet"),
                                           QStringLiteral("peers"), QStringLiteral("at"), QStringLiteral("night"),
                                           QStringLiteral("and"), QStringLiteral("the"), QStringLiteral("clinic"),
                                           QStringLiteral("keeps"), QStringLiteral("its"), QStringLiteral("doors"),
                                           QStringLiteral("open"), QStringLiteral("for"), QStringLiteral("them")};
    QStringList text{marker + QStringLiteral("start")};
    for (int i = 0; i < words; ++i)
        text.append(vocabulary.at(i % vocabulary.size()));
    text.append(marker + QStringLiteral("end."));
    return text.join(QLatin1Char(' '));
}

class ReportLayout : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::ensureGuiApplication();
        m_project = test::createReportProject(m_dir.path(QStringLiteral("layout.crosscut")));
        ASSERT_TRUE(m_project);
        Project &p = *m_project;
        // 120 thematic codes: a codebook longer than a page.
        auto parent = p.addCode(std::nullopt, CodeSpec{QStringLiteral("Themes"), QStringLiteral("#3366AA"),
                                                       QStringLiteral("Themes raised in the interviews"), {}, false, false, {}, {}});
        ASSERT_TRUE(parent.ok()) << parent.message().toStdString();
        for (int i = 1; i <= 120; ++i)
            ASSERT_TRUE(p.addCode(*parent, CodeSpec{QStringLiteral("Theme %1").arg(i, 3, 10, QLatin1Char('0')), {},
                                                     QStringLiteral("What partners said about theme %1.").arg(i), {}, false, false, {}, {}})
                            .ok());
        // Long quotes (each under a page) in one cell, and one quote taller than a page in another.
        const Id kpLed = *p.resolveCodePath(QStringLiteral("Leadership/Key population-led"));
        const Id providerLed = *p.resolveCodePath(QStringLiteral("Leadership/Provider-led"));
        const Id drugs = *p.resolveCodePath(QStringLiteral("Population served/People who use drugs"));
        for (int i = 0; i < 3; ++i) {
            const QString text = passage(QStringLiteral("longquote%1").arg(i), 260);
            auto doc = p.addDocument({QStringLiteral("long-%1").arg(i), QStringLiteral("interview"), text, {}, {}});
            ASSERT_TRUE(doc.ok()) << doc.message().toStdString();
            const qint64 length = text.toUcs4().size();
            ASSERT_TRUE(p.applyCode(*doc, 0, length, kpLed).ok());
            ASSERT_TRUE(p.applyCode(*doc, 0, length, drugs).ok());
        }
        const QString giant = passage(QStringLiteral("giantquote"), 1500);
        auto doc = p.addDocument({QStringLiteral("giant"), QStringLiteral("interview"), giant, {}, {}});
        ASSERT_TRUE(doc.ok());
        ASSERT_TRUE(p.applyCode(*doc, 0, giant.toUcs4().size(), providerLed).ok());
        ASSERT_TRUE(p.applyCode(*doc, 0, giant.toUcs4().size(), drugs).ok());

        render::ReportOptions options;
        options.date = QDate(2026, 12, 2);
        auto data = render::collectReport(p, options);
        ASSERT_TRUE(data.ok()) << data.message().toStdString();
        m_data = *data;
        m_pdf = m_dir.path(QStringLiteral("layout.pdf"));
        const Status written = render::writeReport(m_pdf, m_data);
        ASSERT_TRUE(written.ok()) << written.message().toStdString();
        m_pages = pageTexts(m_pdf);
        ASSERT_GT(m_pages.size(), 5);
    }

    test::TempDir m_dir;
    std::unique_ptr<Project> m_project;
    render::ReportData m_data;
    QString m_pdf;
    QStringList m_pages;
};

TEST_F(ReportLayout, EveryPageButTheTitlePageSaysPageNOfN)
{
    const int n = int(m_pages.size());
    EXPECT_FALSE(m_pages.first().contains(QStringLiteral("Page 1 of")));
    for (int p = 2; p <= n; ++p)
        EXPECT_TRUE(m_pages.at(p - 1).contains(QStringLiteral("Page %1 of %2").arg(p).arg(n))) << "page " << p;
}

TEST_F(ReportLayout, ALongTableRepeatsItsHeaderOnEveryPage)
{
    QList<int> spanned;
    for (int i = 1; i <= 120; ++i)
        for (const int page : pagesWith(m_pages, QStringLiteral("Theme %1").arg(i, 3, 10, QLatin1Char('0'))))
            if (!spanned.contains(page))
                spanned.append(page);
    ASSERT_GE(spanned.size(), 2) << "the codebook should span pages";
    for (const int page : spanned) {
        EXPECT_TRUE(m_pages.at(page - 1).contains(QStringLiteral("Description"))) << "page " << page;
        EXPECT_TRUE(m_pages.at(page - 1).contains(QStringLiteral("Codings"))) << "page " << page;
    }
    // Every row is there once.
    for (int i = 1; i <= 120; ++i) {
        const QString description = QStringLiteral("What partners said about theme %1.").arg(i);
        EXPECT_EQ(pagesWith(m_pages, description).size(), 1) << description.toStdString();
    }
}

TEST_F(ReportLayout, AQuoteShorterThanAPageIsOnOnePage)
{
    for (int i = 0; i < 3; ++i) {
        const QList<int> start = pagesWith(m_pages, QStringLiteral("longquote%1start").arg(i));
        const QList<int> end = pagesWith(m_pages, QStringLiteral("longquote%1end").arg(i));
        ASSERT_EQ(start.size(), 1) << i;
        ASSERT_EQ(end.size(), 1) << i;
        EXPECT_EQ(start, end) << "quote " << i << " is split";
        // Its attribution is in the same box, on the same page.
        EXPECT_TRUE(pagesWith(m_pages, QStringLiteral("long-%1 · ¶1").arg(i)).contains(start.first())) << i;
    }
}

TEST_F(ReportLayout, AQuoteTallerThanAPageIsBrokenWithTextInEachPart)
{
    const QList<int> start = pagesWith(m_pages, QStringLiteral("giantquotestart"));
    const QList<int> end = pagesWith(m_pages, QStringLiteral("giantquoteend"));
    ASSERT_EQ(start.size(), 1);
    ASSERT_EQ(end.size(), 1);
    EXPECT_GT(end.first(), start.first());
    EXPECT_TRUE(pagesWith(m_pages, QStringLiteral("giant · ¶1")).contains(end.first()));
}

TEST_F(ReportLayout, ContentsGiveThePageOfEachHeading)
{
    const render::ReportDocument report = render::buildReportDocument(m_data);
    int checked = 0;
    for (const render::ReportBlock &block : report.blocks) {
        const auto *h = std::get_if<render::ReportHeading>(&block);
        if (!h || !h->inContents)
            continue;
        // The contents line: the heading's text, then its page number.
        const QRegularExpression line(QStringLiteral("^\\s*%1\\s+(\\d+)\\s*$").arg(QRegularExpression::escape(h->text)),
                                      QRegularExpression::MultilineOption);
        int page = 0;
        for (int p = 1; p < 4 && !page; ++p)
            if (const auto match = line.match(m_pages.at(p)); match.hasMatch())
                page = match.captured(1).toInt();
        ASSERT_GT(page, 0) << "no contents line for " << h->text.toStdString() << " in:\n" << m_pages.at(1).toStdString();
        ASSERT_LE(page, m_pages.size());
        EXPECT_TRUE(squeeze(m_pages.at(page - 1)).contains(squeeze(h->text))) << h->text.toStdString() << " not on page " << page;
        if (h->level == 1 && page > 4) {  // a section starts its page: not on the page before (past the contents)
            EXPECT_FALSE(squeeze(m_pages.at(page - 2)).contains(squeeze(h->text))) << h->text.toStdString();
        }
        ++checked;
    }
    EXPECT_GE(checked, 6);
}

// pdftoppm: every quote box (the navy bar at the left margin) holds text;
// no page has an empty grey box.
TEST_F(ReportLayout, NoQuoteBoxIsEmpty)
{
    const QString prefix = m_dir.path(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), m_pdf, prefix});
    const QStringList images = QDir(m_dir.path(QString())).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    ASSERT_EQ(images.size(), m_pages.size());
    const int barX = qRound(20.6 / 25.4 * 50);  // the bar is 1.2 mm wide at the 20 mm margin
    int boxes = 0;
    for (const QString &name : images) {
        const QImage page(m_dir.path(name));
        ASSERT_FALSE(page.isNull());
        auto isBar = [&](int y) {
            const QColor c = page.pixelColor(barX, y);
            return c.blue() > c.red() + 40 && c.red() < 90;
        };
        for (int y = 0; y < page.height(); ++y) {
            if (!isBar(y))
                continue;
            int bottom = y;
            while (bottom + 1 < page.height() && isBar(bottom + 1))
                ++bottom;
            // Dark pixels to the right of the bar, inside the box.
            bool text = false;
            for (int yy = y; yy <= bottom && !text; ++yy)
                for (int x = barX + 4; x < page.width() - barX && !text; ++x)
                    text = page.pixelColor(x, yy).lightness() < 140;
            EXPECT_TRUE(text) << name.toStdString() << ": an empty box at y " << y << "–" << bottom;
            if (bottom - y > 8)
                ++boxes;
            y = bottom;
        }
    }
    EXPECT_GT(boxes, 5);
}

TEST_F(ReportLayout, SectionsAreNumberedInOrderAndLeftOutOnes)
{
    m_data.leftOut = {render::ReportSection::Charts, render::ReportSection::Codebook};
    const render::ReportDocument report = render::buildReportDocument(m_data);
    QStringList sections;
    for (const render::ReportBlock &block : report.blocks)
        if (const auto *h = std::get_if<render::ReportHeading>(&block); h && h->level == 1)
            sections.append(h->text);
    ASSERT_GE(sections.size(), 3);
    for (int i = 0; i < sections.size(); ++i)
        EXPECT_TRUE(sections.at(i).startsWith(QStringLiteral("%1. ").arg(i + 1))) << sections.at(i).toStdString();
    EXPECT_FALSE(sections.join(u'|').contains(QStringLiteral("Codebook")));
    EXPECT_FALSE(sections.join(u'|').contains(QStringLiteral("Charts")));
    EXPECT_TRUE(sections.join(u'|').contains(QStringLiteral("Appendix")));
    EXPECT_TRUE(std::holds_alternative<render::ReportContents>(report.blocks.first()));
    // Quotes say where they come from, never in code points.
    int quotes = 0;
    for (const render::ReportBlock &block : report.blocks) {
        const auto *q = std::get_if<render::ReportQuote>(&block);
        if (!q)
            continue;
        ++quotes;
        EXPECT_TRUE(q->attribution.contains(QStringLiteral(" · ¶"))) << q->attribution.toStdString();
        EXPECT_FALSE(q->attribution.contains(QStringLiteral("code points")));
        EXPECT_EQ(q->rightToLeft, q->text == QString::fromUtf8(test::kUrduQuote));
    }
    EXPECT_GT(quotes, 5);
}

TEST_F(ReportLayout, SmallGroupsAreFlaggedAndExplained)
{
    ASSERT_TRUE(m_data.groupAverages.has_value());
    ASSERT_EQ(m_data.groupAverages->rowCount(), 2);  // Africa (1 case), Asia (3 cases)
    m_data.groupAverageCases = {1, 3};
    const render::ReportDocument report = render::buildReportDocument(m_data);
    const render::ReportTable *table = nullptr;
    for (const render::ReportBlock &block : report.blocks)
        if (const auto *t = std::get_if<render::ReportTable>(&block); t && t->note.contains(QStringLiteral("fewer than 3 cases")))
            table = t;
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rows.size(), 3);
    EXPECT_FALSE(table->rows[1][0].smallGroup);  // the label
    for (int c = 1; c < table->rows[1].size(); ++c) {
        EXPECT_TRUE(table->rows[1][c].smallGroup);
        EXPECT_FALSE(table->rows[2][c].smallGroup);
    }
    const QString html = render::reportDocumentHtml(report, render::ReportImages::Embedded);
    EXPECT_TRUE(html.contains(QStringLiteral("class=\"small-group\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("† fewer than 3 cases: too few to compare")));
    // The PDF shows the dagger and the note.
    const QString pdf = m_dir.path(QStringLiteral("small.pdf"));
    auto bytes = render::reportDocumentPdf(report);
    ASSERT_TRUE(bytes.ok());
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(*bytes);
    file.close();
    EXPECT_FALSE(pagesWith(pageTexts(pdf), QStringLiteral("too few to compare")).isEmpty());
}

TEST_F(ReportLayout, HtmlContentsLinkToEveryHeading)
{
    const render::ReportDocument report = render::buildReportDocument(m_data);
    const QString html = render::reportDocumentHtml(report, render::ReportImages::Embedded);
    int links = 0;
    for (const render::ReportBlock &block : report.blocks) {
        const auto *h = std::get_if<render::ReportHeading>(&block);
        if (!h || !h->inContents)
            continue;
        EXPECT_TRUE(html.contains(QStringLiteral("href=\"#%1\"").arg(h->anchor))) << h->anchor.toStdString();
        EXPECT_TRUE(html.contains(QStringLiteral("id=\"%1\"").arg(h->anchor))) << h->anchor.toStdString();
        ++links;
    }
    EXPECT_GT(links, 6);
    EXPECT_TRUE(html.contains(QStringLiteral("<p dir=\"rtl\" align=\"right\">") + QString::fromUtf8(test::kUrduQuote)));
    EXPECT_FALSE(html.contains(QStringLiteral("code points ")));
}

}  // namespace
}  // namespace crosscut
