// Broken projects (issue 12): a damaged page, a truncated file, a damaged
// leftover -wal, a full disk, a read-only file or folder. Each is refused (or
// read read-only) with a message that says what to do, and nothing is lost.
#include "import/documentreader.h"
#include "storage/walfile.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace crosscut;
using namespace crosscut::test;

namespace {

constexpr qint64 kPage = 4096;
constexpr qint64 kWalHeader = 32;
constexpr qint64 kFrame = 24 + kPage;

QStringList demoTexts()
{
    QStringList files;
    const QDir dir(QStringLiteral(CROSSCUT_SOURCE_DIR "/resources/demo/texts"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

// A project of the intersectional template with the demo interviews.
QString makeProject(const TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("study.crosscut"));
    EXPECT_EQ(runCli({QStringLiteral("init"), path, QStringLiteral("--template"), QStringLiteral("intersectional")}).exitCode, 0);
    EXPECT_EQ(runCli(QStringList{QStringLiteral("import"), path} + demoTexts()).exitCode, 0);
    return path;
}

// The b-tree page in the middle of the file (by page number), from dbstat.
qint64 middleBtreePage(const QString &path)
{
    auto db = sql::Database::open(path, sql::Database::Mode::ReadOnly);
    // Root pages of tables and indexes are b-tree pages (SQLCipher's build
    // has no dbstat table to list them all).
    auto stmt = db->prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE rootpage > 1 ORDER BY rootpage"));
    QList<qint64> pages;
    while (stmt->next())
        pages.append(stmt->int64(0));
    return pages.isEmpty() ? 0 : pages[pages.size() / 2];
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.seek(offset));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

QByteArray randomBytes(qint64 n, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(n, '\0');
    for (char &c : bytes)
        c = static_cast<char>(random.bounded(256));
    return bytes;
}

void expectCorruptRefusal(const CliResult &r, const QString &path)
{
    EXPECT_EQ(r.exitCode, 5) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(path + QStringLiteral(" is corrupt"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Nothing was changed. Run \"crosscut-cli check ") + path))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("restore the project from a backup"))) << r.err.toStdString();
}

}  // namespace

// Defect 6: with one page overwritten, check saw it but import and
// attributes --from wrote into the file anyway.
TEST(BrokenProject, DamagedPageRefusesEveryWriteAndChangesNothing)
{
    TempDir dir;
    const QString path = makeProject(dir);
    const qint64 page = middleBtreePage(path);
    ASSERT_GT(page, 1);
    overwrite(path, (page - 1) * kPage, randomBytes(kPage, 12));
    const QByteArray damaged = readAll(path);

    const QString doc = dir.writeFile(QStringLiteral("new.txt"), "Interviewer: hello\nP1: hi\n");
    const QString csv = dir.writeFile(QStringLiteral("attrs.csv"),
                                      "document,attribute,value\n01-kenya-sex-worker-collective,Country,Kenya\n");
    const QList<QStringList> writes = {
        {QStringLiteral("import"), path, doc},
        {QStringLiteral("attributes"), path, QStringLiteral("--from"), csv},
        {QStringLiteral("code"), path, QStringLiteral("--doc"), QStringLiteral("01-kenya-sex-worker-collective"),
         QStringLiteral("--start"), QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("5"),
         QStringLiteral("--code"), QStringLiteral("Leadership")},
    };
    for (const QStringList &args : writes) {
        SCOPED_TRACE(args.first().toStdString());
        expectCorruptRefusal(runCli(args), path);
        EXPECT_EQ(readAll(path), damaged);
        EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    const CliResult check = runCli({QStringLiteral("check"), path});
    EXPECT_EQ(check.exitCode, 5);
    EXPECT_TRUE(check.out.contains(QStringLiteral("PROBLEM SQLite integrity"))) << check.out.toStdString() << check.err.toStdString();
    EXPECT_EQ(readAll(path), damaged);
}

// Also: a truncated file said "malformed"; it is corrupt, exit 5.
TEST(BrokenProject, TruncatedFileIsCorrupt)
{
    TempDir dir;
    const QString path = makeProject(dir);
    const QByteArray whole = readAll(path);
    const QByteArray half = whole.left(whole.size() / 2);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(f.write(half), half.size());
    }
    expectCorruptRefusal(runCli({QStringLiteral("quotes"), path}), path);
    expectCorruptRefusal(runCli({QStringLiteral("import"), path, demoTexts().first()}), path);
    EXPECT_EQ(readAll(path), half);
}

