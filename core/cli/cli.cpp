#include "cli/cli.h"

#include "cli/command.h"
#include "export/atomicfile.h"

#include <algorithm>

namespace crosscut::cli {

namespace {

void printHelp(QTextStream &out, const QList<CommandSpec> &extra)
{
    out << "crosscut-cli " << CROSSCUT_VERSION << " — qualitative coding from the command line\n\n"
        << "Positions are Unicode code points, zero-based, end-exclusive.\n\nCommands:\n";
    for (const CommandSpec &c : commands()) {
        // A command of `extra` stands in for core's of the same name (see run).
        const bool replaced = std::any_of(extra.cbegin(), extra.cend(),
                                          [&c](const CommandSpec &e) { return qstrcmp(e.name, c.name) == 0; });
        if (!replaced)
            out << "  crosscut-cli " << c.synopsis << "\n";
    }
    for (const CommandSpec &c : extra)
        out << "  crosscut-cli " << c.synopsis << "\n";
    out << "\nEncrypted projects: every command takes the password from CROSSCUT_PASSWORD, the key from\n"
           "--key-file FILE, or asks from a terminal; a missing or wrong one exits with code 10.\n"
           "\nErrors go to stderr with a non-zero exit code; nothing is half-written.\n";
}

Result<Args> parse(const CommandSpec &spec, const QStringList &raw)
{
    Args args;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QString &a = raw[i];
        if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            QString name = a;
            QString inlineValue;
            bool hasInline = false;
            if (const qsizetype eq = a.indexOf(QLatin1Char('=')); eq > 0) {
                name = a.left(eq);
                inlineValue = a.mid(eq + 1);
                hasInline = true;
            }
            if (spec.valueOptions.contains(name) || name == QLatin1String("--key-file")) {
                if (hasInline) {
                    args.options[name].append(inlineValue);
                } else {
                    if (i + 1 >= raw.size())
                        return makeError(ErrorKind::Invalid, QStringLiteral("%1 needs a value").arg(name));
                    args.options[name].append(raw[++i]);
                }
            } else if (spec.flags.contains(name) && !hasInline) {
                args.options[name].append(QString());
            } else {
                return makeError(ErrorKind::Invalid, QStringLiteral("unknown option %1 for '%2'").arg(name, QString::fromLatin1(spec.name)));
            }
        } else {
            args.positional.append(a);
        }
    }
    if (args.positional.size() < spec.minPositional
        || (spec.maxPositional >= 0 && args.positional.size() > spec.maxPositional))
        return makeError(ErrorKind::Invalid, QStringLiteral("wrong number of arguments"));
    return args;
}

}  // namespace

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NotFound:
        return NotFound;
    case ErrorKind::NotAProject:
        return NotAProject;
    case ErrorKind::Corrupt:
        return Corrupt;
    case ErrorKind::Locked:
        return Locked;
    case ErrorKind::TooNew:
        return TooNew;
    case ErrorKind::ReadOnly:
        return ReadOnly;
    case ErrorKind::Io:
        return IoError;
    case ErrorKind::Encrypted:
        return Encrypted;
    case ErrorKind::Offline:
        return Offline;
    case ErrorKind::Denied:
        return Denied;
    case ErrorKind::Invalid:
    case ErrorKind::Conflict:
    case ErrorKind::Unsupported:
        break;
    }
    return Failed;
}

int Context::fail(const Error &error) const
{
    err << "crosscut-cli: " << error.message << "\n";
    err.flush();
    return exitCodeFor(error.kind);
}

int Context::usage(const QString &message) const
{
    err << "crosscut-cli: " << message << "\n";
    err.flush();
    return Usage;
}

int Context::emitResult(const QByteArray &data) const
{
    if (args.has(QStringLiteral("--out"))) {
        if (Status s = exporting::writeAtomically(args.value(QStringLiteral("--out")), data); !s)
            return fail(s.error());
        return Ok;
    }
    out << QString::fromUtf8(data);
    return Ok;
}

std::unique_ptr<Project> Context::openProject(int *exitCode) const
{
    const QString path = args.positional.value(0);
    auto key = projectKey(true, path);
    if (!key) {
        *exitCode = fail(key.error());
        return nullptr;
    }
    auto project = Project::open(path, *key);
    if (!project) {
        *exitCode = fail(project.error());
        return nullptr;
    }
    for (const QString &warning : (*project)->openWarnings())
        err << "crosscut-cli: warning: " << warning << "\n";
    err.flush();
    return std::move(project).value();
}

int run(const QStringList &rawArgs, QTextStream &out, QTextStream &err, const QList<CommandSpec> &extra)
{
    if (rawArgs.isEmpty() || rawArgs.first() == QLatin1String("--help") || rawArgs.first() == QLatin1String("help")
        || rawArgs.first() == QLatin1String("-h")) {
        printHelp(rawArgs.isEmpty() ? err : out, extra);
        return rawArgs.isEmpty() ? Usage : Ok;
    }
    if (rawArgs.first() == QLatin1String("--version")) {
        out << "crosscut-cli " << CROSSCUT_VERSION << "\n";
        return Ok;
    }
    const QString name = rawArgs.first();
    // The caller's commands first: one may stand in for core's of the same
    // name (ui/render's portrait draws images, core's writes json and csv).
    for (const CommandSpec &spec : extra + commands()) {
        if (name != QLatin1String(spec.name))
            continue;
        auto args = parse(spec, rawArgs.mid(1));
        if (!args) {
            err << "crosscut-cli " << name << ": " << args.message() << "\nusage: crosscut-cli " << spec.synopsis << "\n";
            return Usage;
        }
        Context ctx{std::move(args).value(), out, err};
        const int code = spec.run(ctx);
        out.flush();
        err.flush();
        return code;
    }
    err << "crosscut-cli: unknown command '" << name << "' (try crosscut-cli --help)\n";
    return Usage;
}

}  // namespace crosscut::cli
