#include "RiskCode.h"

namespace jiahu {

QString RiskCodes::id(RiskCode code)
{
    switch (code) {
    case RiskCode::Red:
        return QStringLiteral("red");
    case RiskCode::Orange:
        return QStringLiteral("orange");
    case RiskCode::Yellow:
        return QStringLiteral("yellow");
    case RiskCode::Blue:
        return QStringLiteral("blue");
    }
    return {};
}

std::optional<RiskCode> RiskCodes::fromId(const QString& id)
{
    for (RiskCode c : {RiskCode::Red, RiskCode::Orange, RiskCode::Yellow, RiskCode::Blue})
        if (RiskCodes::id(c) == id)
            return c;
    return std::nullopt;
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
