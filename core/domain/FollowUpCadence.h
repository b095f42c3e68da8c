#pragma once

#include "common/Result.h"
#include "domain/RiskCode.h"

#include <QCoreApplication>
#include <QString>

#include <array>

namespace jiahu {

/// How often a family is followed up, in days per risk code (configurable by an administrator;
/// default red 7, orange 14, yellow 30, blue 90). Written as "red=7,orange=14,yellow=30,blue=90".
class FollowUpCadence {
    Q_DECLARE_TR_FUNCTIONS(FollowUpCadence)
public:
    static constexpr int kMinDays = 1;
    static constexpr int kMaxDays = 365;
    /// The meta setting that holds it.
    static constexpr const char* kSettingKey = "follow_up_cadence";

    FollowUpCadence(); ///< the defaults

    int days(RiskCode code) const { return m_days[size_t(RiskCodes::severity(code))]; }
    /// "red=7,orange=14,yellow=30,blue=90"
    QString text() const;

    /// Parses a full or partial spec over `base` (codes left out keep base's value). Refuses
    /// unknown codes, bad numbers and days outside 1..365 with a sentence saying how to write it.
    static Result<FollowUpCadence> parse(const QString& spec, const FollowUpCadence& base = {});
    /// A stored setting: invalid or empty text gives the defaults.
    static FollowUpCadence fromSetting(const QString& text);

    bool operator==(const FollowUpCadence&) const = default;

private:
    std::array<int, 5> m_days{}; ///< by severity 1..4
};

} // namespace jiahu
