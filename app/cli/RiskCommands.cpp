// Assessments and risk codes: assess, risk propose|approve|decline|queue.
#include "CaseJson.h"
#include "CaseText.h"
#include "CliApp.h"
#include "CommandHandlers.h"
#include "Invocation.h"

#include "services/AssessmentService.h"
#include "services/RiskService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jiahu::cli {

namespace {

int decide(Invocation& run, bool approve)
{
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    RiskService service(*ctx->session);
    const QString reason = run.options.text("reason");
    auto event =
        approve ? service.approve(run.args[0], reason) : service.decline(run.args[0], reason);
    if (!event.ok())
        return run.fail(event.error());
    return run.outputRows(toJson(event.value()), {riskEventRow(event.value())});
}
} // namespace

namespace {
NewAssessment readAssessment(const Invocation& run)
{
    NewAssessment in;
    in.templateId = run.options.text("template");
    for (const auto& [item, value] : run.options.pairs("answers"))
        in.answers.insert(item, int(value));
    if (run.options.isSet("code"))
        in.confirmedCode = RiskCodes::fromId(run.options.text("code"));
    in.notes = run.options.text("notes");
    return in;
}

int printOutcome(Invocation& run, const AssessmentOutcome& outcome)
{
    const Assessment& a = outcome.assessment;
    QJsonObject json{{QStringLiteral("assessment"), toJson(a)}};
    QStringList lines{
        CliApp::tr("Assessment %1: score %2, suggested %3, confirmed %4.")
            .arg(a.id)
            .arg(a.score)
            .arg(RiskCodes::displayName(a.suggestedCode), RiskCodes::displayName(a.confirmedCode))};
    QJsonArray events;
    for (const RiskEvent& e : outcome.riskEvents) {
        events.append(toJson(e));
        lines << (e.kind == RiskEventKind::Propose
                      ? CliApp::tr("Downgrade to %1 proposed (%2); a supervisor decides.")
                            .arg(RiskCodes::displayName(e.code), e.id)
                      : CliApp::tr("The family is now %1.").arg(RiskCodes::displayName(e.code)));
    }
    json.insert(QStringLiteral("risk_events"), events);
    if (!outcome.riskEvents.isEmpty()) // the last thing it did to the code
        json.insert(QStringLiteral("risk_event"), toJson(outcome.riskEvents.constLast()));
    return run.output(json, lines);
}
} // namespace

int assess(Invocation& run)
{
    NewAssessment in = readAssessment(run);
    in.overrideReason = run.options.text("reason");
    auto ctx = run.openCase(run.args[0]);
    if (!ctx.ok())
        return run.fail(ctx.error());
    in.familyId = ctx->family.id;
    auto outcome = AssessmentService(*ctx->session).assess(in);
    if (!outcome.ok())
        return run.fail(outcome.error());
    return printOutcome(run, outcome.value());
}

int assessAmend(Invocation& run)
{
    NewAssessment in = readAssessment(run);
    in.overrideReason = run.options.text("code-reason");
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto outcome =
        AssessmentService(*ctx->session).amend(run.args[0], in, run.options.text("reason"));
    if (!outcome.ok())
        return run.fail(outcome.error());
    return printOutcome(run, outcome.value());
}

int riskPropose(Invocation& run)
{
    const RiskCode code = *RiskCodes::fromId(run.options.text("code"));
    auto ctx = run.openCase(run.args[0]);
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto event = RiskService(*ctx->session)
                     .propose(ctx->family.id, code, run.options.text("reason"),
                              run.options.text("assessment"));
    if (!event.ok())
        return run.fail(event.error());
    return run.outputRows(toJson(event.value()), {riskEventRow(event.value())});
}

int riskApprove(Invocation& run)
{
    return decide(run, true);
}

int riskDecline(Invocation& run)
{
    return decide(run, false);
}

int riskQueue(Invocation& run)
{
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    RiskService risk(*ctx->session);
    RiskQueueQuery q;
    q.after = run.options.text("after");
    q.limit = int(run.options.integer("limit", q.limit));
    auto queue = risk.queue(q);
    if (!queue.ok())
        return run.fail(queue.error());
    auto count = risk.queueCount();
    if (!count.ok())
        return run.fail(count.error());
    QJsonArray json;
    QList<TextRow> rows;
    for (const RiskEvent& e : queue->rows) {
        json.append(toJson(e));
        rows << riskEventRow(e);
    }
    return run.outputPage("events", json, rows, queue->next,
                          CliApp::tr("%n waiting", nullptr, int(count.value())), count.value());
}

} // namespace jiahu::cli
