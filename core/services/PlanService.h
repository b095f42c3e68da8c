#pragma once

#include "common/Result.h"
#include "domain/CaseRecords.h"
#include "services/Paging.h"

#include <QCoreApplication>

#include <optional>

namespace jiahu {

class CaseSession;

/// Updates of a plan action's details (its status changes with setActionStatus).
struct ActionEdit {
    std::optional<QString> description;
    std::optional<QString> agency;
    std::optional<QString> owner;
    std::optional<QDate> dueDate; ///< an invalid date clears it
};

struct PlanQuery {
    QString familyId; ///< one family's plans (empty: every family in scope)
    std::optional<PlanStatus> status;
    QString after;
    int limit = PageCursor::kDefaultLimit;
};

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
    Result<PlanAction> editAction(const QString& actionId, const ActionEdit& edit);
    Status setActionStatus(const QString& actionId, ActionStatus status);
    /// Supervisor only.
    Status approve(const QString& planId);
    Status close(const QString& planId);
    Result<Plan> get(const QString& planId);
    /// Plans (with their actions) newest first.
    Result<Page<Plan>> list(const PlanQuery& query);

private:
    Result<Plan> writablePlan(const QString& planId);
    Result<PlanAction> loadAction(const QString& actionId);
    /// The action and its plan, if the user may change them (else "no such action").
    Result<std::pair<PlanAction, Plan>> writableAction(const QString& actionId);
    Status checkAction(const PlanAction& action);
    CaseSession& m_s;
};

} // namespace jiahu
