#pragma once

#include <QUuid>

namespace jiahu {

/// RFC 9562 version-7 UUIDs: 48-bit Unix milliseconds, then random bits. Time-ordered, so they
/// index well as primary keys, and unique across machines, so records are ready for sync.
QUuid createUuid7(qint64 unixMillis);
QUuid createUuid7();

} // namespace jiahu
