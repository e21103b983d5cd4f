#pragma once
// What a live commit wrote before schema version 4: the line appended to
// document.text in place (one logged operation). Tests use it to build the
// history of an older project, so that its upgrade can be checked, old
// operations' undo included.
#include "project/projectwriter.h"
#include "text/codepoints.h"

#include <QVariant>

namespace crosscut::test {

inline Status commitAsVersion3(Project &project, Id document, const QString &speaker, const QString &text)
{
    return project.transact(QStringLiteral("Live: %1 says").arg(speaker), [&](ProjectWriter &w) -> Status {
        auto length = w.documentLength(document);
        if (!length)
            return length.error();
        const QString line = speaker + QStringLiteral(": ") + text + QLatin1Char('\n');
        const qint64 n = codePointCount(line);
        if (Status s = w.exec("UPDATE document SET text = text || ?, length = length + ? WHERE id = ?", {line, n, document}); !s)
            return s;
        return w.exec("INSERT INTO speaker_turn(document_id, start, end, speaker, time_start_ms, time_end_ms) "
                      "VALUES (?, ?, ?, ?, 0, 0)",
                      {document, *length, *length + n - 1, speaker});
    });
}

}  // namespace crosscut::test
