// Contact with the family: followup add, guidance add, and the overdue queue.
#include "CaseJson.h"
#include "CaseText.h"
#include "CliApp.h"
#include "CommandHandlers.h"
#include "Invocation.h"

#include "services/FollowUpService.h"
#include "services/GuidanceService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jiahu::cli {

int followUpAdd(Invocation& run)
{
    FollowUp x;
    x.kind = *CaseVocabulary::parse<FollowUpKind>(run.options.text("kind"));
    x.notes = run.options.text("notes");
    x.findings = run.options.text("findings");
    x.personId = run.options.text("person");
    x.date = run.options.date("date", QDate::currentDate());
    x.nextDue = run.options.date("next-due");
    auto ctx = run.openCase(run.args[0]);
    if (!ctx.ok())
        return run.fail(ctx.error());
    x.familyId = ctx->family.id;
    auto added = FollowUpService(*ctx->session).add(x);
    if (!added.ok())
        return run.fail(added.error());
    return run.output(toJson(added.value()), {CliApp::tr("Follow-up %1 recorded; next due %2.")
                                                  .arg(added->id, isoDate(added->nextDue))});
}

int guidanceAdd(Invocation& run)
{
    GuidanceSession g;
    g.hours = run.options.decimal("hours", 0);
    g.topic = run.options.text("topic");
    g.provider = run.options.text("provider");
    g.guardianId = run.options.text("guardian");
    g.referralId = run.options.text("referral");
    g.notes = run.options.text("notes");
    g.date = run.options.date("date", QDate::currentDate());
    auto ctx = run.openCase(run.args[0]);
    if (!ctx.ok())
        return run.fail(ctx.error());
    g.familyId = ctx->family.id;
    auto added = GuidanceService(*ctx->session).add(g);
    if (!added.ok())
        return run.fail(added.error());
    return run.output(toJson(added.value()),
                      {CliApp::tr("Guidance session %1 recorded.").arg(added->id)});
}

int overdue(Invocation& run)
{
    OverdueQuery q;
    q.mineOnly = run.options.isSet("mine");
    q.town = run.options.text("town");
    q.limit = int(run.options.integer("limit", q.limit));
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    auto rows = FollowUpService(*ctx->session).overdue(q);
    if (!rows.ok())
        return run.fail(rows.error());
    QJsonArray json;
    QList<TextRow> text;
    for (const OverdueFamily& o : rows.value()) {
        json.append(toJson(o));
        text << TextRow{CliApp::tr("%n day(s) overdue", nullptr, o.daysOverdue)} +
                    familyRow(o.family);
    }
    return run.outputRows(json, text);
}

} // namespace jiahu::cli
