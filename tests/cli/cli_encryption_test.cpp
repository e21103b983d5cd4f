// Encrypted projects through the real crosscut-cli: a marker name never
// reaches the disk in plaintext (also after a SIGKILL mid-write), a missing
// or wrong password exits 10 and changes nothing, encrypt/decrypt/rekey round
// trips, and a kill during encrypt leaves a project that opens.
#include "project/integrity.h"
#include "storage/projectkey.h"
#include "support/testsupport.h"

#include <QDirIterator>
#include <QProcess>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

using namespace crosscut;
using namespace crosscut::test;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");
// A name that must never be found on disk in plaintext.
const QString kMarker = QStringLiteral("Zarinaxq Oktyabrskaya-Марфа");

// Sets an environment variable for one scope (crosscut-cli inherits it).
class Env {
public:
    Env(const char *name, const QString &value) : m_name(name) { qputenv(name, value.toUtf8()); }
    ~Env() { qunsetenv(m_name); }
    Env(const Env &) = delete;
    Env &operator=(const Env &) = delete;

private:
    const char *m_name;
};

// Every occurrence of the marker, as UTF-8 or UTF-16LE, in files under `root`.
QStringList filesHoldingMarker(const QString &root)
{
    const QByteArray utf8 = kMarker.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(kMarker.utf16()), kMarker.size() * 2);
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QByteArray bytes = readAll(file);
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found.append(file);
    }
    return found;
}

QString transcript()
{
    QString text;
    for (int i = 0; i < 400; ++i)
        text += QStringLiteral("Interviewer: What happened next, %1?\n%1: We met at the drop-in centre, line %2.\n")
                    .arg(kMarker)
                    .arg(i);
    return text;
}

}  // namespace

TEST(Encryption, MarkerNeverOnDiskInPlaintextAlsoAfterSigkillMidBulkCoding)
{
    TempDir dir;
    // The project's folder and the children's TMPDIR are both scanned.
    const QString folder = dir.path(QStringLiteral("project"));
    const QString tmp = dir.path(QStringLiteral("tmp"));
    ASSERT_TRUE(QDir().mkpath(folder) && QDir().mkpath(tmp));
    const QString path = folder + QStringLiteral("/secret.crosscut");
    const QString doc = dir.writeFile(QStringLiteral("interview.txt"), transcript().toUtf8());
    Env password("CROSSCUT_PASSWORD", kPassword);
    Env tmpdir("TMPDIR", tmp);
    ASSERT_EQ(runCli({QStringLiteral("init"), path, QStringLiteral("--template"), QStringLiteral("intersectional"),
                      QStringLiteral("--encrypt")})
                  .exitCode,
              0);
    const CliResult imported = runCli({QStringLiteral("import"), path, doc});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    QFile::remove(doc);  // the source file is the user's; only Crosscut's files are checked
    EXPECT_TRUE(filesHoldingMarker(folder).isEmpty()) << filesHoldingMarker(folder).join(QLatin1Char(' ')).toStdString();

    // A bulk coding of many rows, killed while it writes.
    QByteArray csv = "document,start,end,code\n";
    for (int i = 0; i < 30000; ++i)
        csv += "interview," + QByteArray::number(i) + "," + QByteArray::number(i + 20) +
               ",Leadership/Key population-led\n";
    const QString csvPath = dir.writeFile(QStringLiteral("bulk.csv"), csv);
    QProcess bulk;
    bulk.start(QStringLiteral(CROSSCUT_CLI_PATH), {QStringLiteral("code"), path, QStringLiteral("--from"), csvPath});
    ASSERT_TRUE(bulk.waitForStarted());
    // Kill once the transaction is under way (its -wal has grown).
    for (int i = 0; i < 400 && QFileInfo(path + QStringLiteral("-wal")).size() < 200000; ++i)
        QThread::msleep(10);
    ::kill(static_cast<pid_t>(bulk.processId()), SIGKILL);
    bulk.waitForFinished();
    EXPECT_TRUE(filesHoldingMarker(folder).isEmpty()) << filesHoldingMarker(folder).join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(filesHoldingMarker(tmp).isEmpty());

    const CliResult check = runCli({QStringLiteral("check"), path});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    auto reopened = Project::open(path, ProjectKey::fromPassword(kPassword));
    ASSERT_TRUE(reopened.ok()) << reopened.message().toStdString();
    EXPECT_TRUE((*reopened)->isEncrypted());
    EXPECT_TRUE((*reopened)->documentText((*reopened)->documents().first().id).contains(kMarker));
    EXPECT_TRUE(checkIntegrity(**reopened).ok());
    reopened->reset();
    EXPECT_TRUE(filesHoldingMarker(folder).isEmpty());
}

