#include "PlanService.h"

#include "domain/TextRules.h"
#include "services/CaseSession.h"
#include "services/FamilyService.h"
#include "services/RecordReaders.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace jiahu {


Result<Plan> PlanService::get(const QString& planId)
{
    auto plan = fetchOne(
        m_s.db(), QByteArray(records::kPlanSelect) + "WHERE p.id = ? AND p.deleted_at IS NULL;",
        {planId}, records::readPlan, tr("There is no plan %1.").arg(planId));
    if (!plan.ok())
        return plan.error();
    // Visible only with full access to its family.
    auto family = FamilyService(m_s).findWritable(plan->familyId);
    if (!family.ok())
        return family.error();
    auto actions =
        fetchAll(m_s.db(),
                 QByteArray(records::kActionSelect) +
                     "WHERE plan_id = ? AND deleted_at IS NULL ORDER BY due_date, created_at;",
                 {planId}, records::readAction);
    if (!actions.ok())
        return actions.error();
    plan->actions = actions.value();
    return plan;
}

Result<Plan> PlanService::writablePlan(const QString& planId)
{
    auto plan = get(planId);
    if (!plan.ok())
        return plan.error();
    if (plan->status == PlanStatus::Closed)
        return makeError(ErrorCode::InvalidArgument, tr("The plan is closed."));
    return plan;
}

Result<Plan> PlanService::add(const QString& familyId, PlanKind kind, const QString& title,
                              const QString& goals)
{
    FamilyService families(m_s);
    auto family = families.findWritable(familyId);
    if (!family.ok())
        return family.error();
    JIAHU_TRY(TextRules::checkRequired(tr("Title"), title, TextRules::kLine));
    JIAHU_TRY(TextRules::check(tr("Goals"), goals, TextRules::kNote, true));
    auto tx = Transaction::begin(m_s.db());
    if (!tx.ok())
        return tx.error();
    auto id = m_s.insert("plans", {{"family_id", family->id},
                                   {"kind", CaseVocabulary::id(kind)},
                                   {"title", title},
                                   {"goals", goals}});
    if (!id.ok())
        return id.error();
    JIAHU_TRY(families.touch(family->id));
    JIAHU_TRY(
        m_s.audit(QStringLiteral("plan.add"), QStringLiteral("plan"), id.value(), family->id));
    JIAHU_TRY(tx->commit());
    return get(id.value());
}

Result<PlanAction> PlanService::addAction(const QString& planId, const PlanAction& in)
{
    auto plan = writablePlan(planId);
    if (!plan.ok())
        return plan.error();
    JIAHU_TRY(TextRules::checkRequired(tr("Action"), in.description, TextRules::kLine));
    JIAHU_TRY(TextRules::check(tr("Agency"), in.agency, TextRules::kShort));
    JIAHU_TRY(TextRules::check(tr("Owner"), in.owner, TextRules::kShort));
    auto tx = Transaction::begin(m_s.db());
    if (!tx.ok())
        return tx.error();
    auto id = m_s.insert(
        "plan_actions",
        {{"plan_id", planId},
         {"family_id", plan->familyId},
         {"description", in.description},
         {"agency", in.agency},
         {"owner", in.owner},
         {"due_date", in.dueDate.isValid() ? in.dueDate.toString(Qt::ISODate) : QString()},
         {"status", CaseVocabulary::id(in.status)}});
    if (!id.ok())
        return id.error();
    JIAHU_TRY(FamilyService(m_s).touch(plan->familyId));
    JIAHU_TRY(m_s.audit(QStringLiteral("plan.action.add"), QStringLiteral("plan_action"),
                        id.value(), plan->familyId));
    JIAHU_TRY(tx->commit());
    PlanAction out = in;
    out.id = id.value();
    out.planId = planId;
    return out;
}

Status PlanService::setActionStatus(const QString& actionId, ActionStatus status)
{
    auto planId = fetchOne(
        m_s.db(), "SELECT plan_id FROM plan_actions WHERE id = ? AND deleted_at IS NULL;",
        {actionId}, [](const Statement& st) { return st.text(0); },
        tr("There is no plan action %1.").arg(actionId));
    if (!planId.ok())
        return planId.error();
    auto plan = writablePlan(planId.value());
    if (!plan.ok())
        return plan.error();
    auto tx = Transaction::begin(m_s.db());
    if (!tx.ok())
        return tx.error();
    JIAHU_TRY(m_s.update("plan_actions", actionId, {{"status", CaseVocabulary::id(status)}}));
    JIAHU_TRY(FamilyService(m_s).touch(plan->familyId));
    JIAHU_TRY(m_s.audit(QStringLiteral("plan.action.") + CaseVocabulary::id(status),
                        QStringLiteral("plan_action"), actionId, plan->familyId));
    return tx->commit();
}

Status PlanService::approve(const QString& planId)
{
    JIAHU_TRY(m_s.policy().requireSupervisor());
    auto plan = writablePlan(planId);
    if (!plan.ok())
        return plan.error();
    if (plan->status == PlanStatus::Approved)
        return makeError(ErrorCode::InvalidArgument, tr("The plan is already approved."));
    if (plan->actions.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("A plan needs at least one action before it is approved."));
    auto tx = Transaction::begin(m_s.db());
    if (!tx.ok())
        return tx.error();
    JIAHU_TRY(m_s.update("plans", planId,
                         {{"status", CaseVocabulary::id(PlanStatus::Approved)},
                          {"approved_by", m_s.user().id},
                          {"approved_at", m_s.nowMs()}}));
    JIAHU_TRY(
        m_s.audit(QStringLiteral("plan.approve"), QStringLiteral("plan"), planId, plan->familyId));
    return tx->commit();
}

Status PlanService::close(const QString& planId)
{
    JIAHU_TRY(m_s.policy().requireSupervisor());
    auto plan = writablePlan(planId);
    if (!plan.ok())
        return plan.error();
    auto tx = Transaction::begin(m_s.db());
    if (!tx.ok())
        return tx.error();
    JIAHU_TRY(m_s.update("plans", planId, {{"status", CaseVocabulary::id(PlanStatus::Closed)}}));
    JIAHU_TRY(
        m_s.audit(QStringLiteral("plan.close"), QStringLiteral("plan"), planId, plan->familyId));
    return tx->commit();
}

} // namespace jiahu
