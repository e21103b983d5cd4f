#include "hub/outbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace crosscut::hub {

namespace {

QString ownerColumn(const QString &table)
{
    if (table == QLatin1String("quote"))
        return QStringLiteral("creator_id");
    if (table == QLatin1String("coding"))
        return QStringLiteral("coder_id");
    if (table == QLatin1String("memo"))
        return QStringLiteral("author_id");
    if (table == QLatin1String("coder"))
        return QStringLiteral("name");
    return {};
}

}  // namespace

QString ownerOf(const WireChange &change)
{
    const QString column = ownerColumn(change.table);
    if (column.isEmpty())
        return {};
    const QJsonObject row = change.now ? *change.now : *change.old;
    return row.value(column).toString();
}

Status allowedFor(const QString &role, const QString &coder, const WireChange &change)
{
    if (role == QLatin1String("lead"))
        return {};
    if (role != QLatin1String("coder"))
        return makeError(ErrorKind::Denied, QStringLiteral("this copy is a reader's: it cannot be changed (ask the "
                                                           "team's lead for the coder role)"));
    const QString column = ownerColumn(change.table);
    if (column.isEmpty())
        return makeError(ErrorKind::Denied,
                         QStringLiteral("in a team project the codebook, the documents and the cases are the lead's; "
                                        "this copy codes as %1 (a coder): code, quote and write memos here, and ask the "
                                        "lead for changes to the %2")
                             .arg(coder, change.table == QLatin1String("code") ? QStringLiteral("codebook")
                                                                                 : QStringLiteral("project")));
    for (const auto &row : {change.old, change.now}) {
        if (!row)
            continue;
        const QString owner = row->value(column).toString();
        if (owner != coder)
            return makeError(ErrorKind::Denied,
                             QStringLiteral("this copy codes as %1: %2 belongs to %3")
                                 .arg(coder,
                                      change.table == QLatin1String("coder") ? QStringLiteral("that coder")
                                                                             : QStringLiteral("that ") + change.table,
                                      owner.isEmpty() ? QStringLiteral("nobody (the lead's)") : owner));
    }
    return {};
}

OutboxRecorder::OutboxRecorder(sql::Database &db, WireCodec codec, QString role, QString coder)
    : m_db(db), m_codec(std::move(codec)), m_role(std::move(role)), m_coder(std::move(coder))
{
}

OutboxRecorder::~OutboxRecorder() = default;

Result<std::unique_ptr<OutboxRecorder>> OutboxRecorder::attach(sql::Database &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT key, value FROM hub_state WHERE key IN ('project', 'role', 'coder')"));
    if (!stmt)
        return stmt.error();
    QString project, role, coder;
    while (stmt->next()) {
        const QString key = stmt->text(0);
        (key == QLatin1String("project") ? project : key == QLatin1String("role") ? role : coder) = stmt->text(1);
    }
    if (stmt->error())
        return *stmt->error();
    if (project.isEmpty())
        return std::unique_ptr<OutboxRecorder>();
    auto codec = WireCodec::make(db);
    if (!codec)
        return codec.error();
    return std::unique_ptr<OutboxRecorder>(new OutboxRecorder(db, std::move(codec).value(), role, coder));
}

Status OutboxRecorder::record(const QString &label, qint64 firstChange, qint64 lastChange, bool inverted)
{
    auto changes = m_codec.fromLog(firstChange, lastChange, inverted);
    if (!changes)
        return changes.error();
    if (changes->isEmpty())
        return {};
    QJsonArray rows;
    for (const WireChange &c : std::as_const(*changes)) {
        if (Status s = allowedFor(m_role, m_coder, c); !s)
            return s;
        rows.append(c.toJson());
    }
    return m_db.exec(QStringLiteral("INSERT INTO hub_outbox(guid, label, payload, created_at) VALUES (?, ?, ?, ?)"),
                     {QUuid::createUuid().toString(QUuid::WithoutBraces), label,
                      QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)),
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
}

}  // namespace crosscut::hub
