#include "interop/refiqda.h"

namespace crosscut::interop {

QString ImportSummary::toText() const
{
    QString out;
    if (!origin.isEmpty())
        out += QStringLiteral("origin: %1\n").arg(origin);
    out += QStringLiteral("imported: %1 users, %2 codes, %3 sources, %4 selections, %5 codings, %6 memos, %7 cases, "
                          "%8 sets, %9 attribute values\n")
               .arg(users)
               .arg(codes)
               .arg(sources)
               .arg(selections)
               .arg(codings)
               .arg(memos)
               .arg(cases)
               .arg(sets)
               .arg(attributes);
    if (unsupported.isEmpty()) {
        out += QStringLiteral("unsupported: none\n");
    } else {
        out += QStringLiteral("unsupported (not imported):\n");
        for (auto it = unsupported.cbegin(); it != unsupported.cend(); ++it)
            out += QStringLiteral("  %1: %2\n").arg(it.key()).arg(it.value());
    }
    for (const QString &c : conflicts)
        out += QStringLiteral("conflict: %1\n").arg(c);
    for (const QString &w : warnings)
        out += QStringLiteral("warning: %1\n").arg(w);
    return out;
}

}  // namespace crosscut::interop
