#pragma once

#include <QUuid>

namespace jiahu {

/// RFC 9562 version-7 UUIDs: 48-bit Unix milliseconds, then random bits. Time-ordered, so they
/// index well as primary keys, and unique across machines, so records are ready for sync.
QUuid createUuid7(qint64 unixMillis);
QUuid createUuid7();
/// Deterministic variant: the 74 random bits are taken from `random1` and `random2` (demo data).
QUuid createUuid7(qint64 unixMillis, quint64 random1, quint64 random2);

} // namespace jiahu
