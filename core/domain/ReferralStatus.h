#pragma once

#include "common/EnumIds.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace jiahu {

/// Where a cross-agency referral (转介) stands:
/// draft → sent → received → accepted | declined → closed. A draft may also be closed (withdrawn).
enum class ReferralStatus { Draft, Sent, Received, Accepted, Declined, Closed };

template <> struct EnumIdTable<ReferralStatus> {
    static constexpr EnumId<ReferralStatus> rows[] = {
        {ReferralStatus::Draft, "draft"},       {ReferralStatus::Sent, "sent"},
        {ReferralStatus::Received, "received"}, {ReferralStatus::Accepted, "accepted"},
        {ReferralStatus::Declined, "declined"}, {ReferralStatus::Closed, "closed"}};
};

class ReferralStatuses {
    Q_DECLARE_TR_FUNCTIONS(ReferralStatuses)
public:
    static QString id(ReferralStatus status) { return enumId(status); }
    static std::optional<ReferralStatus> fromId(const QString& id)
    {
        return enumFromId<ReferralStatus>(id);
    }
    static QString displayName(ReferralStatus status);
    /// The statuses a referral may move to next.
    static QList<ReferralStatus> next(ReferralStatus from);
    /// Ok, or an error that names the move and what is allowed instead.
    static Status checkTransition(ReferralStatus from, ReferralStatus to);
};

} // namespace jiahu
