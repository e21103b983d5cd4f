#pragma once
// Helpers shared by the test suites: real project files in temporary
// directories, fixtures, and running the real crosscut-cli binary.

#include "project/project.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace crosscut::test {

QString fixture(const QString &relative);
QString sharedDir();  // ../shared beside the repository, or empty when absent

// A temporary directory that lives as long as the object.
class TempDir {
public:
    TempDir();
    QString path(const QString &name) const;
    QString writeFile(const QString &name, const QByteArray &content) const;

private:
    QTemporaryDir m_dir;
};

// The key test projects are made and opened with: none, or the password in
// CROSSCUT_TEST_PASSWORD (ctest runs the project-level suites a second time
// so, as "encrypted." tests: every project they make is then encrypted).
ProjectKey testKey();
// Creates a project at path; fails the test on error.
std::unique_ptr<Project> createProject(const QString &path, const QString &codebookTemplate = QStringLiteral("empty"));
std::unique_ptr<Project> openProject(const QString &path);

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs the crosscut-cli binary in a child process.
CliResult runCli(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 60000);

// Limits for a crosscut-cli child: its address space (setrlimit RLIMIT_AS, so
// a memory regression fails with an error instead of swapping the machine)
// and, when running as root, the user it runs as (to make permissions bite).
struct CliLimits {
    qint64 memoryBytes = 0;  // 0: no limit
    int uid = -1;            // -1: this process's user
    int timeoutMs = 60000;
};
CliResult runCliLimited(const QStringList &args, const CliLimits &limits);

QByteArray readAll(const QString &path);

}  // namespace crosscut::test
