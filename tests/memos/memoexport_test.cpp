// export/memoexport.h: HTML (escaped, dir="auto"), CSV, JSON, Markdown, and
// refusing a suffix it does not write.
#include "memosfixture.h"

#include "analysis/memolist.h"
#include "export/memoexport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
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

namespace {

// python3-docx (Debian's python3; installer/install-deps.sh) reads the file
// back: each paragraph's style, text and right-to-left mark.
QJsonArray docxParagraphs(const QString &path)
{
    const char *script = R"PY(
import docx, json, sys
d = docx.Document(sys.argv[1])
out = []
for p in d.paragraphs:
    bidi = p._p.pPr is not None and p._p.pPr.find(docx.oxml.ns.qn("w:bidi")) is not None
    out.append({"style": p.style.name, "text": p.text, "bidi": bidi})
print(json.dumps(out, ensure_ascii=False))
)PY";
    QProcess py;
    py.start(QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3"),
             {QStringLiteral("-c"), QString::fromUtf8(script), path});
    EXPECT_TRUE(py.waitForFinished(60000));
    EXPECT_EQ(py.exitCode(), 0) << py.readAllStandardError().toStdString();
    return QJsonDocument::fromJson(py.readAllStandardOutput()).array();
}

}  // namespace

TEST(MemoExport, DocxHasHeadingsQuotesAndRightToLeftText)
{
    MemosProject p;
    const QList<MemoEntry> memos = listMemos(*p.project, {}, MemoSort::Created);
    const QString path = p.dir.path(QStringLiteral("memos.docx"));
    ASSERT_TRUE(exporting::writeMemos(path, memos, {QStringLiteral("memos"), QStringLiteral("every memo")}).ok());
    const QJsonArray paragraphs = docxParagraphs(path);
    ASSERT_FALSE(paragraphs.isEmpty());
    auto find = [&](const QString &text) -> QJsonObject {
        for (const QJsonValue &v : paragraphs)
            if (v.toObject().value(QStringLiteral("text")).toString() == text)
                return v.toObject();
        return {};
    };
    EXPECT_EQ(find(QStringLiteral("Memos — memos")).value(QStringLiteral("style")).toString(), QStringLiteral("Heading 1"));
    EXPECT_EQ(find(QStringLiteral("Scope <of> the code")).value(QStringLiteral("style")).toString(), QStringLiteral("Heading 2"));
    EXPECT_EQ(find(QStringLiteral("We lead outreach to sex workers.")).value(QStringLiteral("style")).toString(),
              QStringLiteral("Quote"));
    EXPECT_FALSE(find(QStringLiteral("Code · Leadership/Key population-led")).isEmpty());
    const QJsonObject urdu = find(QStringLiteral("ہم ساتھ ہیں — they speak as STRASSE workers."));
    ASSERT_FALSE(urdu.isEmpty());
    EXPECT_TRUE(urdu.value(QStringLiteral("bidi")).toBool());
    EXPECT_FALSE(find(QStringLiteral("Live flag · FGD Bishkek · 00:01:01")).isEmpty());
    EXPECT_FALSE(find(QStringLiteral("Flag note: ask about funding")).isEmpty());
}
