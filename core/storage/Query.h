#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QVariantList>

#include <optional>
#include <utility>

namespace jiahu {

// One-call queries over a Database: bind the values in order, read rows with a function of a
// positioned Statement. A failed read (I/O, busy, damage) is always returned as that error, never
// mistaken for "no row": callers that expect at most one row use fetchOptional() and branch on
// the optional, not on the Result.

namespace detail {
template <typename Reader>
using RowOf = std::decay_t<decltype(std::declval<Reader>()(std::declval<const Statement&>()))>;

inline Result<Statement> prepared(Database& db, const QByteArray& sql, const QVariantList& binds)
{
    auto st = db.prepare(sql);
    if (!st.ok())
        return st.error();
    for (int i = 0; i < binds.size(); ++i)
        st->bind(i + 1, binds[i]);
    return st;
}
} // namespace detail

/// Every row of `sql`, read with `read`.
template <typename Reader>
Result<QList<detail::RowOf<Reader>>> fetchAll(Database& db, const QByteArray& sql,
                                              const QVariantList& binds, Reader read)
{
    QList<detail::RowOf<Reader>> out;
    auto st = detail::prepared(db, sql, binds);
    if (!st.ok())
        return st.error();
    JIAHU_TRY(st->forEachRow([&] { out.append(read(*st)); }));
    return out;
}

/// The first row read with `read`, or nullopt when there is none.
template <typename Reader>
Result<std::optional<detail::RowOf<Reader>>> fetchOptional(Database& db, const QByteArray& sql,
                                                           const QVariantList& binds, Reader read)
{
    auto st = detail::prepared(db, sql, binds);
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<detail::RowOf<Reader>>();
    return std::optional<detail::RowOf<Reader>>(read(*st));
}

/// The first row read with `read`, or a NotFound error whose message is `notFound`.
template <typename Reader>
Result<detail::RowOf<Reader>> fetchOne(Database& db, const QByteArray& sql,
                                       const QVariantList& binds, Reader read,
                                       const QString& notFound)
{
    auto row = fetchOptional(db, sql, binds, std::move(read));
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, notFound);
    return std::move(*row.value());
}

/// Whether `sql` yields a row.
inline Result<bool> exists(Database& db, const QByteArray& sql, const QVariantList& binds)
{
    auto row = fetchOptional(db, sql, binds, [](const Statement&) { return true; });
    if (!row.ok())
        return row.error();
    return row.value().has_value();
}

/// Runs a statement that returns no rows.
inline Status execute(Database& db, const QByteArray& sql, const QVariantList& binds = {})
{
    auto st = detail::prepared(db, sql, binds);
    if (!st.ok())
        return st.error();
    return st->exec();
}

} // namespace jiahu
