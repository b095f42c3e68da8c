#include "familyfile/RiskFileState.h"

#include "familyfile/RecordTime.h"

#include <QSet>

namespace jiahu {

RiskFileState RiskFileState::of(const FamilyFile& file)
{
    RiskFileState state;
    state.current = file.family.riskCode;
    QSet<QString> decided;
    for (const RiskEvent& e : file.riskHistory) {
        if (!e.decides.isEmpty())
            decided.insert(e.decides);
        // The history is in the order of events (HLC): the last set/approve made the code.
        if (e.kind == RiskEventKind::Set || e.kind == RiskEventKind::Approve)
            state.currentEvent = e;
    }
    bool proposalWaiting = false;
    for (const RiskEvent& e : file.riskHistory) {
        if (decided.contains(e.id))
            continue;
        if (e.kind == RiskEventKind::Propose) {
            state.waiting << e;
            proposalWaiting = true;
        } else if (e.kind == RiskEventKind::Set && e.previousCode) {
            state.waiting << e; // a raise not reviewed yet
        }
    }
    // Assessments come newest first; a corrected one is replaced by its correction.
    for (const Assessment& a : file.assessments)
        if (a.supersededBy.isEmpty()) {
            state.latest = a;
            break;
        }

    using Block = DowngradeBlock;
    if (!state.current)
        state.block = Block::NotCoded;
    else if (proposalWaiting)
        state.block = Block::ProposalWaiting;
    else if (!state.latest)
        state.block = Block::NoAssessment;
    else if (state.currentEvent && state.latest->at < state.currentEvent->at)
        state.block = Block::AssessmentOlder;
    else if (state.currentEvent && state.latest->id == state.currentEvent->assessmentId)
        state.block = Block::AssessmentSetCode;
    else if (RiskCodes::severity(state.latest->suggestedCode) >=
             RiskCodes::severity(*state.current))
        state.block = Block::SuggestionTooHigh;
    else
        state.block = Block::None;
    return state;
}

bool RiskFileState::allows(RiskCode code) const
{
    if (current == code)
        return false;
    if (!current || !RiskCodes::isDowngrade(*current, code))
        return true; // a first code or a raise takes effect at once
    const auto lowest = lowestAllowed();
    return lowest && RiskCodes::severity(code) >= RiskCodes::severity(*lowest);
}

bool RiskFileState::reassessmentHelps() const
{
    switch (block) {
    case DowngradeBlock::NoAssessment:
    case DowngradeBlock::AssessmentOlder:
    case DowngradeBlock::AssessmentSetCode:
    case DowngradeBlock::SuggestionTooHigh:
        return true;
    case DowngradeBlock::None:
    case DowngradeBlock::NotCoded:
    case DowngradeBlock::ProposalWaiting:
        break;
    }
    return false;
}

QString RiskFileState::blockText() const
{
    switch (block) {
    case DowngradeBlock::None:
    case DowngradeBlock::NotCoded:
        return {};
    case DowngradeBlock::NoAssessment:
        return tr("A downgrade needs a reassessment first (no assessment has been recorded "
                  "yet).");
    case DowngradeBlock::AssessmentOlder:
        return tr("A downgrade needs a reassessment first (the latest assessment is older than "
                  "the current code).");
    case DowngradeBlock::AssessmentSetCode:
        return tr("A downgrade needs a reassessment first (the current code comes from the "
                  "latest assessment).");
    case DowngradeBlock::SuggestionTooHigh:
        return tr("The reassessment of %1 suggests %2, so the code cannot go lower now. "
                  "Reassess when the family's situation has changed.")
            .arg(RecordTime::date(latest->at), RiskCodes::displayName(latest->suggestedCode));
    case DowngradeBlock::ProposalWaiting:
        return tr("A downgrade proposal is already waiting for a supervisor.");
    }
    return {};
}

} // namespace jiahu
