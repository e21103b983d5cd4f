#pragma once
// What every crosscut-cli command is given, and the helpers they share.

#include "project/project.h"
#include "util/result.h"

#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace crosscut::cli {

// Exit codes (all below 128, as scripts expect).
enum Exit : int {
    Ok = 0,
    Failed = 1,     // the command could not do what was asked (bad data, conflict …)
    Usage = 2,      // wrong arguments
    NotFound = 3,   // a file, document or code that does not exist
    NotAProject = 4,
    Corrupt = 5,
    Locked = 6,
    TooNew = 7,
    ReadOnly = 8,
    IoError = 9,
    Encrypted = 10,  // an encrypted project without its password or key, or with a wrong one
    Offline = 11,    // the team hub cannot be reached
    Denied = 12,     // the team hub refused the password or the role
};

int exitCodeFor(ErrorKind kind);

struct Args {
    QStringList positional;
    QHash<QString, QStringList> options;  // "--rows" → values, in order; flags map to {""}
    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        const auto it = options.constFind(name);
        return it == options.cend() || it->isEmpty() ? fallback : it->last();
    }
};

struct Context {
    Args args;
    QTextStream &out;
    QTextStream &err;

    // Prints "crosscut-cli: message" to stderr and returns the exit code for it.
    int fail(const Error &error) const;
    int fail(ErrorKind kind, const QString &message) const { return fail(makeError(kind, message)); }
    int usage(const QString &message) const;
    // Writes a command's result to --out (atomically) or else to stdout.
    int emitResult(const QByteArray &data) const;
    // Opens the project named by the first positional argument (asking for
    // its password from a terminal when it is encrypted and none was given).
    std::unique_ptr<Project> openProject(int *exitCode) const;
    // The key of an existing project: --key-file, else CROSSCUT_PASSWORD,
    // else (mayPrompt, from a terminal) typed; empty when none was given.
    Result<ProjectKey> projectKey(bool mayPrompt, const QString &path) const;
    // A new key: the key file `keyFileOption` names (made when missing),
    // else the environment variable, else typed twice; an error without one.
    Result<ProjectKey> newProjectKey(const QString &keyFileOption, const char *variable) const;
};

struct CommandSpec {
    const char *name;
    const char *synopsis;
    QStringList valueOptions;  // options that take a value, e.g. "--format"
    QStringList flags;         // options without a value
    int minPositional;
    int maxPositional;  // -1: any number
    int (*run)(Context &);
};

// Every command, in the order help lists them.
const QList<CommandSpec> &commands();

// The command implementations, one file each.
int runInit(Context &ctx);
int runEncrypt(Context &ctx);
int runDecrypt(Context &ctx);
int runRekey(Context &ctx);
int runImport(Context &ctx);
int runAttributes(Context &ctx);
int runCode(Context &ctx);
int runCodebook(Context &ctx);
int runQuotes(Context &ctx);
int runSearch(Context &ctx);
int runKwic(Context &ctx);
int runMatrix(Context &ctx);
int runCooccurrence(Context &ctx);
int runPortrait(Context &ctx);
int runProfiles(Context &ctx);
int runExport(Context &ctx);
int runCheck(Context &ctx);
int runUndo(Context &ctx);
int runRedo(Context &ctx);
int runHistory(Context &ctx);
int runLive(Context &ctx);
int runLiveExport(Context &ctx);
int runLiveAlign(Context &ctx);
int runCodebookImport(Context &ctx);
int runPseudonymise(Context &ctx);
int runAgreement(Context &ctx);
int runHandout(Context &ctx);
int runMerge(Context &ctx);
int runTeam(Context &ctx);
int runTies(Context &ctx);
int runNetwork(Context &ctx);
int runSurvey(Context &ctx);
int runWords(Context &ctx);
int runFramework(Context &ctx);
int runFrameworkSummary(Context &ctx);

}  // namespace crosscut::cli
