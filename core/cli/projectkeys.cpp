// Where crosscut-cli takes a project's password or key from: --key-file,
// else CROSSCUT_PASSWORD, else a prompt when standard input is a terminal.
#include "cli/command.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace crosscut::cli {

namespace {

// Reads one line from the terminal without echoing it.
QString promptHidden(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved {};
    const bool tty = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(char(c));
    if (tty)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    const QString text = QString::fromUtf8(line);
    line.fill('\0');
    return text;
}

bool interactive() { return isatty(STDIN_FILENO) == 1; }

}  // namespace

Result<ProjectKey> Context::projectKey(bool mayPrompt, const QString &path) const
{
    if (args.has(QStringLiteral("--key-file")))
        return ProjectKey::fromKeyFile(args.value(QStringLiteral("--key-file")));
    const QString password = qEnvironmentVariable("CROSSCUT_PASSWORD");
    if (!password.isEmpty())
        return ProjectKey::fromPassword(password);
    // Asked only for a file that is not a plain SQLite database.
    if (mayPrompt && interactive() && QFileInfo(path).isFile() && !isPlainSqliteFile(path)) {
        const QString typed = promptHidden(QStringLiteral("Password for %1: ").arg(QFileInfo(path).fileName()));
        if (!typed.isEmpty())
            return ProjectKey::fromPassword(typed);
    }
    return ProjectKey();
}

Result<ProjectKey> Context::newProjectKey(const QString &keyFileOption, const char *variable) const
{
    if (args.has(keyFileOption)) {
        const QString file = args.value(keyFileOption);
        // A key file named but not there yet is made: 32 random bytes.
        if (!QFileInfo::exists(file)) {
            auto made = ProjectKey::createKeyFile(file);
            if (made)
                err << "crosscut-cli: wrote a new key file " << file
                    << " (keep it apart from the project: whoever has both can read it)\n";
            return made;
        }
        return ProjectKey::fromKeyFile(file);
    }
    const QString password = qEnvironmentVariable(variable);
    if (!password.isEmpty())
        return ProjectKey::fromPassword(password);
    if (interactive()) {
        const QString first = promptHidden(QStringLiteral("New password: "));
        const QString again = promptHidden(QStringLiteral("New password again: "));
        if (first != again)
            return makeError(ErrorKind::Encrypted, QStringLiteral("the two passwords differ; nothing was changed"));
        if (!first.isEmpty())
            return ProjectKey::fromPassword(first);
    }
    return makeError(ErrorKind::Encrypted,
                     QStringLiteral("a new password is needed: set %1, give %2 FILE, or run from a terminal to be "
                                    "asked. Nothing was changed.")
                         .arg(QString::fromLatin1(variable), keyFileOption));
}

}  // namespace crosscut::cli
