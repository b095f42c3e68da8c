#pragma once

#include "common/EnumIds.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace jiahu {

/// The family's guardianship-risk code, most to least severe: red > orange > yellow > blue
/// (红码 橙码 黄码 蓝码, the order of China's warning colours).
enum class RiskCode { Blue = 1, Yellow = 2, Orange = 3, Red = 4 };

template <> struct EnumIdTable<RiskCode> {
    static constexpr EnumId<RiskCode> rows[] = {{RiskCode::Red, "red"},
                                                {RiskCode::Orange, "orange"},
                                                {RiskCode::Yellow, "yellow"},
                                                {RiskCode::Blue, "blue"}};
};

class RiskCodes {
    Q_DECLARE_TR_FUNCTIONS(RiskCodes)
public:
    /// Stable identifier stored in the database and used by the CLI: "red", "orange", ...
    static QString id(RiskCode code) { return enumId(code); }
    static std::optional<RiskCode> fromId(const QString& id) { return enumFromId<RiskCode>(id); }
    /// Translated name: 红码 / Red.
    static QString displayName(RiskCode code);
    /// Higher is more severe.
    static int severity(RiskCode code) { return int(code); }
    /// The code stored as its severity (1..4); nullopt for 0 (not coded) or anything else.
    static std::optional<RiskCode> fromSeverity(qint64 stored)
    {
        if (stored < 1 || stored > 4)
            return std::nullopt;
        return RiskCode(int(stored));
    }
    /// The code as stored: its severity, 0 for not coded.
    static int stored(std::optional<RiskCode> code) { return code ? severity(*code) : 0; }
    static bool isDowngrade(RiskCode from, RiskCode to) { return severity(to) < severity(from); }
    /// Default follow-up cadence in days (an administrator may set another, FollowUpCadence):
    /// red 7, orange 14, yellow 30, blue 90.
    static int defaultFollowUpDays(RiskCode code);
};

} // namespace jiahu