TEST(Encryption, MissingOrWrongPasswordExitsTenAndChangesNothing)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("e.crosscut"));
    {
        Env password("CROSSCUT_PASSWORD", kPassword);
        ASSERT_EQ(runCli({QStringLiteral("init"), path, QStringLiteral("--encrypt")}).exitCode, 0);
    }
    EXPECT_FALSE(isPlainSqliteFile(path));
    const QByteArray before = readAll(path);
    const QString doc = dir.writeFile(QStringLiteral("d.txt"), "A: hello\n");
    const QList<QStringList> commands = {
        {QStringLiteral("codebook"), path},
        {QStringLiteral("import"), path, doc},
        {QStringLiteral("undo"), path},
        {QStringLiteral("check"), path},
        {QStringLiteral("rekey"), path},
        {QStringLiteral("decrypt"), path, QStringLiteral("--out"), dir.path(QStringLiteral("plain.crosscut"))},
    };
    for (const QStringList &args : commands) {
        SCOPED_TRACE(args.first().toStdString());
        const CliResult missing = runCli(args);
        EXPECT_EQ(missing.exitCode, 10) << missing.err.toStdString();
        EXPECT_TRUE(missing.err.contains(QStringLiteral("is encrypted"))) << missing.err.toStdString();
        {
            Env wrong("CROSSCUT_PASSWORD", QStringLiteral("wrong"));
            Env newPassword("CROSSCUT_NEW_PASSWORD", QStringLiteral("other"));
            const CliResult bad = runCli(args);
            EXPECT_EQ(bad.exitCode, 10) << bad.err.toStdString();
            EXPECT_TRUE(bad.err.contains(QStringLiteral("not its own"))) << bad.err.toStdString();
            EXPECT_FALSE(bad.err.contains(QStringLiteral("hmac"))) << bad.err.toStdString();
        }
        EXPECT_EQ(readAll(path), before);
        EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("plain.crosscut"))));
    }
    // A key file for a password project is wrong too.
    const QString keyFile = dir.path(QStringLiteral("k.key"));
    ASSERT_TRUE(ProjectKey::createKeyFile(keyFile).ok());
    EXPECT_EQ(runCli({QStringLiteral("codebook"), path, QStringLiteral("--key-file"), keyFile}).exitCode, 10);
    EXPECT_EQ(readAll(path), before);
}

