// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <type_traits>
#include <utility>
#include <variant>

namespace Vortex::Core {

/// Wraps an error value so that Result<T, E> can be built from it unambiguously.
template<typename E>
struct Failure
{
    E error;
};

template<typename E>
Failure<std::decay_t<E>> fail(E &&error)
{
    return {std::forward<E>(error)};
}

/// A value or an error: errors cross layers as values (GCC 12 has no std::expected).
template<typename T, typename E>
class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): mirrors std::expected
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    /// Accepts any failure whose error converts to E (e.g. a QStringBuilder expression).
    template<typename U, typename = std::enable_if_t<std::is_constructible_v<E, U>>>
    Result(Failure<U> failure) // NOLINT(google-explicit-constructor)
        : m_state(std::in_place_index<1>, E(std::move(failure.error)))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const E &error() const & { return std::get<1>(m_state); }
    E &error() & { return std::get<1>(m_state); }

    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

private:
    std::variant<T, E> m_state;
};

/// Result of an operation that yields nothing but success.
struct Done
{};

} // namespace Vortex::Core
