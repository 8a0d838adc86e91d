// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <expected>
#include <type_traits>

namespace mostrador {

// What kind of refusal an error is; front ends map it to an exit status or a dialog.
enum class ErrorKind {
    Invalid,    // bad input: a field, a CSV cell, a command-line argument
    NotFound,   // a code or number that names nothing
    Rule,       // refused by a business rule (duplicate code, credit hold, ...)
    Permission, // the acting user's role may not do this
    Storage,    // the database failed or is unusable
};

// An error is a value: a stable code for programs and tests, a message for people
// (already translated), and the field it is about when there is one.
struct Error {
    ErrorKind kind = ErrorKind::Invalid;
    QString code;
    QString message;
    QString field;

    static Error invalid(QString code, QString message, QString field = {}) {
        return {ErrorKind::Invalid, std::move(code), std::move(message), std::move(field)};
    }
    static Error notFound(QString code, QString message) {
        return {ErrorKind::NotFound, std::move(code), std::move(message), {}};
    }
    static Error rule(QString code, QString message, QString field = {}) {
        return {ErrorKind::Rule, std::move(code), std::move(message), std::move(field)};
    }
    static Error permission(QString code, QString message) {
        return {ErrorKind::Permission, std::move(code), std::move(message), {}};
    }
    static Error storage(QString code, QString message) {
        return {ErrorKind::Storage, std::move(code), std::move(message), {}};
    }
};

template <class T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error e) {
    return std::unexpected<Error>(std::move(e));
}

// GCC 12's std::expected has no transform(): map a value, pass an error through.
template <class T, class F>
auto mapResult(const Result<T>& r, F&& f) -> Result<std::invoke_result_t<F, const T&>> {
    if (!r)
        return fail(r.error());
    return f(*r);
}

// Messages live in one translation context so Linguist finds them all together.
inline QString trMsg(const char* text) {
    return QCoreApplication::translate("mostrador", text);
}

// The plural form: "%n" in `text` becomes `n`.
inline QString trMsg(const char* text, int n) {
    return QCoreApplication::translate("mostrador", text, nullptr, n);
}

} // namespace mostrador
