#pragma once

#include <QString>
#include <optional>

namespace pakn {

/// A decoded value, or the reason it could not be decoded ("petitions[3].state: unknown value 'x'").
template<typename T> struct Decoded
{
    std::optional<T> value;
    QString error;

    static Decoded ok(T v) { return {std::move(v), {}}; }
    static Decoded fail(QString why) { return {std::nullopt, std::move(why)}; }
    explicit operator bool() const { return value.has_value(); }
};

} // namespace pakn
