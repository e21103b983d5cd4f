// Aligning a live session with a recording's transcript: utterances matched
// to cues by their words take the cues' times; the others move by the
// clocks' offset (the median of confident matches); undo restores the
// session's own times; a file that matches nothing, or is not a subtitle
// file, changes nothing. Also through `crosscut-cli live-align`.
#include "live/alignment.h"
#include "live/livesession.h"
#include "live/sessionexport.h"
#include "project/integrity.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <memory>

using namespace crosscut;
using namespace crosscut::test;

namespace {

const QStringList kSaid = {
    QStringLiteral("we started as a self help group of sex workers"),
    QStringLiteral("the clinic decided everything for us back then"),
    QStringLiteral("мы сами ведём программу аутрича"),
    QStringLiteral("peer navigators reach people who use drugs"),
    QStringLiteral("funding is always short and late"),
    QStringLiteral("this one was never recorded by the microphone"),
};

struct Fixture {
    TempDir dir;
    QString path;
    std::unique_ptr<Project> project;
    Id document = 0;
    QList<qint64> starts;  // session time of each utterance
};

void build(Fixture &f)
{
    f.path = f.dir.path(QStringLiteral("align.crosscut"));
    f.project = createProject(f.path);
    auto now = std::make_shared<qint64>(1'800'000'000'000);
    auto session = live::LiveSession::start(*f.project, {QStringLiteral("FGD aligned"), {}, {}, {}},
                                            {{QStringLiteral("Ravi"), {}, {}, {}}, {QStringLiteral("Айгуль"), {}, {}, {}}},
                                            {}, [now] { return *now; });
    ASSERT_TRUE(session.ok());
    f.document = (*session)->documentId();
    for (int i = 0; i < kSaid.size(); ++i) {
        *now += 9'000;
        const qint64 began = *now - 1'800'000'000'000 - 4'000;
        f.starts.append(began);
        ASSERT_TRUE((*session)->commit(i % 2 ? QStringLiteral("Айгуль") : QStringLiteral("Ravi"), kSaid[i], began).ok());
    }
}

QString srtTime(qint64 ms) { return live::formatTimestamp(ms, QLatin1Char(',')); }

// The recording started 42 s before the session clock; the transcription
// service split nothing, misheard a word, and never heard the last line.
QString recordingSrt(const Fixture &f)
{
    QString srt;
    for (int i = 0; i < 5; ++i) {
        QString text = kSaid[i];
        if (i == 1)
            text.replace(QStringLiteral("decided"), QStringLiteral("decide it"));
        const qint64 start = f.starts[i] + 42'000 + (i % 2 ? 700 : -300);  // transcriber's jitter
        srt += QStringLiteral("%1\n%2 --> %3\nSPEAKER_%4: %5\n\n")
                   .arg(i + 1)
                   .arg(srtTime(start), srtTime(start + 3'500))
                   .arg(i % 2)
                   .arg(text);
    }
    return srt;
}

}  // namespace

TEST(Alignment, MatchedUtterancesTakeCueTimesOthersMoveByTheOffset)
{
    Fixture f;
    build(f);
    const QString srt = recordingSrt(f);
    auto report = live::alignWithCues(*f.project, f.document, srt, QStringLiteral("srt"), QStringLiteral("rec.srt"));
    ASSERT_TRUE(report.ok()) << report.message().toStdString();
    EXPECT_EQ(report->utterances, 6);
    EXPECT_EQ(report->matched, 5);
    EXPECT_NEAR(report->offsetMs, 42'000, 700);
    const QList<live::Utterance> after = live::readUtterances(*f.project, f.document);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(after[i].startMs, f.starts[i] + 42'000 + (i % 2 ? 700 : -300)) << i;
        EXPECT_EQ(after[i].endMs, after[i].startMs + 3'500) << i;
    }
    EXPECT_EQ(after[5].startMs, f.starts[5] + report->offsetMs);  // never recorded: shifted
    EXPECT_TRUE(checkIntegrity(*f.project).ok());

    // One operation: undo gives back the session's own clock.
    ASSERT_TRUE(f.project->undo().ok());
    const QList<live::Utterance> undone = live::readUtterances(*f.project, f.document);
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(undone[i].startMs, f.starts[i]) << i;
}

TEST(Alignment, AFileThatMatchesNothingOrIsNoSubtitleChangesNothing)
{
    Fixture f;
    build(f);
    const QString unrelated = QStringLiteral("1\n00:00:01,000 --> 00:00:02,000\nsomething else entirely\n\n");
    auto none = live::alignWithCues(*f.project, f.document, unrelated, QStringLiteral("srt"), QStringLiteral("other.srt"));
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.message().contains(QStringLiteral("nothing was changed"))) << none.message().toStdString();
    EXPECT_EQ(f.project->undoLabel().contains(QStringLiteral("Align")), false);

    const QString notes = f.dir.writeFile(QStringLiteral("notes.txt"), "just notes");
    auto wrongKind = live::alignWithRecording(*f.project, f.document, notes);
    ASSERT_FALSE(wrongKind.ok());
    EXPECT_TRUE(wrongKind.message().contains(QStringLiteral(".srt")));
    auto missing = live::alignWithRecording(*f.project, f.document, f.dir.path(QStringLiteral("missing.vtt")));
    ASSERT_FALSE(missing.ok());
    const QList<live::Utterance> still = live::readUtterances(*f.project, f.document);
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(still[i].startMs, f.starts[i]) << i;
}

TEST(Alignment, CliAlignsAndReports)
{
    Fixture f;
    build(f);
    const QString srt = f.dir.writeFile(QStringLiteral("rec.srt"), recordingSrt(f).toUtf8());
    f.project.reset();
    CliResult r = runCli({QStringLiteral("live-align"), f.path, QStringLiteral("--doc"), QStringLiteral("FGD aligned"),
                          QStringLiteral("--cues"), srt});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("aligned 5 of 6 utterances"))) << r.out.toStdString();
    r = runCli({QStringLiteral("live-align"), f.path, QStringLiteral("--doc"), QStringLiteral("nope"), QStringLiteral("--cues"), srt});
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
}