// Defect 7: a -wal with one damaged frame was recovered without a word,
// its later committed transactions discarded and the file deleted.
TEST(BrokenProject, DamagedLeftoverWalIsKeptAndReported)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.crosscut"));
    ASSERT_EQ(runCli({QStringLiteral("init"), path}).exitCode, 0);
    const QStringList texts = demoTexts();
    ASSERT_GE(texts.size(), 5);
    // A session that commits five imports and dies without closing.
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        auto project = Project::open(path);
        bool ok = project.ok();
        for (int i = 0; ok && i < 5; ++i)
            ok = import::importFiles(**project, {texts[i]}).ok();
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    const QString wal = path + QStringLiteral("-wal");
    ASSERT_TRUE(QFile::exists(wal));
    auto intact = sql::inspectWal(wal);
    ASSERT_TRUE(intact.ok());
    ASSERT_TRUE(intact->headerValid);
    ASSERT_GT(intact->frames, 5);
    EXPECT_EQ(intact->discarded(), 0);  // the log a crash leaves is all recoverable
    EXPECT_FALSE(intact->losesCommits());
    EXPECT_EQ(intact->recovered, (QFileInfo(wal).size() - kWalHeader) / kFrame);

    // 64 random bytes in the page of a frame in the middle.
    const qint64 frame = intact->frames / 2;  // 0-based
    overwrite(wal, kWalHeader + frame * kFrame + 24 + 1000, randomBytes(64, 7));
    const QByteArray damagedWal = readAll(wal);
    const QByteArray db = readAll(path);
    auto damaged = sql::inspectWal(wal);
    ASSERT_TRUE(damaged.ok());
    EXPECT_EQ(damaged->firstBad, frame + 1);
    EXPECT_GT(damaged->discarded(), 0);
    EXPECT_LE(damaged->recovered, frame);
    EXPECT_TRUE(damaged->losesCommits());
    EXPECT_GE(damaged->lostCommits, 1);

    // check reads it read-only: reports the loss, leaves both files alone.
    const CliResult check = runCli({QStringLiteral("check"), path});
    EXPECT_EQ(check.exitCode, 5) << check.out.toStdString() << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("opened read-only")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("PROBLEM write-ahead log: the write-ahead log %1").arg(wal)))
        << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("%1 of them are damaged or follow a damaged frame (from frame %2)")
                                       .arg(damaged->discarded())
                                       .arg(frame + 1)))
        << check.out.toStdString();
    EXPECT_EQ(readAll(wal), damagedWal);
    EXPECT_EQ(readAll(path), db);

    // The next writer keeps a copy of the log before SQLite recovers it.
    const CliResult quotes = runCli({QStringLiteral("quotes"), path});
    EXPECT_EQ(quotes.exitCode, 0) << quotes.err.toStdString();
    EXPECT_TRUE(quotes.err.contains(QStringLiteral("warning: the write-ahead log"))) << quotes.err.toStdString();
    const QStringList copies = QDir(dir.path(QString())).entryList({QStringLiteral("p.crosscut-wal.*.saved")});
    ASSERT_EQ(copies.size(), 1);
    EXPECT_TRUE(quotes.err.contains(QStringLiteral("A copy of the log was kept as ") + dir.path(copies.first())));
    EXPECT_EQ(readAll(dir.path(copies.first())), damagedWal);
    auto project = openProject(path);
    EXPECT_LT(project->documents().size(), 5);  // SQLite did discard transactions: the copy is all that holds them
}

// A kill in the middle of writing a transaction leaves frames that never
// committed: recovery drops them, as it should, and nothing is reported.
TEST(BrokenProject, UncommittedWalTailIsNoLoss)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.crosscut"));
    ASSERT_EQ(runCli({QStringLiteral("init"), path}).exitCode, 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        auto project = Project::open(path);
        const bool ok = project.ok() && import::importFiles(**project, {demoTexts().first()}).ok();
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    const QString wal = path + QStringLiteral("-wal");
    const qint64 frames = (QFileInfo(wal).size() - kWalHeader) / kFrame;
    ASSERT_GT(frames, 1);
    // The last frame no longer commits: as if the process died before writing it whole.
    overwrite(wal, kWalHeader + (frames - 1) * kFrame + 4, QByteArray(4, '\0'));
    auto contents = sql::inspectWal(wal);
    ASSERT_TRUE(contents.ok());
    EXPECT_EQ(contents->firstBad, frames);
    EXPECT_FALSE(contents->losesCommits());
    const CliResult r = runCli({QStringLiteral("quotes"), path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("warning"))) << r.err.toStdString();
    EXPECT_TRUE(QDir(dir.path(QString())).entryList({QStringLiteral("p.crosscut-wal.*.saved")}).isEmpty());
}

