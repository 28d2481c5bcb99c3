#pragma once

#include "dberror.h"

#include <optional>
#include <utility>
#include <variant>

namespace VenueMap::Core {

// A value or the DbError that prevented it (std::expected is C++23; this is the subset we use).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(DbError error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const DbError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, DbError> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(DbError error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const DbError &error() const { return *m_error; }

private:
    std::optional<DbError> m_error;
};

using Status = Result<void>;

} // namespace VenueMap::Core
