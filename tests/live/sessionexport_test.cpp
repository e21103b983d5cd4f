// Session exports parsed back: SRT and WebVTT cues and CSV rows carry the
// speakers, times, texts and codes that were committed.
#include "live/livesession.h"
#include "live/sessionexport.h"
#include "privacy/redaction.h"
#include "support/testsupport.h"
#include "util/csv.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

qint64 parseTime(const QString &t)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+):(\\d\\d):(\\d\\d)[.,](\\d\\d\\d)$"));
    const auto m = re.match(t.trimmed());
    if (!m.hasMatch())
        return -1;
    return ((m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong()) * 60 + m.captured(3).toLongLong()) * 1000
         + m.captured(4).toLongLong();
}

struct Cue {
    qint64 start = 0;
    qint64 end = 0;
    QString text;
};

// Cues of an SRT or VTT file: blocks separated by blank lines, a timing line
// "A --> B", then the text.
QList<Cue> parseCues(const QString &file)
{
    QList<Cue> cues;
    for (const QString &block : file.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        const QStringList lines = block.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!lines[i].contains(QStringLiteral("-->")))
                continue;
            Cue c;
            c.start = parseTime(lines[i].section(QStringLiteral("-->"), 0, 0));
            c.end = parseTime(lines[i].section(QStringLiteral("-->"), 1, 1));
            c.text = lines.mid(i + 1).join(QLatin1Char('\n'));
            cues.append(c);
            break;
        }
    }
    return cues;
}

}  // namespace

TEST(SessionExport, SrtVttCsvParseBack)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("export.crosscut")), QStringLiteral("intersectional"));
    const Id kp = *project->resolveCodePath(QStringLiteral("Leadership/Key population-led"));
    const Id hr = *project->resolveCodePath(QStringLiteral("Perspective/Human rights"));
    auto now = std::make_shared<qint64>(0);
    auto session = live::LiveSession::start(*project, {QStringLiteral("Export FGD"), {}, {}, {}},
                                            {{QStringLiteral("Ana"), {}, {}, {}}, {QStringLiteral("Ömer & <Co>"), {}, {}, {}}},
                                            {}, [now] { return *now; });
    ASSERT_TRUE(session.ok());
    struct Line {
        QString speaker, text;
        qint64 start, end;
        QList<Id> codes;
    };
    const QList<Line> lines = {
        {QStringLiteral("Ana"), QStringLiteral("We lead, \"quoted\", ok"), 1000, 4500, {kp}},
        {QStringLiteral("Ömer & <Co>"), QStringLiteral("a --> b & <i>not tags</i> 🏳️‍🌈"), 5000, 3'725'250, {kp, hr}},
        {QStringLiteral("Ana"), QStringLiteral("Ура"), 3'726'000, 3'727'001, {}},
    };
    for (const Line &l : lines) {
        *now = l.end;
        ASSERT_TRUE((*session)->commit(l.speaker, l.text, l.start, l.codes).ok());
    }
    const Id doc = (*session)->documentId();

    auto srt = live::exportSession(*project, doc, live::ExportFormat::Srt);
    ASSERT_TRUE(srt.ok());
    QList<Cue> cues = parseCues(*srt);
    ASSERT_EQ(cues.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(cues[i].start, lines[i].start);
        EXPECT_EQ(cues[i].end, lines[i].end);
        EXPECT_EQ(cues[i].text, lines[i].speaker + QStringLiteral(": ") + lines[i].text);
    }
    EXPECT_TRUE(srt->startsWith(QStringLiteral("1\n00:00:01,000 --> 00:00:04,500\n")));

    auto vtt = live::exportSession(*project, doc, live::ExportFormat::Vtt);
    ASSERT_TRUE(vtt.ok());
    EXPECT_TRUE(vtt->startsWith(QStringLiteral("WEBVTT\n\n")));
    cues = parseCues(vtt->mid(8));
    ASSERT_EQ(cues.size(), 3);
    static const QRegularExpression voice(QStringLiteral("^<v ([^>]*)>(.*)$"));
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(cues[i].start, lines[i].start);
        EXPECT_EQ(cues[i].end, lines[i].end);
        const auto m = voice.match(cues[i].text);
        ASSERT_TRUE(m.hasMatch()) << cues[i].text.toStdString();
        auto unescape = [](QString s) {
            return s.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        };
        EXPECT_EQ(unescape(m.captured(1)), lines[i].speaker);
        EXPECT_EQ(unescape(m.captured(2)), lines[i].text);
        EXPECT_FALSE(m.captured(2).contains(QStringLiteral("-->")));
    }

    auto csvText = live::exportSession(*project, doc, live::ExportFormat::Csv);
    ASSERT_TRUE(csvText.ok());
    auto rows = csv::parse(csvText->toUtf8());
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 4);
    EXPECT_EQ(rows->at(0).fields, (QStringList{QStringLiteral("speaker"), QStringLiteral("start"), QStringLiteral("end"),
                                               QStringLiteral("text"), QStringLiteral("codes"),
                                               QStringLiteral("kind")}));
    for (int i = 0; i < 3; ++i) {
        const QStringList &f = rows->at(i + 1).fields;
        EXPECT_EQ(f[0], lines[i].speaker);
        EXPECT_EQ(parseTime(f[1]), lines[i].start);
        EXPECT_EQ(parseTime(f[2]), lines[i].end);
        EXPECT_EQ(f[3], lines[i].text);
    }
    EXPECT_EQ(rows->at(2).fields[4], QStringLiteral("Leadership/Key population-led; Perspective/Human rights"));
    EXPECT_EQ(rows->at(3).fields[4], QString());

    auto txt = live::exportSession(*project, doc, live::ExportFormat::Txt);
    ASSERT_TRUE(txt.ok());
    EXPECT_TRUE(txt->startsWith(QStringLiteral("[00:00:01.000] Ana: We lead, \"quoted\", ok  {Leadership/Key population-led}\n")));
    EXPECT_TRUE(txt->contains(QStringLiteral("[01:02:06.000] Ana: Ура\n")));

    // Through the CLI, to a file.
    project.reset();
    const QString out = dir.path(QStringLiteral("fgd.vtt"));
    const CliResult r = runCli({QStringLiteral("live-export"), dir.path(QStringLiteral("export.crosscut")),
                                QStringLiteral("--doc"), QStringLiteral("Export FGD"), QStringLiteral("--format"),
                                QStringLiteral("vtt"), QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(readAll(out)), *vtt);
    const CliResult bad = runCli({QStringLiteral("live-export"), dir.path(QStringLiteral("export.crosscut")),
                                  QStringLiteral("--doc"), QStringLiteral("Export FGD"), QStringLiteral("--format"),
                                  QStringLiteral("docx")});
    EXPECT_NE(bad.exitCode, 0);
}

