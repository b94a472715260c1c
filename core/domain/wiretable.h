#pragma once

#include <QLatin1String>
#include <QString>
#include <cstddef>
#include <optional>

namespace pakn::detail {

/// Lookups over the constexpr tables that map a domain enum to its wire name (and whatever else the table
/// holds). A row type needs the members `value` and `wire`.
template<typename Row, std::size_t N> const Row &rowFor(const Row (&table)[N], decltype(Row::value) value)
{
    for (const Row &r : table) {
        if (r.value == value)
            return r;
    }
    Q_UNREACHABLE();
}

template<typename Row, std::size_t N>
std::optional<decltype(Row::value)> valueForWire(const Row (&table)[N], const QString &wire)
{
    for (const Row &r : table) {
        if (wire == QLatin1String(r.wire))
            return r.value;
    }
    return std::nullopt;
}

} // namespace pakn::detail
