#include "support/testsupport.h"

#include "codebook/codebooktemplate.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <sys/resource.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace crosscut::test {

QString fixture(const QString &relative) { return QStringLiteral(CROSSCUT_FIXTURES_DIR "/") + relative; }

QString sharedDir()
{
    const QString dir = QDir::cleanPath(QStringLiteral(CROSSCUT_SHARED_DIR));
    return QDir(dir).exists() ? dir : QString();
}

TempDir::TempDir() { EXPECT_TRUE(m_dir.isValid()); }

QString TempDir::path(const QString &name) const { return m_dir.filePath(name); }

QString TempDir::writeFile(const QString &name, const QByteArray &content) const
{
    const QString p = path(name);
    QFile f(p);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return p;
}

ProjectKey testKey()
{
    const QString password = qEnvironmentVariable("CROSSCUT_TEST_PASSWORD");
    return password.isEmpty() ? ProjectKey() : ProjectKey::fromPassword(password);
}

std::unique_ptr<Project> createProject(const QString &path, const QString &codebookTemplate)
{
    auto project = Project::create(path, testKey());
    EXPECT_TRUE(project.ok()) << project.message().toStdString();
    if (!project)
        return nullptr;
    if (codebookTemplate != QLatin1String("empty")) {
        Status s = codebook::applyTemplate(**project, codebookTemplate);
        EXPECT_TRUE(s.ok()) << s.message().toStdString();
    }
    return std::move(project).value();
}

std::unique_ptr<Project> openProject(const QString &path)
{
    auto project = Project::open(path, testKey());
    EXPECT_TRUE(project.ok()) << project.message().toStdString();
    return project ? std::move(project).value() : nullptr;
}

CliResult runCli(const QStringList &args, const QByteArray &stdinData, int timeoutMs)
{
    QProcess process;
    // Projects made by createProject in an encrypted run: the CLI gets the password.
    const QString testPassword = qEnvironmentVariable("CROSSCUT_TEST_PASSWORD");
    if (!testPassword.isEmpty() && !qEnvironmentVariableIsSet("CROSSCUT_PASSWORD")) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CROSSCUT_PASSWORD"), testPassword);
        process.setProcessEnvironment(env);
    }
    process.start(QStringLiteral(CROSSCUT_CLI_PATH), args);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliResult runCliLimited(const QStringList &args, const CliLimits &limits)
{
    QProcess process;
    process.setChildProcessModifier([limits] {
        if (limits.memoryBytes > 0) {
            const rlimit cap{static_cast<rlim_t>(limits.memoryBytes), static_cast<rlim_t>(limits.memoryBytes)};
            setrlimit(RLIMIT_AS, &cap);
        }
        if (limits.uid >= 0) {
            (void)!setgid(static_cast<gid_t>(limits.uid));
            (void)!setuid(static_cast<uid_t>(limits.uid));
        }
    });
    process.start(QStringLiteral(CROSSCUT_CLI_PATH), args);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel();
    if (!process.waitForFinished(limits.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("(killed after %1 ms)").arg(limits.timeoutMs);
        return result;
    }
    // A crash (a std::bad_alloc abort under the memory cap) is exit code -1.
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

}  // namespace crosscut::test
