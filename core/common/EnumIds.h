#pragma once

#include <QString>

#include <optional>
#include <span>

namespace jiahu {

/// One row of a table mapping an enum value to the stable text id stored in the database and
/// used on the command line ("red", "caseworker", "sent"). Display names are translated
/// separately, where tr() can see the literal strings.
template <typename E> struct EnumId {
    E value;
    const char* id;
};

template <typename E> QString enumId(std::span<const EnumId<E>> table, E value)
{
    for (const auto& row : table)
        if (row.value == value)
            return QLatin1String(row.id);
    return {};
}

template <typename E> std::optional<E> enumFromId(std::span<const EnumId<E>> table, QStringView id)
{
    for (const auto& row : table)
        if (id == QLatin1String(row.id))
            return row.value;
    return std::nullopt;
}

} // namespace jiahu
