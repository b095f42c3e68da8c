#pragma once

#include <QDate>
#include <QString>

#include <functional>

namespace jiahu {

/// A source of the current time in UTC milliseconds. Every time Jiahu writes (records, audit
/// entries, vault events, throttle state) comes from one of these, so tests can inject theirs.
using Clock = std::function<qint64()>;

/// The system clock.
Clock systemClock();
/// `clock` if set, else the system clock.
Clock orSystemClock(Clock clock);

/// Calendar dates of case work are China's (UTC+8, no daylight saving), on every machine, so two
/// machines holding the same records derive the same due dates whatever their time zone.
QDate caseDate(qint64 utcMs);

/// Calendar dates as stored: YYYY-MM-DD, and the empty text for no date.
QString isoDate(const QDate& date);
QDate dateFromIso(const QString& text);

} // namespace jiahu
