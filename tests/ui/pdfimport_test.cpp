// File → Import of a PDF in the GUI: the text layer becomes a document whose
// pages the document view marks ("p. 1" …); a scanned PDF is refused by name
// and nothing is imported.
#include "uitestsupport.h"

#include "../pdf/pdftestfiles.h"
#include "document/documentview.h"
#include "pdf/pdfreader.h"

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

TEST(PdfImportGui, ImportsAPdfAndMarksItsPages)
{
    Workbench wb(QStringLiteral("placeholder"));
    pdf::installPdfReader();  // as gui_main does
    const QString file = wb.dir.path(QStringLiteral("site visit.pdf"));
    // One line a page, the same but for its number: still the text, not a header.
    QList<QList<PdfLine>> pages;
    for (int p = 1; p <= 3; ++p) {
        PdfPageBuilder b;
        b.line(QStringLiteral("Site visit notes, page %1, on the outreach points.").arg(p));
        pages.append(b.lines);
    }
    ASSERT_TRUE(writeTestPdf(file, pages));
    ASSERT_TRUE(wb.window->importDocuments({file})) << wb.window->lastError().toStdString();
    std::optional<Id> imported;
    for (const Document &d : wb.project().documents())
        if (d.name == QLatin1String("site visit"))
            imported = d.id;
    ASSERT_TRUE(imported);
    wb.window->showDocument(*imported);
    const auto &marks = wb.window->documentView()->pageMarks();
    ASSERT_EQ(marks.size(), 3);
    const qint64 pageLength = QStringLiteral("Site visit notes, page 1, on the outreach points.").size();
    for (int p = 0; p < 3; ++p) {
        EXPECT_EQ(marks[p].label, QStringLiteral("p. %1").arg(p + 1));
        EXPECT_EQ(marks[p].position, p * (pageLength + 2));
    }

    const QString scan = wb.dir.path(QStringLiteral("scan.pdf"));
    ASSERT_TRUE(writeImageOnlyPdf(scan));
    const qsizetype before = wb.project().documents().size();
    EXPECT_FALSE(wb.window->importDocuments({scan}));
    EXPECT_TRUE(wb.window->lastError().contains(QStringLiteral("scan.pdf has no text layer (a scanned image): run OCR first")))
        << wb.window->lastError().toStdString();
    EXPECT_EQ(wb.project().documents().size(), before);
}
