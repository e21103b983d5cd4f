#include "storage/legacychangeset.h"

#include "storage/changelog.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace crosscut::sql {

namespace {

// Operation codes of the changeset format (SQLITE_INSERT, _UPDATE, _DELETE).
constexpr quint8 kInsert = 18;
constexpr quint8 kUpdate = 23;
constexpr quint8 kDelete = 9;

class Reader {
public:
    explicit Reader(const QByteArray &data) : m_data(data) {}
    bool atEnd() const { return m_pos >= m_data.size(); }
    bool ok() const { return m_ok; }
    qsizetype position() const { return m_pos; }

    quint8 byte()
    {
        if (m_pos >= m_data.size()) {
            m_ok = false;
            return 0;
        }
        return static_cast<quint8>(m_data[m_pos++]);
    }
    // SQLite's varint: up to nine bytes, seven bits each, big-endian; the
    // ninth byte contributes all eight bits.
    quint64 varint()
    {
        quint64 v = 0;
        for (int i = 0; i < 9 && m_ok; ++i) {
            const quint8 b = byte();
            if (i == 8)
                return (v << 8) | b;
            v = (v << 7) | (b & 0x7f);
            if (!(b & 0x80))
                return v;
        }
        return v;
    }
    quint64 bigEndian64()
    {
        quint64 v = 0;
        for (int i = 0; i < 8; ++i)
            v = (v << 8) | byte();
        return v;
    }
    QByteArray bytes(quint64 n)
    {
        if (n > quint64(m_data.size() - m_pos)) {
            m_ok = false;
            return {};
        }
        QByteArray out = m_data.mid(m_pos, qsizetype(n));
        m_pos += qsizetype(n);
        return out;
    }
    QString cString()
    {
        const qsizetype end = m_data.indexOf('\0', m_pos);
        if (end < 0) {
            m_ok = false;
            return {};
        }
        QString s = QString::fromUtf8(m_data.constData() + m_pos, end - m_pos);
        m_pos = end + 1;
        return s;
    }
    // One value: a type byte, then its data.
    std::optional<QVariant> value()
    {
        switch (byte()) {
        case 0x00:
            return std::nullopt;  // undefined: not part of this record
        case 0x01:
            return QVariant(static_cast<qlonglong>(bigEndian64()));
        case 0x02: {
            const quint64 bits = bigEndian64();
            double d = 0;
            std::memcpy(&d, &bits, sizeof d);
            return QVariant(d);
        }
        case 0x03:
            return QVariant(QString::fromUtf8(bytes(varint())));
        case 0x04:
            return QVariant(bytes(varint()));
        case 0x05:
            return QVariant();  // NULL
        default:
            m_ok = false;
            return std::nullopt;
        }
    }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

}  // namespace

Result<QList<LegacyChange>> decodeLegacyChangeset(const QByteArray &changeset)
{
    QList<LegacyChange> out;
    Reader r(changeset);
    QString table;
    int columns = 0;
    auto damaged = [&r] {
        return makeError(ErrorKind::Corrupt,
                         QStringLiteral("an operation log entry is damaged (at byte %1)").arg(r.position()));
    };
    while (!r.atEnd()) {
        const quint8 op = r.byte();
        if (op == 'T') {
            columns = static_cast<int>(r.varint());
            if (!r.ok() || columns <= 0 || columns > 2000)
                return damaged();
            r.bytes(quint64(columns));  // primary-key flags: the tables' own keys are used on replay
            table = r.cString();
            if (!r.ok() || table.isEmpty())
                return damaged();
            continue;
        }
        if ((op != kInsert && op != kUpdate && op != kDelete) || table.isEmpty())
            return damaged();
        r.byte();  // the "indirect" flag
        LegacyChange change;
        change.table = table;
        change.kind = op == kInsert ? LegacyChange::Kind::Insert
                    : op == kDelete ? LegacyChange::Kind::Delete
                                    : LegacyChange::Kind::Update;
        auto record = [&](QList<std::optional<QVariant>> &values) {
            values.reserve(columns);
            for (int c = 0; c < columns && r.ok(); ++c)
                values.append(r.value());
        };
        if (op != kInsert)
            record(change.oldValues);
        if (op != kDelete)
            record(change.newValues);
        if (!r.ok())
            return damaged();
        out.append(std::move(change));
    }
    return out;
}

namespace {

// A record as the capture triggers write it: REAL as a 17-digit string.
QString toJson(const TableShape &shape, const QList<std::optional<QVariant>> &values)
{
    QJsonObject row;
    for (qsizetype i = 0; i < values.size() && i < shape.columns.size(); ++i) {
        if (!values[i])
            continue;
        const QVariant &v = *values[i];
        const QString &column = shape.columns[i];
        if (v.isNull())
            row.insert(column, QJsonValue::Null);
        else if (v.typeId() == QMetaType::Double)
            row.insert(column, QString::number(v.toDouble(), 'g', 17));
        else if (v.typeId() == QMetaType::LongLong)
            row.insert(column, QJsonValue(v.toLongLong()));
        else if (v.typeId() == QMetaType::QByteArray)
            row.insert(column, QString::fromLatin1(v.toByteArray().toBase64()));
        else
            row.insert(column, v.toString());
    }
    return QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
}

}  // namespace

Status convertLegacyOperationLog(Database &db)
{
    QHash<QString, TableShape> shapes;
    auto ops = db.prepare(QStringLiteral("SELECT id, changeset FROM operation WHERE first_change IS NULL AND length(changeset) > 0 ORDER BY id"));
    if (!ops)
        return ops.error();
    auto insert = db.prepare(QStringLiteral("INSERT INTO operation_change(tbl, kind, row_key, old, new) "
                                            "VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    auto mark = db.prepare(QStringLiteral("UPDATE operation SET changeset = X'', first_change = ?, last_change = ? "
                                          "WHERE id = ?"));
    if (!mark)
        return mark.error();
    QList<std::pair<qint64, QByteArray>> entries;
    while (ops->next())
        entries.append({ops->int64(0), ops->blob(1)});
    if (ops->error())
        return *ops->error();
    ops->reset();
    for (const auto &[id, changeset] : std::as_const(entries)) {
        auto changes = decodeLegacyChangeset(changeset);
        if (!changes)
            return makeError(ErrorKind::Corrupt, QStringLiteral("operation %1: %2").arg(id).arg(changes.message()));
        qint64 first = 0, last = 0;
        for (const LegacyChange &change : std::as_const(*changes)) {
            auto it = shapes.find(change.table);
            if (it == shapes.end()) {
                auto shape = readTableShape(db, change.table);
                if (!shape)
                    return shape.error();
                it = shapes.insert(change.table, *shape);
            }
            const TableShape &shape = *it;
            const qsizetype keyColumn = shape.columns.indexOf(shape.primaryKey.first());
            const auto &keyValues = change.kind == LegacyChange::Kind::Insert ? change.newValues : change.oldValues;
            const QVariant key = keyColumn < keyValues.size() && keyValues[keyColumn] ? *keyValues[keyColumn] : QVariant();
            insert->reset();
            insert->bind(1, change.table)
                .bind(2, change.kind == LegacyChange::Kind::Insert ? 0 : change.kind == LegacyChange::Kind::Update ? 1 : 2)
                .bindVariant(3, key);
            if (change.kind == LegacyChange::Kind::Insert)
                insert->bindNull(4);
            else
                insert->bind(4, toJson(shape, change.oldValues));
            if (change.kind == LegacyChange::Kind::Delete)
                insert->bindNull(5);
            else
                insert->bind(5, toJson(shape, change.newValues));
            if (Status s = insert->exec(); !s)
                return s;
            last = db.lastInsertId();
            if (first == 0)
                first = last;
        }
        mark->reset();
        if (first == 0)
            mark->bindNull(1).bindNull(2);
        else
            mark->bind(1, first).bind(2, last);
        mark->bind(3, id);
        if (Status s = mark->exec(); !s)
            return s;
    }
    return {};
}

}  // namespace crosscut::sql
