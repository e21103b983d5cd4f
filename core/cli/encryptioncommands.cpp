// encrypt, decrypt, rekey: whole-file rewrites (project/encryption.h).
#include "cli/command.h"
#include "project/encryption.h"

namespace crosscut::cli {

namespace {

int keyed(Context &ctx, const Result<ProjectKey> &key)
{
    if (!key)
        return ctx.fail(key.error());
    return Ok;
}

}  // namespace

int runEncrypt(Context &ctx)
{
    const QString path = ctx.args.positional.value(0);
    auto key = ctx.newProjectKey(QStringLiteral("--key-file"), "CROSSCUT_PASSWORD");
    if (int code = keyed(ctx, key); code != Ok)
        return code;
    if (Status s = encryptProject(path, *key); !s)
        return ctx.fail(s.error());
    ctx.out << "encrypted " << path << "\n";
    return Ok;
}

int runDecrypt(Context &ctx)
{
    const QString path = ctx.args.positional.value(0);
    auto key = ctx.projectKey(true, path);
    if (int code = keyed(ctx, key); code != Ok)
        return code;
    const QString out = ctx.args.value(QStringLiteral("--out"));
    if (Status s = decryptProject(path, *key, out); !s)
        return ctx.fail(s.error());
    ctx.out << "wrote a decrypted copy of " << path << " to " << out << "\n";
    ctx.err << "crosscut-cli: warning: " << out << " is not encrypted: anyone who can read the file can read the project\n";
    return Ok;
}

int runRekey(Context &ctx)
{
    const QString path = ctx.args.positional.value(0);
    auto key = ctx.projectKey(true, path);
    if (int code = keyed(ctx, key); code != Ok)
        return code;
    {
        // The current password is checked before a new one is asked for.
        int code = Ok;
        if (!ctx.openProject(&code))
            return code;
    }
    auto newKey = ctx.newProjectKey(QStringLiteral("--new-key-file"), "CROSSCUT_NEW_PASSWORD");
    if (int code = keyed(ctx, newKey); code != Ok)
        return code;
    if (Status s = rekeyProject(path, *key, *newKey); !s)
        return ctx.fail(s.error());
    ctx.out << "re-keyed " << path << "\n";
    return Ok;
}

}  // namespace crosscut::cli
