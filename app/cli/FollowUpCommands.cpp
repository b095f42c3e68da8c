// Contact with the family: followup add|amend, guidance add, and the follow-up queues
// (overdue, due soon, due dates beyond the cadence).
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

namespace {
/// The options a follow-up is written with, over `x` (a new one, or the one corrected).
void readFollowUp(const Invocation& run, FollowUp& x)
{
    if (run.options.isSet("kind"))
        x.kind = *CaseVocabulary::parse<FollowUpKind>(run.options.text("kind"));
    if (run.options.isSet("notes"))
        x.notes = run.options.text("notes");
    if (run.options.isSet("findings"))
        x.findings = run.options.text("findings");
    if (run.options.isSet("person"))
        x.personId = run.options.text("person");
    if (run.options.isSet("date"))
        x.date = run.options.date("date");
    if (run.options.isSet("next-due"))
        x.nextDue = run.options.date("next-due");
    if (run.options.isSet("due-reason"))
        x.nextDueReason = run.options.text("due-reason");
}

int printFollowUp(Invocation& run, const FollowUp& x)
{
    return run.output(
        toJson(x),
        {CliApp::tr("Follow-up %1 recorded; next due %2.").arg(x.id, isoDate(x.nextDue))});
}
} // namespace

int followUpAdd(Invocation& run)
{
    auto ctx = run.openCase(run.args[0]);
    if (!ctx.ok())
        return run.fail(ctx.error());
    FollowUp x;
    x.familyId = ctx->family.id;
    x.date = ctx->session->today();
    readFollowUp(run, x);
    auto added = FollowUpService(*ctx->session).add(x);
    if (!added.ok())
        return run.fail(added.error());
    return printFollowUp(run, added.value());
}

int followUpAmend(Invocation& run)
{
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    FollowUpService followUps(*ctx->session);
    // What is not given stays as it was.
    auto old = followUps.get(run.args[0]);
    if (!old.ok())
        return run.fail(old.error());
    FollowUp x = old.value();
    if (!run.options.isSet("next-due")) // the due date follows the corrected visit
        x.nextDue = {};
    readFollowUp(run, x);
    auto corrected = followUps.amend(run.args[0], x, run.options.text("reason"));
    if (!corrected.ok())
        return run.fail(corrected.error());
    return printFollowUp(run, corrected.value());
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
    auto ctx = run.openCase(run.args[0]);
    if (!ctx.ok())
        return run.fail(ctx.error());
    g.date = run.options.date("date", ctx->session->today());
    g.familyId = ctx->family.id;
    auto added = GuidanceService(*ctx->session).add(g);
    if (!added.ok())
        return run.fail(added.error());
    return run.output(toJson(added.value()),
                      {CliApp::tr("Guidance session %1 recorded.").arg(added->id)});
}

int overdue(Invocation& run)
{
    DueQuery q;
    q.mineOnly = run.options.isSet("mine");
    q.town = run.options.text("town");
    if (run.options.isSet("upcoming")) {
        q.window = DueWindow::Upcoming;
        q.withinDays = int(run.options.integer("upcoming", 7));
    }
    if (run.options.text("sort") == QLatin1String("date"))
        q.sort = DueSort::Due;
    q.after = run.options.text("after");
    q.limit = int(run.options.integer("limit", q.limit));
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    FollowUpService followUps(*ctx->session);
    auto page = followUps.due(q);
    if (!page.ok())
        return run.fail(page.error());
    auto count = followUps.dueCount(q);
    if (!count.ok())
        return run.fail(count.error());
    QJsonArray json;
    QList<TextRow> text;
    for (const DueFamily& o : page->rows) {
        json.append(toJson(o));
        text << TextRow{o.daysOverdue > 0 ? CliApp::tr("%n day(s) overdue", nullptr, o.daysOverdue)
                        : o.daysOverdue == 0
                            ? CliApp::tr("due today")
                            : CliApp::tr("due in %n day(s)", nullptr, -o.daysOverdue)} +
                    familyRow(o.family);
    }
    return run.outputPage("families", json, text, page->next,
                          CliApp::tr("%n family file(s)", nullptr, int(count.value())),
                          count.value());
}

int followUpExtended(Invocation& run)
{
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    ExtendedDueQuery q;
    q.after = run.options.text("after");
    q.limit = int(run.options.integer("limit", q.limit));
    auto page = FollowUpService(*ctx->session).extendedDue(q);
    if (!page.ok())
        return run.fail(page.error());
    QJsonArray json;
    QList<TextRow> text;
    for (const ExtendedDue& e : page->rows) {
        QJsonObject row = toJson(e.followUp);
        row.insert(QStringLiteral("family"), toJson(e.family));
        json.append(row);
        text << TextRow{e.family.fileNo, isoDate(e.followUp.date), isoDate(e.followUp.nextDue),
                        e.followUp.byUserName, e.followUp.nextDueReason};
    }
    return run.outputPage("follow_ups", json, text, page->next);
}

} // namespace jiahu::cli
