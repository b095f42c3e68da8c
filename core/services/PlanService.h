#pragma once

#include "common/Result.h"
#include "domain/CaseRecords.h"

#include <QCoreApplication>

namespace jiahu {

class CaseSession;

/// Intervention plans (关爱服务实施方案 / 家庭教育指导方案): goals and actions with the responsible
/// agency, owner, due date and status. A supervisor approves a plan; progress is the share of
/// its actions done.
class PlanService {
    Q_DECLARE_TR_FUNCTIONS(PlanService)
public:
    explicit PlanService(CaseSession& session) : m_s(session) {}

    Result<Plan> add(const QString& familyId, PlanKind kind, const QString& title,
                     const QString& goals);
    Result<PlanAction> addAction(const QString& planId, const PlanAction& action);
    Status setActionStatus(const QString& actionId, ActionStatus status);
    /// Supervisor only.
    Status approve(const QString& planId);
    Status close(const QString& planId);
    Result<Plan> get(const QString& planId);

private:
    Result<Plan> writablePlan(const QString& planId);
    CaseSession& m_s;
};

} // namespace jiahu