TEST(SessionExport, RedactedSessionHasNoNames)
{
    TempDir dir;
    auto project = createProject(dir.path(QStringLiteral("redact.crosscut")), QStringLiteral("intersectional"));
    auto now = std::make_shared<qint64>(0);
    auto session = live::LiveSession::start(*project, {QStringLiteral("Redacted FGD"), {}, {}, {}},
                                            {{QStringLiteral("Айгуль"), {}, {}, {}}, {QStringLiteral("Ravi"), {}, {}, {}}},
                                            {}, [now] { return *now; });
    ASSERT_TRUE(session.ok());
    *now = 2000;
    ASSERT_TRUE((*session)->commit(QStringLiteral("Айгуль"), QStringLiteral("Ravi, tell us more."), 1000, {}).ok());
    *now = 4000;
    ASSERT_TRUE((*session)->commit(QStringLiteral("Ravi"), QStringLiteral("Thanks, Айгуль."), 2500, {}).ok());
    const Id doc = (*session)->documentId();
    const privacy::Redaction redaction = privacy::Redaction::fromProject(*project);
    for (const auto format : {live::ExportFormat::Txt, live::ExportFormat::Srt, live::ExportFormat::Vtt, live::ExportFormat::Csv}) {
        auto plain = live::exportSession(*project, doc, format);
        ASSERT_TRUE(plain.ok());
        EXPECT_TRUE(plain->contains(QStringLiteral("Ravi")));
        auto redacted = live::exportSession(*project, doc, format, &redaction);
        ASSERT_TRUE(redacted.ok());
        EXPECT_FALSE(redacted->contains(QStringLiteral("Ravi"))) << redacted->toStdString();
        EXPECT_FALSE(redacted->contains(QStringLiteral("Айгуль"))) << redacted->toStdString();
        EXPECT_TRUE(redacted->contains(QStringLiteral("Participant 1"))) << redacted->toStdString();
        EXPECT_TRUE(redacted->contains(QStringLiteral("Participant 2"))) << redacted->toStdString();
        EXPECT_TRUE(redacted->contains(privacy::watermark()));
    }
}
