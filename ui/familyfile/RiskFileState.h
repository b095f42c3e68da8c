#pragma once

#include "domain/CaseRecords.h"

#include <QCoreApplication>

#include <optional>

namespace jiahu {

/// What the code rules allow a family file now, derived from the file alone, so the risk page
/// can say why before anyone types (core decides in the end, and its refusal is shown too):
/// a downgrade needs a reassessment made after the current code was set, whose suggested code
/// allows it, and no other proposal waiting.
struct RiskFileState {
    Q_DECLARE_TR_FUNCTIONS(RiskFileState)
public:
    enum class DowngradeBlock {
        None,
        NotCoded,          ///< nothing to downgrade
        NoAssessment,      ///< no assessment at all
        AssessmentOlder,   ///< the latest assessment is older than the current code
        AssessmentSetCode, ///< the latest assessment is the one that set the current code
        SuggestionTooHigh, ///< the reassessment suggests the current code or higher
        ProposalWaiting,   ///< a downgrade proposal already waits for a supervisor
    };

    std::optional<RiskCode> current;
    std::optional<RiskEvent> currentEvent; ///< the set/approve event that made the current code
    std::optional<Assessment> latest;      ///< the latest assessment still in force
    DowngradeBlock block = DowngradeBlock::NotCoded;
    /// Proposals and raises no supervisor has decided yet, oldest first.
    QList<RiskEvent> waiting;

    static RiskFileState of(const FamilyFile& file);

    /// The assessment a downgrade proposal names (when none is blocked).
    QString reassessmentId() const { return latest ? latest->id : QString(); }
    /// The lowest code a downgrade may go to now (the reassessment's suggestion).
    std::optional<RiskCode> lowestAllowed() const
    {
        return block == DowngradeBlock::None && latest ? std::optional(latest->suggestedCode)
                                                       : std::nullopt;
    }
    /// Whether changing to `code` can be proposed now (a first code, a raise, or an allowed
    /// downgrade).
    bool allows(RiskCode code) const;
    /// Why a downgrade cannot be proposed now (empty when it can).
    QString blockText() const;
    /// Whether the user can do something about the block by reassessing.
    bool reassessmentHelps() const;
};

} // namespace jiahu
