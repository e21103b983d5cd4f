#pragma once
// A small std::expected-like result type: core returns errors as values with a
// message a user can act on; no exception escapes core's API.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace crosscut {

enum class ErrorKind {
    Invalid,      // bad argument or input data
    NotFound,     // file, document, code … does not exist
    NotAProject,  // file is not a Crosscut project
    Corrupt,      // project or input file is damaged
    Locked,       // another process holds the project
    TooNew,       // written by a newer Crosscut
    ReadOnly,     // cannot write the project
    Io,           // file system error
    Conflict,     // undo/redo or merge cannot be applied
    Unsupported,  // a format or feature Crosscut does not handle
    Encrypted,    // an encrypted project, and its password or key is missing or wrong
    Offline,      // a team hub that cannot be reached (wrong address, no network, connection lost)
    Denied,       // the team hub refused: wrong password, or a role that may not do this
};

struct Error {
    ErrorKind kind = ErrorKind::Invalid;
    QString message;
};

inline Error makeError(ErrorKind kind, QString message) { return Error{kind, std::move(message)}; }

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}  // NOLINT(google-explicit-constructor)
    Result(Error error) : m_value(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<Error>(m_value); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_value;
};

// Result of an operation that yields nothing on success.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}  // NOLINT(google-explicit-constructor)
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

}  // namespace crosscut
