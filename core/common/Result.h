#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace td {

// What went wrong, in a form the caller can branch on, plus a message already translated into
// the current language that names the field and what is allowed.
enum class ErrorCode {
    Database,
    NotFound,
    Invalid,
    Forbidden,
    Conflict,
    AuthenticationFailed,
    Throttled,
};

struct Error
{
    ErrorCode code = ErrorCode::Database;
    QString message;
    QString field; // the input that was refused (a column or option name), when one was
};

// A value or an Error. Repositories return it instead of throwing or showing dialogs.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T* operator->() const { return &std::get<T>(m_data); }
    const T& operator*() const& { return std::get<T>(m_data); }
    const Error& error() const { return std::get<Error>(m_data); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }
    QString message() const { return m_ok ? QString() : m_error.message; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message, QString field = {})
{
    return Error{code, std::move(message), std::move(field)};
}

} // namespace td

// Propagate an error from a Result-returning call to the caller.
#define TD_TRY(expr)                                                                               \
    do {                                                                                           \
        auto&& tdTryResult_ = (expr);                                                              \
        if (!tdTryResult_.ok())                                                                    \
            return tdTryResult_.error();                                                           \
    } while (false)
