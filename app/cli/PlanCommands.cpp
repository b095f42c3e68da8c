// Intervention plans: plan add|action|status|approve|close|show.
#include "CaseJson.h"
#include "CaseText.h"
#include "CliApp.h"
#include "CommandHandlers.h"
#include "Invocation.h"

#include "services/FamilyService.h"
#include "services/PlanService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jiahu::cli {

namespace {

int show(Invocation& run, PlanService& plans, const QString& planId)
{
    auto plan = plans.get(planId);
    if (!plan.ok())
        return run.fail(plan.error());
    return run.outputRows(toJson(plan.value()), planRows(plan.value()));
}

/// Runs `change` on the plan named by the first argument, then shows the plan.
template <typename Change> int changeAndShow(Invocation& run, Change change)
{
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    PlanService plans(*ctx->session);
    auto st = change(plans, run.args[0]);
    if (!st.ok())
        return run.fail(st.error());
    return show(run, plans, run.args[0]);
}
} // namespace

int planAdd(Invocation& run)
{
    const PlanKind kind = run.options.isSet("kind")
                              ? *CaseVocabulary::parse<PlanKind>(run.options.text("kind"))
                              : PlanKind::Care;
    auto ctx = run.openCase(run.args[0]);
    if (!ctx.ok())
        return run.fail(ctx.error());
    PlanService plans(*ctx->session);
    auto plan =
        plans.add(ctx->family.id, kind, run.options.text("title"), run.options.text("goals"));
    if (!plan.ok())
        return run.fail(plan.error());
    return show(run, plans, plan->id);
}

int planAction(Invocation& run)
{
    PlanAction a;
    a.description = run.options.text("text");
    a.agency = run.options.text("agency");
    a.owner = run.options.text("owner");
    a.dueDate = run.options.date("due");
    return changeAndShow(run, [&a](PlanService& plans, const QString& planId) {
        auto action = plans.addAction(planId, a);
        return action.ok() ? Status() : Status(action.error());
    });
}

int planStatus(Invocation& run)
{
    const ActionStatus status = *CaseVocabulary::parse<ActionStatus>(run.options.text("status"));
    const QString action = run.args[0];
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto st = PlanService(*ctx->session).setActionStatus(action, status);
    if (!st.ok())
        return run.fail(st.error());
    return run.output(
        QJsonObject{{QStringLiteral("action"), action},
                    {QStringLiteral("status"), CaseVocabulary::id(status)}},
        {CliApp::tr("Action %1 is now %2.").arg(action, CaseVocabulary::displayName(status))});
}

int planApprove(Invocation& run)
{
    return changeAndShow(run,
                         [](PlanService& plans, const QString& id) { return plans.approve(id); });
}

int planClose(Invocation& run)
{
    return changeAndShow(run,
                         [](PlanService& plans, const QString& id) { return plans.close(id); });
}

int planShow(Invocation& run)
{
    return changeAndShow(run, [](PlanService&, const QString&) { return Status(); });
}

} // namespace jiahu::cli

namespace jiahu::cli {

int planEditAction(Invocation& run)
{
    ActionEdit e;
    if (run.options.isSet("text"))
        e.description = run.options.text("text");
    if (run.options.isSet("agency"))
        e.agency = run.options.text("agency");
    if (run.options.isSet("owner"))
        e.owner = run.options.text("owner");
    if (run.options.isSet("due"))
        e.dueDate = run.options.date("due");
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    PlanService plans(*ctx->session);
    auto action = plans.editAction(run.args[0], e);
    if (!action.ok())
        return run.fail(action.error());
    return show(run, plans, action->planId);
}

int planList(Invocation& run)
{
    PlanQuery q;
    if (run.options.isSet("status"))
        q.status = CaseVocabulary::parse<PlanStatus>(run.options.text("status"));
    q.after = run.options.text("after");
    q.limit = int(run.options.integer("limit", q.limit));
    auto ctx = run.openCase(run.options.text("family"));
    if (!ctx.ok())
        return run.fail(ctx.error());
    q.familyId = ctx->family.id;
    auto page = PlanService(*ctx->session).list(q);
    if (!page.ok())
        return run.fail(page.error());
    QJsonArray json;
    QList<TextRow> rows;
    for (const Plan& p : page->rows) {
        json.append(toJson(p));
        rows << planRows(p);
    }
    return run.outputPage("plans", json, rows, page->next);
}

} // namespace jiahu::cli
