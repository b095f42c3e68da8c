#include "RiskCode.h"

#include "common/EnumIds.h"

namespace jiahu {

namespace {
constexpr EnumId<RiskCode> kIds[] = {{RiskCode::Red, "red"},
                                     {RiskCode::Orange, "orange"},
                                     {RiskCode::Yellow, "yellow"},
                                     {RiskCode::Blue, "blue"}};
} // namespace

QString RiskCodes::id(RiskCode code)
{
    return enumId<RiskCode>(kIds, code);
}

std::optional<RiskCode> RiskCodes::fromId(const QString& id)
{
    return enumFromId<RiskCode>(kIds, id);
}

QString RiskCodes::displayName(RiskCode code)
{
    switch (code) {
    case RiskCode::Red:
        return tr("Red");
    case RiskCode::Orange:
        return tr("Orange");
    case RiskCode::Yellow:
        return tr("Yellow");
    case RiskCode::Blue:
        return tr("Blue");
    }
    return {};
}

int RiskCodes::defaultFollowUpDays(RiskCode code)
{
    switch (code) {
    case RiskCode::Red:
        return 7;
    case RiskCode::Orange:
        return 14;
    case RiskCode::Yellow:
        return 30;
    case RiskCode::Blue:
        return 90;
    }
    return 30;
}

} // namespace jiahu
