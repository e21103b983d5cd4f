// Urdu in the GUI: shaped by a font that joins it (heh goal, ہ, was drawn
// unjoined by the Latin UI font), in the transcript and in line edits; and
// a selection made with Ctrl+Shift+arrows stops before the speaker prefix.
#include "uitestsupport.h"

#include "document/documentview.h"
#include "widgets/scriptfonts.h"

#include <QApplication>
#include <QFile>
#include <QGlyphRun>
#include <QLineEdit>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

const QString kNahin = QStringLiteral("نہیں");  // "no": noon, heh goal, yeh, noon ghunna
const QString kHehGoal = QStringLiteral("ہ");

struct Shaped {
    QStringList families;
    QList<quint32> glyphs;
};

Shaped shape(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setTextDirection(Qt::RightToLeft);
    layout.setTextOption(option);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    Shaped out;
    for (const QGlyphRun &run : layout.glyphRuns()) {
        out.families << run.rawFont().familyName();
        out.glyphs << run.glyphIndexes();
    }
    return out;
}

// The word comes from the Urdu font, and heh goal is joined: its isolated
// glyph does not appear inside the word.
void expectJoinedUrdu(const QFont &font, const char *where)
{
    SCOPED_TRACE(where);
    const QString urdu = ui::arabicScriptFamily();
    ASSERT_FALSE(urdu.isEmpty()) << "no Arabic-script font installed (fonts-noto-core)";
    const Shaped word = shape(kNahin, font);
    ASSERT_FALSE(word.families.isEmpty());
    for (const QString &family : word.families)
        EXPECT_EQ(family, urdu);
    const Shaped alone = shape(kHehGoal, font);
    ASSERT_EQ(alone.glyphs.size(), 1);
    EXPECT_EQ(alone.families.value(0), urdu);
    EXPECT_FALSE(word.glyphs.contains(alone.glyphs[0])) << "heh goal drawn in its isolated form inside a word";
    EXPECT_GE(word.glyphs.size(), 3);
}

const QString kText = QStringLiteral(
    "Interviewer: What does the law say?\n"
    "Farida: قانون نہیں بدلا لیکن ہم بدل گئے\n"
    "Interviewer: Thank you.\n");

}  // namespace

TEST(Urdu, TranscriptAndLineEditsShapeUrduWithAJoiningFont)
{
    Workbench wb(kText);
    expectJoinedUrdu(wb.window->documentView()->font(), "document view");
    QLineEdit filter(wb.window.get());
    expectJoinedUrdu(filter.font(), "line edit");
    // The Latin part of the interface stays in a Latin font.
    const Shaped latin = shape(QStringLiteral("Interviewer"), filter.font());
    ASSERT_FALSE(latin.families.isEmpty());
    EXPECT_NE(latin.families[0], ui::arabicScriptFamily());
}

TEST(Urdu, WordSelectionByKeysStopsBeforeTheSpeakerPrefix)
{
    // Imported as a user would: the importer makes "Farida:" a speaker turn.
    Workbench wb(QStringLiteral("placeholder"));
    const QString file = wb.dir.path(QStringLiteral("farida.txt"));
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(kText.toUtf8());
    }
    ASSERT_TRUE(wb.window->importDocuments({file})) << wb.window->lastError().toStdString();
    std::optional<Id> imported;
    for (const Document &d : wb.project().documents())
        if (d.name == QLatin1String("farida"))
            imported = d.id;
    ASSERT_TRUE(imported);
    ASSERT_FALSE(wb.project().speakerTurns(*imported).isEmpty());
    wb.window->showDocument(*imported);
    ui::DocumentView *view = wb.window->documentView();
    view->setFocus();
    const QString speech = QStringLiteral("قانون نہیں بدلا لیکن ہم بدل گئے");
    const qint64 speechStart = codePointCount(QStringView(kText).left(kText.indexOf(speech)));
    const qint64 speechEnd = speechStart + codePointCount(speech);

    // From the end of the answer, word by word towards its start: in a
    // right-to-left line that is Ctrl+Shift+Right.
    QTextCursor cursor(view->document());
    cursor.setPosition(view->positions().toUtf16(speechEnd));
    view->setTextCursor(cursor);
    // Seven words: the seventh press reaches the speech start; pressing on
    // does not take in "Farida: ".
    for (int i = 0; i < 9; ++i)
        QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(view->selectedSpan(), (ui::CodePointSpan{speechStart, speechEnd}));

    // A selection from the next line upwards may take in this turn whole.
    const qint64 nextLine = speechEnd + 1;
    cursor.setPosition(view->positions().toUtf16(nextLine + 5));
    view->setTextCursor(cursor);
    QTest::keyClick(view, Qt::Key_Up, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Home, Qt::ShiftModifier);
    EXPECT_LT(view->selectedSpan().start, speechStart);

    // Shift+Home from inside the answer selects the answer, not "Farida: ".
    cursor.setPosition(view->positions().toUtf16(speechEnd));
    view->setTextCursor(cursor);
    QTest::keyClick(view, Qt::Key_Home, Qt::ShiftModifier);
    EXPECT_EQ(view->selectedSpan(), (ui::CodePointSpan{speechStart, speechEnd}));
}
