#pragma once
// The secret an encrypted project is keyed with: a password (SQLCipher derives
// the key from it, PBKDF2-HMAC-SHA512) or a key file of 32 random bytes used
// as the raw key. The secret is wiped from memory when the key goes; it is
// never written anywhere by Crosscut.

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace crosscut {

class ProjectKey {
public:
    static constexpr int kKeyFileBytes = 32;

    ProjectKey() = default;
    ~ProjectKey();
    ProjectKey(const ProjectKey &other);
    ProjectKey &operator=(const ProjectKey &other);

    static ProjectKey fromPassword(const QString &password);
    // Reads a key file: exactly 32 bytes.
    static Result<ProjectKey> fromKeyFile(const QString &path);
    // Writes a new key file of 32 random bytes (readable by its owner only);
    // refuses an existing file.
    static Result<ProjectKey> createKeyFile(const QString &path);

    bool isEmpty() const { return m_secret.isEmpty(); }
    bool isKeyFile() const { return m_raw; }
    // What sqlite3_key takes: the password, or x'…' for a raw key.
    QByteArray sqlcipherKey() const;

private:
    QByteArray m_secret;
    bool m_raw = false;
};

// Whether a file starts as a plain SQLite database does. An SQLCipher
// database (or anything else) does not.
bool isPlainSqliteFile(const QString &path);

}  // namespace crosscut
