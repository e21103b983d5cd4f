// The Words tab (ui/words) and the word cloud (ui/render/wordcloud), driven
// offscreen on a real project.
#include "project/project.h"
#include "render/wordcloud.h"
#include "support/testsupport.h"
#include "text/stopwords.h"
#include "words/stopwordsdialog.h"
#include "words/wordspanel.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::ui;
using crosscut::test::TempDir;

namespace {

QString u(const char *utf8) { return QString::fromUtf8(utf8); }

QStringList column(const QTableView *view, int c)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, c).data().toString();
    return out;
}

class WordsGui : public ::testing::Test {
protected:
    void SetUp() override
    {
        add(QStringLiteral("kyiv"), u("Равні консультанти працюють. Равні консультанти 👍 допомагають"));
        add(QStringLiteral("lahore"), u("ہم ساتھ ہیں۔ ہم peer educators"));
    }
    Id add(const QString &name, const QString &text)
    {
        NewDocument d;
        d.name = name;
        d.text = text;
        auto id = project->addDocument(d);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }
    TempDir dir;
    std::unique_ptr<Project> project = crosscut::test::createProject(dir.path(QStringLiteral("g.crosscut")));
};

}  // namespace

TEST_F(WordsGui, TableCloudAndPhrasesFollowTheControlsAndTheProject)
{
    WordsPanel panel(project.get());
    panel.resize(1200, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));

    // равні 2, консультанти 2, ہم 2 first (by count, then word), then the rest.
    QStringList words = column(panel.table(), 0);
    EXPECT_EQ(words.mid(0, 3), (QStringList{u("консультанти"), u("равні"), u("ہم")}));
    EXPECT_TRUE(words.contains(u("👍")));
    EXPECT_EQ(panel.table()->model()->rowCount(), 10);
    EXPECT_EQ(column(panel.table(), 1).mid(0, 3), (QStringList{u("2"), u("2"), u("2")}));

    // Two-word phrases: "равні консультанти" twice; "ہیں ہم" crosses the Urdu full stop.
    panel.phraseBox()->setCurrentIndex(panel.phraseBox()->findData(2));
    words = column(panel.table(), 0);
    EXPECT_EQ(words.first(), u("равні консультанти"));
    EXPECT_FALSE(words.contains(u("ہیں ہم")));
    EXPECT_TRUE(words.contains(u("ہم ساتھ")));
    EXPECT_EQ(panel.table()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Phrase"));

    // Per document: one column each.
    panel.groupBox()->setCurrentIndex(panel.groupBox()->findData(QStringLiteral("document")));
    ASSERT_EQ(panel.table()->model()->columnCount(), 5);
    EXPECT_EQ(panel.table()->model()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("kyiv"));
    EXPECT_EQ(panel.table()->model()->index(0, 3).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(panel.table()->model()->index(0, 4).data().toString(), QStringLiteral("0"));

    // A new document shows up through Project::changed.
    panel.phraseBox()->setCurrentIndex(0);
    add(QStringLiteral("nairobi"), u("peer peer peer"));
    EXPECT_EQ(column(panel.table(), 0).first(), u("peer"));
    EXPECT_EQ(panel.table()->model()->index(0, 1).data().toString(), QStringLiteral("4"));
    EXPECT_EQ(panel.table()->model()->headerData(5, Qt::Horizontal).toString(), QStringLiteral("nairobi"));

    // Sorting by a column header re-sorts the table.
    panel.table()->sortByColumn(0, Qt::AscendingOrder);
    words = column(panel.table(), 0);
    QStringList sorted = words;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(words, sorted);

    // Double-click a word: the view asks for its keywords in context.
    QSignalSpy kwic(&panel, &WordsPanel::kwicRequested);
    const int row = int(words.indexOf(u("peer")));
    ASSERT_GE(row, 0);
    QTableView *view = panel.table();
    view->scrollTo(view->model()->index(row, 0));
    const QRect cell = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(kwic.count(), 1);
    EXPECT_EQ(kwic.first().first().toString(), u("peer"));

    // The cloud and the bar chart save as PNG and SVG.
    const QString png = dir.path(QStringLiteral("cloud.png"));
    ASSERT_TRUE(panel.saveCloud(png));
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    int inked = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            inked += image.pixelColor(x, y) != QColor(Qt::white);
    EXPECT_GT(inked, 100);
    ASSERT_TRUE(panel.saveChart(dir.path(QStringLiteral("chart.svg"))));
    EXPECT_TRUE(crosscut::test::readAll(dir.path(QStringLiteral("chart.svg"))).contains("<svg"));
    EXPECT_FALSE(panel.saveCloud(dir.path(QStringLiteral("cloud.gif"))).ok());
}

TEST_F(WordsGui, EditingStopWordsIsOneUndoableOperationTheTableFollows)
{
    WordsPanel panel(project.get());
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    ASSERT_TRUE(column(panel.table(), 0).contains(u("peer")));

    StopWordsDialog dialog(project.get());
    EXPECT_TRUE(dialog.languageBox(QStringLiteral("en"))->isChecked());  // the default
    EXPECT_FALSE(dialog.languageBox(QStringLiteral("uk"))->isChecked());
    dialog.languageBox(QStringLiteral("uk"))->setChecked(true);
    dialog.addedEdit()->setPlainText(QStringLiteral("Peer\nconsultants"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const text::StopWordSettings s = text::stopWordSettings(*project);
    EXPECT_EQ(s.languages, (QStringList{QStringLiteral("en"), QStringLiteral("uk")}));
    EXPECT_EQ(s.added, (QStringList{QStringLiteral("consultants"), QStringLiteral("peer")}));

    // The project changed: the panel counts again without being asked.
    EXPECT_FALSE(column(panel.table(), 0).contains(u("peer")));
    ASSERT_TRUE(project->undo());
    EXPECT_TRUE(column(panel.table(), 0).contains(u("peer")));
}

TEST(WordCloud, PlacesWordsWithoutOverlapTheSameWayEveryTime)
{
    QList<text::WordCount> words;
    const QStringList sample{u("peer"), u("равні"), u("ہم"), u("नमस्ते"), u("👍"), u("outreach"), u("stigma"), u("services")};
    for (int i = 0; i < 60; ++i)
        words.append({sample[i % sample.size()] + QString::number(i), 200 - 3 * i, 1, {}});
    render::WordCloudOptions options;
    const QRectF area(0, 0, 900, 560);
    const QList<render::PlacedWord> first = render::layoutWordCloud(words, area, options);
    const QList<render::PlacedWord> second = render::layoutWordCloud(words, area, options);
    ASSERT_GT(first.size(), 30);
    ASSERT_EQ(first.size(), second.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].rect, second[i].rect);
        EXPECT_TRUE(area.contains(first[i].rect));
        for (qsizetype j = 0; j < i; ++j)
            EXPECT_FALSE(first[i].rect.intersects(first[j].rect)) << i << " " << j;
    }
    // The most frequent word is drawn biggest, and in the middle.
    EXPECT_EQ(first[0].word, words[0].word);
    EXPECT_TRUE(first[0].rect.contains(area.center()));
    EXPECT_GT(first[0].font.pointSizeF(), first.last().font.pointSizeF());
}
