#include "DateRules.h"

namespace jiahu {

namespace {
Status inRange(const QString& field, const QDate& date, const QDate& from, const QDate& to)
{
    if (!date.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         DateRules::tr("%1 is not a real date.").arg(field));
    if (date < from || date > to)
        return makeError(ErrorCode::InvalidArgument,
                         DateRules::tr("%1 must be between %2 and %3.")
                             .arg(field, from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    return {};
}
} // namespace

Status DateRules::checkBirth(const QString& field, const QDate& date, const QDate& today)
{
    return inRange(field, date, earliestBirth(), today);
}

Status DateRules::checkHappened(const QString& field, const QDate& date, const QDate& today)
{
    return inRange(field, date, earliestRecord(), today);
}

Status DateRules::checkDue(const QString& field, const QDate& date, const QDate& today)
{
    return inRange(field, date, earliestRecord(), today.addYears(kMaxYearsAhead));
}

} // namespace jiahu
