#include "PlanService.h"

#include "common/Clock.h"
#include "domain/DateRules.h"
#include "domain/TextRules.h"
#include "services/CaseSession.h"
#include "services/FamilyService.h"
#include "services/RecordReaders.h"
#include "storage/Database.h"

namespace jiahu {

Result<Plan> PlanService::get(const QString& planId)
{
    const QString notFound = tr("There is no plan %1.").arg(planId);
    auto plan = fetchOne(
        m_s.db(), QByteArray(records::kPlanSelect) + "WHERE p.id = ? AND p.deleted_at IS NULL;",
        {planId}, records::readPlan, notFound);
    if (!plan.ok())
        return plan.error();
    // Visible only with full access to its family; to anyone else it does not exist.
    auto family = FamilyService(m_s).findFull(plan->familyId);
    if (!family.ok())
        return hiddenAsMissing(family.error(), notFound);
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

Result<Page<Plan>> PlanService::list(const PlanQuery& q)
{
    JIAHU_TRY(m_s.policy().requireFullFiles());
    constexpr const char* kList = "plans";
    QVariantList binds;
    QByteArray sql = QByteArray(records::kPlanSelect) +
                     "JOIN families f ON f.id = p.family_id WHERE p.deleted_at IS NULL AND "
                     "f.deleted_at IS NULL AND " +
                     m_s.policy().familyFilter(m_s.user().id, binds);
    if (!q.familyId.isEmpty()) {
        sql += " AND p.family_id = ?";
        binds << q.familyId;
    }
    if (q.status) {
        sql += " AND p.status = ?";
        binds << CaseVocabulary::id(*q.status);
    }
    if (!q.after.isEmpty()) {
        auto key = PageCursor::decode(kList, q.after, 2);
        if (!key.ok())
            return key.error();
        sql += " AND (p.created_at, p.id) < (?, ?)";
        binds << key.value();
    }
    const int limit = PageCursor::clampLimit(q.limit);
    binds << limit + 1;
    auto rows = fetchAll(m_s.db(), sql + " ORDER BY p.created_at DESC, p.id DESC LIMIT ?;", binds,
                         records::readPlan);
    if (!rows.ok())
        return rows.error();
    for (Plan& plan : rows.value()) {
        auto actions = fetchAll(m_s.db(),
                                QByteArray(records::kActionSelect) +
                                    "WHERE plan_id = ? AND deleted_at IS NULL "
                                    "ORDER BY due_date, created_at;",
                                {plan.id}, records::readAction);
        if (!actions.ok())
            return actions.error();
        plan.actions = actions.value();
    }
    return makePage(std::move(rows.value()), limit, kList, [](const Plan& p) {
        return QVariantList{p.createdAt, p.id};
    });
}

Result<Plan> PlanService::writablePlan(const QString& planId)
{
    auto plan = get(planId);
    if (!plan.ok())
        return plan.error();
    auto family = FamilyService(m_s).findWritable(plan->familyId);
    if (!family.ok())
        return family.error();
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
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    auto id = m_s.insert("plans", {{"family_id", family->id},
                                   {"kind", CaseVocabulary::id(kind)},
                                   {"title", title},
                                   {"goals", goals}});
    if (!id.ok())
        return id.error();
    JIAHU_TRY(
        m_s.audit(QStringLiteral("plan.add"), QStringLiteral("plan"), id.value(), family->id));
    JIAHU_TRY(tx->commit());
    return get(id.value());
}

Status PlanService::checkAction(const PlanAction& a)
{
    JIAHU_TRY(TextRules::checkRequired(tr("Action"), a.description, TextRules::kLine));
    JIAHU_TRY(TextRules::check(tr("Agency"), a.agency, TextRules::kShort));
    JIAHU_TRY(TextRules::check(tr("Owner"), a.owner, TextRules::kShort));
    if (a.dueDate.isValid())
        JIAHU_TRY(DateRules::checkDue(tr("The due date"), a.dueDate, m_s.today()));
    return {};
}

Result<PlanAction> PlanService::addAction(const QString& planId, const PlanAction& in)
{
    auto plan = writablePlan(planId);
    if (!plan.ok())
        return plan.error();
    JIAHU_TRY(checkAction(in));
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    auto id = m_s.insert("plan_actions", {{"plan_id", planId},
                                          {"family_id", plan->familyId},
                                          {"description", in.description},
                                          {"agency", in.agency},
                                          {"owner", in.owner},
                                          {"due_date", isoDate(in.dueDate)},
                                          {"status", CaseVocabulary::id(in.status)}});
    if (!id.ok())
        return id.error();
    JIAHU_TRY(m_s.audit(QStringLiteral("plan.action.add"), QStringLiteral("plan_action"),
                        id.value(), plan->familyId));
    JIAHU_TRY(tx->commit());
    return loadAction(id.value());
}

Result<PlanAction> PlanService::loadAction(const QString& actionId)
{
    return fetchOne(
        m_s.db(), QByteArray(records::kActionSelect) + "WHERE id = ? AND deleted_at IS NULL;",
        {actionId}, records::readAction, tr("There is no plan action %1.").arg(actionId));
}

Result<std::pair<PlanAction, Plan>> PlanService::writableAction(const QString& actionId)
{
    auto action = loadAction(actionId);
    if (!action.ok())
        return action.error();
    auto plan = writablePlan(action->planId);
    if (!plan.ok())
        return hiddenAsMissing(plan.error(), tr("There is no plan action %1.").arg(actionId));
    return std::pair(action.value(), plan.value());
}

Result<PlanAction> PlanService::editAction(const QString& actionId, const ActionEdit& e)
{
    auto found = writableAction(actionId);
    if (!found.ok())
        return found.error();
    const auto& [current, plan] = found.value();
    PlanAction next = current;
    if (e.description)
        next.description = *e.description;
    if (e.agency)
        next.agency = *e.agency;
    if (e.owner)
        next.owner = *e.owner;
    if (e.dueDate)
        next.dueDate = *e.dueDate;
    JIAHU_TRY(checkAction(next));
    CaseSession::Fields fields;
    if (next.description != current.description)
        fields.append({"description", next.description});
    if (next.agency != current.agency)
        fields.append({"agency", next.agency});
    if (next.owner != current.owner)
        fields.append({"owner", next.owner});
    if (next.dueDate != current.dueDate)
        fields.append({"due_date", isoDate(next.dueDate)});
    if (fields.isEmpty())
        return next;
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    JIAHU_TRY(m_s.update("plan_actions", actionId, plan.familyId, fields));
    JIAHU_TRY(m_s.audit(QStringLiteral("plan.action.edit"), QStringLiteral("plan_action"), actionId,
                        plan.familyId));
    JIAHU_TRY(tx->commit());
    return loadAction(actionId);
}

Status PlanService::setActionStatus(const QString& actionId, ActionStatus status)
{
    auto found = writableAction(actionId);
    if (!found.ok())
        return found.error();
    const auto& [action, plan] = found.value();
    if (action.status == status)
        return {};
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    JIAHU_TRY(m_s.update("plan_actions", actionId, plan.familyId,
                         {{"status", CaseVocabulary::id(status)}}));
    JIAHU_TRY(m_s.audit(QStringLiteral("plan.action.") + CaseVocabulary::id(status),
                        QStringLiteral("plan_action"), actionId, plan.familyId));
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
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    JIAHU_TRY(m_s.update("plans", planId, plan->familyId,
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
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    JIAHU_TRY(m_s.update("plans", planId, plan->familyId,
                         {{"status", CaseVocabulary::id(PlanStatus::Closed)}}));
    JIAHU_TRY(
        m_s.audit(QStringLiteral("plan.close"), QStringLiteral("plan"), planId, plan->familyId));
    return tx->commit();
}

} // namespace jiahu
