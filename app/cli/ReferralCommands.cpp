// Cross-agency referrals: refer add|send|receive|accept|decline|close|show|list.
#include "CaseJson.h"
#include "CaseText.h"
#include "CliApp.h"
#include "CommandHandlers.h"
#include "Invocation.h"

#include "services/ReferralService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jiahu::cli {

namespace {
int move(Invocation& run, ReferralStatus to)
{
    ReferralMove mv;
    mv.to = to;
    mv.note = run.options.text("note");
    mv.response = run.options.text("response");
    mv.outcome = run.options.text("outcome");
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto moved = ReferralService(*ctx->session).move(run.args[0], mv);
    if (!moved.ok())
        return run.fail(moved.error());
    return run.outputRows(toJson(moved.value()), referralRows(moved.value()));
}
} // namespace

int referAdd(Invocation& run)
{
    Referral r;
    r.agency = run.options.text("agency");
    r.request = *CaseVocabulary::parse<ReferralRequest>(run.options.text("request"));
    r.reason = run.options.text("reason");
    r.legalBasis = run.options.text("legal-basis");
    r.problems = run.options.text("problems");
    r.requiredActions = run.options.text("actions");
    r.frequency = run.options.text("frequency");
    r.duration = run.options.text("duration");
    r.provider = run.options.text("provider");
    r.venue = run.options.text("venue");
    r.servedHow = run.options.text("served");
    r.requiredHours = run.options.decimal("hours", 0);
    auto ctx = run.openCase(run.args[0]);
    if (!ctx.ok())
        return run.fail(ctx.error());
    r.familyId = ctx->family.id;
    auto created = ReferralService(*ctx->session).create(r);
    if (!created.ok())
        return run.fail(created.error());
    return run.outputRows(toJson(created.value()), referralRows(created.value()));
}

int referSend(Invocation& run)
{
    return move(run, ReferralStatus::Sent);
}

int referReceive(Invocation& run)
{
    return move(run, ReferralStatus::Received);
}

int referAccept(Invocation& run)
{
    return move(run, ReferralStatus::Accepted);
}

int referDecline(Invocation& run)
{
    return move(run, ReferralStatus::Declined);
}

int referClose(Invocation& run)
{
    return move(run, ReferralStatus::Closed);
}

int referShow(Invocation& run)
{
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto r = ReferralService(*ctx->session).get(run.args[0], run.options.text("reason"));
    if (!r.ok())
        return run.fail(r.error());
    return run.outputRows(toJson(r.value()), referralRows(r.value()));
}

int referList(Invocation& run)
{
    std::optional<ReferralStatus> status;
    if (run.options.isSet("status"))
        status = ReferralStatuses::fromId(run.options.text("status"));
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto list = ReferralService(*ctx->session).list(status, int(run.options.integer("limit", 100)));
    if (!list.ok())
        return run.fail(list.error());
    QJsonArray json;
    QList<TextRow> rows;
    for (const Referral& r : list.value()) {
        json.append(toJson(r));
        rows << referralRows(r).first();
    }
    return run.outputRows(json, rows);
}

} // namespace jiahu::cli
