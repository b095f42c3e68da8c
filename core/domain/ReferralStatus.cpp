#include "ReferralStatus.h"

#include <QStringList>

namespace jiahu {

QString ReferralStatuses::displayName(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Draft:
        return tr("Draft");
    case ReferralStatus::Sent:
        return tr("Sent");
    case ReferralStatus::Received:
        return tr("Received");
    case ReferralStatus::Accepted:
        return tr("Accepted");
    case ReferralStatus::Declined:
        return tr("Declined");
    case ReferralStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QList<ReferralStatus> ReferralStatuses::next(ReferralStatus from)
{
    switch (from) {
    case ReferralStatus::Draft:
        return {ReferralStatus::Sent, ReferralStatus::Closed};
    case ReferralStatus::Sent:
        return {ReferralStatus::Received};
    case ReferralStatus::Received:
        return {ReferralStatus::Accepted, ReferralStatus::Declined};
    case ReferralStatus::Accepted:
    case ReferralStatus::Declined:
        return {ReferralStatus::Closed};
    case ReferralStatus::Closed:
        return {};
    }
    return {};
}

Status ReferralStatuses::checkTransition(ReferralStatus from, ReferralStatus to)
{
    const QList<ReferralStatus> allowed = next(from);
    if (allowed.contains(to))
        return {};
    QStringList names;
    for (ReferralStatus s : allowed)
        names << displayName(s);
    const QString message =
        allowed.isEmpty()
            ? tr("A referral that is %1 cannot change any more.").arg(displayName(from))
            : tr("A referral that is %1 cannot become %2; it can become: %3.")
                  .arg(displayName(from), displayName(to), names.join(QStringLiteral(", ")));
    return makeError(ErrorCode::InvalidArgument, message);
}

} // namespace jiahu
