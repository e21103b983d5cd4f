// The text layer of PDFs written in the test, imported through poppler.
#include "pdftestfiles.h"
#include "import/documentreader.h"
#include "pdf/pdfreader.h"
#include "support/testsupport.h"
#include "text/codepoints.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

QString s(const char *utf8) { return QString::fromUtf8(utf8); }

class PdfImport : public ::testing::Test {
protected:
    void SetUp() override
    {
        ensureGuiApplication();
        pdf::installPdfReader();
    }
    TempDir dir;
};

// Three pages: Latin, two columns (Cyrillic | Latin), Urdu; a header and a
// footer with the page number on every page.
QList<QList<PdfLine>> fieldReport()
{
    auto frame = [](PdfPageBuilder &b, int page) {
        b.lines.append({s("Crosscut field report \u2014 confidential"), 72, 50, false});
        b.lines.append({QStringLiteral("Page %1 of 3").arg(page), 260, 800, false});
    };
    PdfPageBuilder one;
    frame(one, 1);
    one.line(s("The outreach workers met the community leaders in the"))
        .line(s("district office and discussed the cooperation between"))
        .line(s("harm reduction services across the region this spring."))
        .gap()
        .line(s("Partners said the mobile teams and the clinic staff coop-"))
        .line(s("erated closely, and the groups that are described as peer-"))
        .line(s("led kept the referral network open through the winter."))
        .gap()
        .line(s("Everyone cooperated."));
    PdfPageBuilder two;
    frame(two, 2);
    two.line(s("Мы работали вместе с"), 72)
        .line(s("сообществом и обсуждали"), 72)
        .line(s("доступ к услугам."), 72);
    two.y = 110;
    two.line(s("The right column holds"), 320)
        .line(s("a second paragraph of"), 320)
        .line(s("the same page."), 320);
    PdfPageBuilder three;
    frame(three, 3);
    three.line(s("ہم نے کمیونٹی کے ساتھ مل کر کام کیا"), 523, true)
        .gap()
        .line(s("Closing remarks in English."));
    return {one.lines, two.lines, three.lines};
}

}  // namespace

TEST_F(PdfImport, ReadsTextLayerInReadingOrder)
{
    const QString path = dir.path(QStringLiteral("field report.pdf"));
    ASSERT_TRUE(writeTestPdf(path, fieldReport()));
    auto doc = import::readDocument(path);
    ASSERT_TRUE(doc) << doc.message().toStdString();
    std::cout << doc->text.toStdString() << "\n";
    for (auto &t : doc->turns) std::cout << t.speaker.toStdString() << " " << t.start << " " << t.end << "\n";
}
