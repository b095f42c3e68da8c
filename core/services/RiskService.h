#pragma once

#include "common/Result.h"
#include "domain/CaseRecords.h"
#include "services/Paging.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace jiahu {

class CaseSession;

/// The supervisor's review queue of code changes: downgrade proposals and unreviewed raises,
/// oldest first.
struct RiskQueueQuery {
    /// Only the events the signed-in user made (their proposals and raises still waiting for a
    /// supervisor); caseworkers may ask for these, the whole queue is for supervisors.
    bool mineOnly = false;
    /// Leaves out the user's own downgrade proposals (another supervisor decides them): what
    /// waits for this supervisor's decision.
    bool forMyDecision = false;
    QString after;
    int limit = PageCursor::kDefaultLimit;
};

/// Risk codes as an append-only history of events. A first code or a raise takes effect at
/// once (and waits in the supervisor's queue for review); a downgrade is a proposal that needs
/// a reassessment whose suggested code allows it, and another supervisor's approval; so does a
/// code confirmed below what an assessment suggested. A declined proposal stays in the history.
/// The family's current code is derived from the events (FamilyProjection); each event that
/// changes it fixes when the next follow-up is due under the new code.
class RiskService {
    Q_DECLARE_TR_FUNCTIONS(RiskService)
public:
    explicit RiskService(CaseSession& session) : m_s(session) {}

    /// Sets or raises at once, or proposes a downgrade. Returns the event written.
    Result<RiskEvent> propose(const QString& familyId, RiskCode code, const QString& reason,
                              const QString& assessmentId = {});
    /// Approves a downgrade proposal (the code changes) or reviews a raise (supervisor).
    Result<RiskEvent> approve(const QString& eventId, const QString& reason = {});
    /// Declines a downgrade proposal (supervisor); the code stays.
    Result<RiskEvent> decline(const QString& eventId, const QString& reason);
    /// Open proposals and unreviewed raises in the supervisor's scope (or the user's own, with
    /// `mineOnly`), oldest first.
    Result<Page<RiskEvent>> queue(const RiskQueueQuery& query = {});
    Result<qint64> queueCount(const RiskQueueQuery& query = {});
    /// The current code computed from the events (not the cache).
    Result<std::optional<RiskCode>> derivedCode(const QString& familyId);

    /// How a code change was asked for (AssessmentService uses the last two).
    enum class Basis {
        Reasoned,   ///< a user's reason is required
        Assessment, ///< made by an assessment; the reason may be empty (said on display)
        Override,   ///< an assessment confirmed below its suggestion: a supervisor decides
    };
    Result<RiskEvent> change(const QString& familyId, RiskCode code, const QString& reason,
                             const QString& assessmentId, Basis basis);

private:
    Result<RiskEvent> decide(const QString& eventId, RiskEventKind decision, const QString& reason);
    Result<RiskEvent> load(const QString& eventId);
    /// When the next follow-up is due after an event of `kind` to `code` (null if it sets none).
    Result<QVariant> dueAfter(RiskEventKind kind, RiskCode code);
    Status requireQueueReader(const RiskQueueQuery& query);
    QByteArray queueWhere(const RiskQueueQuery& query, QVariantList& binds);
    CaseSession& m_s;
};

} // namespace jiahu
