#pragma once

#include "common/Result.h"
#include "domain/CaseRecords.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace jiahu {

class CaseSession;

/// Risk codes as an append-only history of events. A first code or a raise takes effect at
/// once (and waits in the supervisor's queue for review); a downgrade is a proposal that needs
/// a reassessment whose suggested code allows it, and a supervisor's approval. A declined
/// proposal stays in the history. The family's current code is the code of its latest 'set' or
/// 'approve' event; families.risk_code caches it and is written only here.
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
    /// Open proposals and unreviewed raises in the supervisor's scope, oldest first.
    Result<QList<RiskEvent>> queue(int limit = 100);
    /// The current code computed from the events (not the cache).
    Result<std::optional<RiskCode>> derivedCode(const QString& familyId);

private:
    Result<RiskEvent> decide(const QString& eventId, RiskEventKind decision, const QString& reason);
    Result<RiskEvent> load(const QString& eventId);
    Status applyCode(const QString& familyId, RiskCode code);
    CaseSession& m_s;
};

} // namespace jiahu
