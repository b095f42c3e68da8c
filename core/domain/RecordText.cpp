#include "RecordText.h"

namespace jiahu {

QString RecordText::riskEventReason(const RiskEvent& e)
{
    if (!e.assessmentScore || e.kind == RiskEventKind::Approve ||
        e.kind == RiskEventKind::Decline || e.kind == RiskEventKind::Review)
        return e.reason;
    const QString found =
        tr("Assessment: score %1, suggested %2, confirmed %3.")
            .arg(*e.assessmentScore)
            .arg(RiskCodes::displayName(e.assessmentSuggested.value_or(RiskCode::Blue)),
                 RiskCodes::displayName(e.assessmentConfirmed.value_or(RiskCode::Blue)));
    return e.reason.isEmpty() ? found : found + u' ' + e.reason;
}

} // namespace jiahu
