#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace jiahu {

/// One row of the table mapping an enum value to the stable text id stored in the database,
/// used on the command line and in sync ("red", "caseworker", "sent"). Display names are
/// translated separately, where tr() can see the literal strings.
template <typename E> struct EnumId {
    E value;
    const char* id;
};

/// The one enum-id table of an enum, specialized next to the enum:
///   template <> struct EnumIdTable<RiskCode> {
///       static constexpr EnumId<RiskCode> rows[] = {{RiskCode::Red, "red"}, ...};
///   };
/// enumId(), enumFromId() and enumIds() then work for it; nothing else is written per enum.
template <typename E> struct EnumIdTable;

template <typename E> QString enumId(E value)
{
    for (const auto& row : EnumIdTable<E>::rows)
        if (row.value == value)
            return QLatin1String(row.id);
    return {};
}

template <typename E> std::optional<E> enumFromId(QStringView id)
{
    for (const auto& row : EnumIdTable<E>::rows)
        if (id == QLatin1String(row.id))
            return row.value;
    return std::nullopt;
}

/// Every id, in the table's order (for help texts and choosers).
template <typename E> QStringList enumIds()
{
    QStringList out;
    for (const auto& row : EnumIdTable<E>::rows)
        out.append(QLatin1String(row.id));
    return out;
}

} // namespace jiahu
