#include "Clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace jiahu {

namespace {
constexpr int kCaseUtcOffsetSeconds = 8 * 60 * 60;
}

Clock systemClock()
{
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

Clock orSystemClock(Clock clock)
{
    return clock ? std::move(clock) : systemClock();
}

QDate caseDate(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(kCaseUtcOffsetSeconds)).date();
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFromIso(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

} // namespace jiahu