TEST(Encryption, EncryptDecryptRekeyRoundTrips)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.crosscut"));
    ASSERT_EQ(runCli({QStringLiteral("init"), path, QStringLiteral("--template"), QStringLiteral("intersectional")}).exitCode, 0);
    const QString doc = dir.writeFile(QStringLiteral("d.txt"), transcript().left(2000).toUtf8());
    ASSERT_EQ(runCli({QStringLiteral("import"), path, doc}).exitCode, 0);
    ASSERT_EQ(runCli({QStringLiteral("code"), path, QStringLiteral("--doc"), QStringLiteral("d"), QStringLiteral("--start"),
                      QStringLiteral("13"), QStringLiteral("--end"), QStringLiteral("40"), QStringLiteral("--code"),
                      QStringLiteral("Leadership/Key population-led")})
                  .exitCode,
              0);
    const QString matrixBefore = runCli({QStringLiteral("matrix"), path, QStringLiteral("--rows"), QStringLiteral("Leadership"),
                                         QStringLiteral("--cols"), QStringLiteral("documents")})
                                     .out;
    ASSERT_TRUE(isPlainSqliteFile(path));
    {
        Env password("CROSSCUT_PASSWORD", kPassword);
        const CliResult encrypted = runCli({QStringLiteral("encrypt"), path});
        ASSERT_EQ(encrypted.exitCode, 0) << encrypted.err.toStdString();
        EXPECT_FALSE(isPlainSqliteFile(path));
        EXPECT_EQ(runCli({QStringLiteral("encrypt"), path}).exitCode, 1);  // already encrypted
        EXPECT_EQ(runCli({QStringLiteral("matrix"), path, QStringLiteral("--rows"), QStringLiteral("Leadership"),
                          QStringLiteral("--cols"), QStringLiteral("documents")})
                      .out,
                  matrixBefore);
        // The undo history came along.
        EXPECT_EQ(runCli({QStringLiteral("undo"), path}).exitCode, 0);
        EXPECT_EQ(runCli({QStringLiteral("redo"), path}).exitCode, 0);
    }
    const QString keyFile = dir.path(QStringLiteral("new.key"));
    {
        Env password("CROSSCUT_PASSWORD", kPassword);
        const CliResult rekeyed = runCli({QStringLiteral("rekey"), path, QStringLiteral("--new-key-file"), keyFile});
        ASSERT_EQ(rekeyed.exitCode, 0) << rekeyed.err.toStdString();
        EXPECT_EQ(QFileInfo(keyFile).size(), 32);
        EXPECT_EQ(runCli({QStringLiteral("codebook"), path}).exitCode, 10);  // the old password no longer opens it
    }
    EXPECT_EQ(runCli({QStringLiteral("codebook"), path, QStringLiteral("--key-file"), keyFile}).exitCode, 0);
    const QString plain = dir.path(QStringLiteral("plain.crosscut"));
    const CliResult decrypted = runCli({QStringLiteral("decrypt"), path, QStringLiteral("--out"), plain,
                                        QStringLiteral("--key-file"), keyFile});
    ASSERT_EQ(decrypted.exitCode, 0) << decrypted.err.toStdString();
    EXPECT_TRUE(decrypted.err.contains(QStringLiteral("not encrypted")));
    EXPECT_TRUE(isPlainSqliteFile(plain));
    EXPECT_EQ(runCli({QStringLiteral("matrix"), plain, QStringLiteral("--rows"), QStringLiteral("Leadership"),
                      QStringLiteral("--cols"), QStringLiteral("documents")})
                  .out,
              matrixBefore);
    EXPECT_EQ(runCli({QStringLiteral("check"), plain}).exitCode, 0);
    // Exports of an encrypted project are not encrypted, and the CLI says so;
    // of a plain one it says nothing.
    const QString qdpx = dir.path(QStringLiteral("p.qdpx"));
    const CliResult exported = runCli({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("qdpx"),
                                       QStringLiteral("--out"), qdpx, QStringLiteral("--key-file"), keyFile});
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.err.contains(QStringLiteral("is encrypted, but"))) << exported.err.toStdString();
    const CliResult plainExport = runCli({QStringLiteral("export"), plain, QStringLiteral("--format"), QStringLiteral("qdpx"),
                                          QStringLiteral("--out"), dir.path(QStringLiteral("q.qdpx"))});
    EXPECT_EQ(plainExport.exitCode, 0);
    EXPECT_FALSE(plainExport.err.contains(QStringLiteral("is encrypted")));
    // No temporary copy is left beside either.
    EXPECT_EQ(QDir(dir.path(QString())).entryList({QStringLiteral(".*rewriting*")}, QDir::Files | QDir::Hidden).size(), 0);
}

TEST(Encryption, KillDuringEncryptLeavesAProjectThatOpens)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("k.crosscut"));
    ASSERT_EQ(runCli({QStringLiteral("init"), path, QStringLiteral("--template"), QStringLiteral("intersectional")}).exitCode, 0);
    const QString doc = dir.writeFile(QStringLiteral("big.txt"), transcript().repeated(20).toUtf8());
    ASSERT_EQ(runCli({QStringLiteral("import"), path, doc}).exitCode, 0);
    Env password("CROSSCUT_PASSWORD", kPassword);
    for (int delayMs : {5, 20, 60, 150}) {
        SCOPED_TRACE(delayMs);
        QProcess encrypt;
        encrypt.start(QStringLiteral(CROSSCUT_CLI_PATH), {QStringLiteral("encrypt"), path});
        ASSERT_TRUE(encrypt.waitForStarted());
        QThread::msleep(delayMs);
        ::kill(static_cast<pid_t>(encrypt.processId()), SIGKILL);
        encrypt.waitForFinished();
        // Old (plain) or new (encrypted): either opens and is whole.
        auto opened = Project::open(path, ProjectKey::fromPassword(kPassword));
        ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
        EXPECT_EQ((*opened)->isEncrypted(), !isPlainSqliteFile(path));
        EXPECT_EQ((*opened)->documents().size(), 1);
        EXPECT_TRUE(checkIntegrity(**opened).ok());
        if ((*opened)->isEncrypted())
            break;
    }
}
