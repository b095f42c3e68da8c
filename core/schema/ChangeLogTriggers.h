#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QStringList>

namespace jiahu {

class Database;

/// Schema pieces every synced table shares, generated from the table's columns so that a later
/// migration adding a column can simply install them again.
///
/// The outbox: after every INSERT or UPDATE a trigger writes one `change_log` row naming exactly
/// the fields that were set or changed, with their new values, as a JSON object built in SQL
/// (`{"status":"closed","status_reason":"..."}`; on insert, fields left NULL or at their column's
/// default are left out, as the receiver's insert gives them the same default): integers and reals
/// as numbers (infinities as strings), NULL as null, text as a JSON string made by the SQL function
/// jiahu_json_text() (every control character escaped, invalid UTF-8 replaced with U+FFFD, so every
/// entry parses whatever bytes a row holds), blobs as hex strings. The function is registered on
/// every connection Database::open makes; a connection without it (an sqlite shell) cannot write to
/// synced tables. The row's own bookkeeping columns (`id`, `hlc`,
/// `updated_at`, `updated_by`) go into the change_log row's columns instead of the field list.
class ChangeLogTriggers {
public:
    /// Installs (or replaces) the insert and update outbox triggers of `table`. Columns named in
    /// `excluded` (large blobs, derived caches) are left out of the field list.
    static Status install(Database& db, const QByteArray& table, const QStringList& excluded = {});
    /// Refuses UPDATE and DELETE: append-only tables take corrections as new rows. Like install,
    /// these replace the triggers they made before.
    static Status installAppendOnly(Database& db, const QByteArray& table);
    /// Refuses DELETE: records are removed by setting deleted_at, which syncs like any change.
    static Status installSoftDeleteOnly(Database& db, const QByteArray& table);

    /// The SQL expression rendering `column` of `row` (NEW or OLD) as a JSON value.
    static QByteArray jsonValue(const QByteArray& row, const QByteArray& column);
};

} // namespace jiahu