// Also: a full disk said "disk I/O error".
TEST(BrokenProject, FullDiskIsSaidAsSuch)
{
    TempDir dir;
    const QString mountPoint = dir.path(QStringLiteral("small"));
    ASSERT_TRUE(QDir().mkpath(mountPoint));
    if (geteuid() != 0 || mount("tmpfs", mountPoint.toLocal8Bit().constData(), "tmpfs", 0, "size=2m") != 0)
        GTEST_SKIP() << "needs root and tmpfs to make a full disk";
    struct Unmount {
        QString at;
        ~Unmount() { umount2(at.toLocal8Bit().constData(), MNT_DETACH); }
    } unmount{mountPoint};
    const QString path = mountPoint + QStringLiteral("/p.crosscut");
    ASSERT_EQ(runCli({QStringLiteral("init"), path}).exitCode, 0);
    {
        QFile filler(mountPoint + QStringLiteral("/filler"));
        ASSERT_TRUE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    const QByteArray before = readAll(path);
    const QString doc = dir.writeFile(QStringLiteral("a.txt"), QByteArray("Interviewer: hello\n").repeated(2000));
    const CliResult r = runCli({QStringLiteral("import"), path, doc});
    EXPECT_EQ(r.exitCode, 9) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("the disk is full"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("disk I/O error"))) << r.err.toStdString();
    EXPECT_EQ(readAll(path), before);
}

// Also: a read-only folder said "attempt to write a readonly database";
// check reads a read-only copy. (Run as the unprivileged user "nobody", since
// permissions do not stop root.)
TEST(BrokenProject, ReadOnlyFileAndFolderSayWhatToDoAndCheckStillReads)
{
    if (geteuid() != 0)
        GTEST_SKIP() << "needs root to run crosscut-cli as another user";
    constexpr int kNobody = 65534;
    TempDir dir;
    const QString folder = dir.path(QStringLiteral("shared"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/study.crosscut");
    ASSERT_EQ(runCli({QStringLiteral("init"), path}).exitCode, 0);
    ASSERT_EQ(runCli({QStringLiteral("import"), path, demoTexts().first()}).exitCode, 0);
    const QString doc = dir.writeFile(QStringLiteral("a.txt"), "Interviewer: hello\n");
    const auto everyoneReads = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                               | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    ASSERT_TRUE(QFile::setPermissions(dir.path(QString()), everyoneReads));
    ASSERT_TRUE(QFile::setPermissions(folder, everyoneReads));
    ASSERT_TRUE(QFile::setPermissions(doc, QFile::ReadOwner | QFile::ReadOther));
    const QByteArray before = readAll(path);
    const CliLimits asNobody{0, kNobody, 60000};

    // A read-only file in a folder nobody may not write either.
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    CliResult r = runCliLimited({QStringLiteral("import"), path, doc}, asNobody);
    EXPECT_EQ(r.exitCode, 8) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("is read-only")) && r.err.contains(QStringLiteral("crosscut-cli check")))
        << r.err.toStdString();
    r = runCliLimited({QStringLiteral("check"), path}, asNobody);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("opened read-only"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("project is consistent"))) << r.out.toStdString();

    // A writable file in a read-only folder: the -wal cannot be created.
    ASSERT_EQ(chown(path.toLocal8Bit().constData(), kNobody, kNobody), 0);
    r = runCliLimited({QStringLiteral("import"), path, doc}, asNobody);
    EXPECT_EQ(r.exitCode, 8) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("is in a folder Crosscut cannot write to")) &&
                r.err.contains(QStringLiteral("Copy the project to a writable folder")))
        << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("attempt to write a readonly database")));
    r = runCliLimited({QStringLiteral("check"), path}, asNobody);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_EQ(readAll(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}
