// export/memoexport.h: HTML (escaped, dir="auto"), CSV, JSON, Markdown, and
// refusing a suffix it does not write.
#include "memosfixture.h"

#include "analysis/memolist.h"
#include "export/memoexport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::analysis;
using namespace crosscut::test;

TEST(MemoExport, HtmlIsEscapedRightToLeftSafeAndCarriesContext)
{
    MemosProject p;
    const QList<MemoEntry> memos = listMemos(*p.project, {}, MemoSort::Created);
    const QString html = QString::fromUtf8(exporting::memosToHtml(memos, {QStringLiteral("Study <A>"), {}}));
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("Study &lt;A&gt;")));
    EXPECT_FALSE(html.contains(QStringLiteral("Study <A>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<h2 dir=\"auto\">Scope &lt;of&gt; the code</h2>")));
    EXPECT_TRUE(html.contains(QStringLiteral("peer-led groups &amp; networks")));
    // The quote's text as a quotation; the Urdu memo text in a dir="auto" block.
    EXPECT_TRUE(html.contains(QStringLiteral("<blockquote dir=\"auto\">We lead outreach to sex workers.</blockquote>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<p dir=\"auto\">ہم ساتھ ہیں — they speak as STRASSE workers.</p>")));
    EXPECT_TRUE(html.contains(QStringLiteral("Leadership/Key population-led")));
    EXPECT_TRUE(html.contains(QStringLiteral("FGD Bishkek · 00:01:01")));
    EXPECT_TRUE(html.contains(QStringLiteral("bogdan")));
    EXPECT_FALSE(html.contains(QStringLiteral("<script")));
    EXPECT_FALSE(html.contains(QStringLiteral("http")));  // self-contained: nothing fetched
}

TEST(MemoExport, CsvAndJsonHoldEveryField)
{
    MemosProject p;
    MemoFilter f;
    f.kinds = {MemoKind::Quote};
    const QList<MemoEntry> memos = listMemos(*p.project, f);
    const QString csv = QString::fromUtf8(exporting::memosToCsv(memos));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0], QStringLiteral("id,kind,title,attached_to,context,author,created,modified,text"));
    EXPECT_TRUE(lines[1].startsWith(QString::number(p.quoteMemo) + QStringLiteral(",quote,Outreach,interview-a [24–56],")));

    const QJsonArray json = QJsonDocument::fromJson(exporting::memosToJson(memos)).array();
    ASSERT_EQ(json.size(), 1);
    const QJsonObject o = json.at(0).toObject();
    EXPECT_EQ(o.value(QStringLiteral("kind")).toString(), QStringLiteral("quote"));
    EXPECT_EQ(o.value(QStringLiteral("context")).toString(), QStringLiteral("We lead outreach to sex workers."));
    EXPECT_EQ(o.value(QStringLiteral("start")).toInt(), 24);
    EXPECT_EQ(o.value(QStringLiteral("end")).toInt(), 56);
    EXPECT_EQ(o.value(QStringLiteral("document_id")).toInteger(), p.docA);
    EXPECT_EQ(o.value(QStringLiteral("author")).toString(), QStringLiteral("bogdan"));
}

TEST(MemoExport, WritesBySuffixAndRefusesOthers)
{
    MemosProject p;
    const QList<MemoEntry> memos = listMemos(*p.project);
    const QString html = p.dir.path(QStringLiteral("memos.html"));
    ASSERT_TRUE(exporting::writeMemos(html, memos, {}).ok());
    EXPECT_TRUE(readAll(html).contains("Analysis plan"));
    const QString md = p.dir.path(QStringLiteral("memos.md"));
    ASSERT_TRUE(exporting::writeMemos(md, memos, {}).ok());
    EXPECT_TRUE(readAll(md).contains("> We lead outreach to sex workers."));
    const QString txt = p.dir.path(QStringLiteral("memos.txt"));
    const Status refused = exporting::writeMemos(txt, memos, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral(".docx")));
    EXPECT_FALSE(QFileInfo::exists(txt));
}
