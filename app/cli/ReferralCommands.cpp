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

int referEdit(Invocation& run)
{
    ReferralEdit e;
    auto text = [&run](const char* option, std::optional<QString>& field) {
        if (run.options.isSet(option))
            field = run.options.text(option);
    };
    text("agency", e.agency);
    text("reason", e.reason);
    text("legal-basis", e.legalBasis);
    text("problems", e.problems);
    text("actions", e.requiredActions);
    text("frequency", e.frequency);
    text("duration", e.duration);
    text("provider", e.provider);
    text("venue", e.venue);
    text("served", e.servedHow);
    if (run.options.isSet("request"))
        e.request = CaseVocabulary::parse<ReferralRequest>(run.options.text("request"));
    if (run.options.isSet("hours"))
        e.requiredHours = run.options.decimal("hours", 0);
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto edited = ReferralService(*ctx->session).editDraft(run.args[0], e);
    if (!edited.ok())
        return run.fail(edited.error());
    return run.outputRows(toJson(edited.value()), referralRows(edited.value()));
}

int referList(Invocation& run)
{
    ReferralQuery q;
    if (run.options.isSet("status"))
        q.status = ReferralStatuses::fromId(run.options.text("status"));
    q.after = run.options.text("after");
    q.limit = int(run.options.integer("limit", q.limit));
    auto ctx = run.openCase(run.options.text("family"));
    if (!ctx.ok())
        return run.fail(ctx.error());
    q.familyId = ctx->family.id;
    ReferralService referrals(*ctx->session);
    auto page = referrals.list(q);
    if (!page.ok())
        return run.fail(page.error());
    auto count = referrals.count(q);
    if (!count.ok())
        return run.fail(count.error());
    QJsonArray json;
    QList<TextRow> rows;
    for (const Referral& r : page->rows) {
        json.append(toJson(r));
        rows << referralRows(r).first();
    }
    return run.outputPage("referrals", json, rows, page->next,
                          CliApp::tr("%n referral(s)", nullptr, int(count.value())), count.value());
}

} // namespace jiahu::cli
