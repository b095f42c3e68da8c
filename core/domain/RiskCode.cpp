#include "RiskCode.h"

namespace jiahu {

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
