#include "storage/projectkey.h"

#include <QFile>
#include <QRandomGenerator>

#include <cstring>
#include <string.h>  // explicit_bzero

namespace crosscut {

namespace {

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        explicit_bzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

}  // namespace

ProjectKey::~ProjectKey() { wipe(m_secret); }

ProjectKey::ProjectKey(const ProjectKey &other) : m_secret(other.m_secret), m_raw(other.m_raw)
{
    m_secret.detach();
}

ProjectKey &ProjectKey::operator=(const ProjectKey &other)
{
    if (this != &other) {
        wipe(m_secret);
        m_secret = other.m_secret;
        m_secret.detach();
        m_raw = other.m_raw;
    }
    return *this;
}

ProjectKey ProjectKey::fromPassword(const QString &password)
{
    ProjectKey key;
    key.m_secret = password.toUtf8();
    return key;
}

Result<ProjectKey> ProjectKey::fromKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorKind::NotFound, QStringLiteral("key file %1: no such file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, QStringLiteral("key file %1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() != kKeyFileBytes)
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 is not a Crosscut key file: a key file holds exactly %2 "
                                                            "bytes, this one %3")
                                                 .arg(path)
                                                 .arg(kKeyFileBytes)
                                                 .arg(file.size()));
    ProjectKey key;
    key.m_secret = file.read(kKeyFileBytes);
    key.m_raw = true;
    if (key.m_secret.size() != kKeyFileBytes)
        return makeError(ErrorKind::Io, QStringLiteral("key file %1 could not be read whole").arg(path));
    return key;
}

Result<ProjectKey> ProjectKey::createKeyFile(const QString &path)
{
    QFile file(path);
    if (file.exists())
        return makeError(ErrorKind::Invalid, QStringLiteral("%1 already exists; a new key file needs a new name").arg(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorKind::Io, QStringLiteral("cannot create key file %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ProjectKey key;
    key.m_raw = true;
    key.m_secret.resize(kKeyFileBytes);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(key.m_secret.data()),
                                         reinterpret_cast<quint32 *>(key.m_secret.data() + kKeyFileBytes));
    if (file.write(key.m_secret) != kKeyFileBytes || !file.flush()) {
        file.remove();
        return makeError(ErrorKind::Io, QStringLiteral("cannot write key file %1: %2").arg(path, file.errorString()));
    }
    file.close();
    return key;
}

QByteArray ProjectKey::sqlcipherKey() const
{
    if (!m_raw)
        return m_secret;
    return QByteArray("x'") + m_secret.toHex() + QByteArray("'");
}

bool isPlainSqliteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const char kMagic[] = "SQLite format 3";  // with its NUL: 16 bytes
    const QByteArray head = file.read(16);
    return head.size() == 16 && std::memcmp(head.constData(), kMagic, 16) == 0;
}

}  // namespace crosscut
