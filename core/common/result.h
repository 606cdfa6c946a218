// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace scalescope {

/// What went wrong, coarse enough to map onto an exit code or a banner colour.
enum class ErrorKind {
    Usage, ///< bad command line or bad call
    Plan, ///< the plan file is malformed or inconsistent
    Io, ///< a file could not be read or written
    Network, ///< the target could not be reached
    Auth, ///< login failed
    Target, ///< the target answered, but not as the plan expects
    Cancelled, ///< the user stopped the run
    Internal,
};

/// An error as a value: a kind and a translated message naming the object and the reason.
struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message;
};

/// Either a value or an Error. Small on purpose: ok(), value(), error().
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit by design, like std::expected
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T& value() const& { return std::get<0>(m_data); }
    [[nodiscard]] T& value() & { return std::get<0>(m_data); }
    [[nodiscard]] T&& value() && { return std::get<0>(std::move(m_data)); }
    [[nodiscard]] const Error& error() const { return std::get<1>(m_data); }

    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }

private:
    std::variant<T, Error> m_data;
};

} // namespace scalescope
