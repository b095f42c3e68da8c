// Demo data: demo.
#include "CliApp.h"
#include "CommandHandlers.h"
#include "Invocation.h"

#include "demo/DemoGenerator.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace jiahu::cli {

int demo(Invocation& run)
{
    DemoGenerator::Options options;
    options.families = int(run.options.integer("families", options.families));
    options.seed = quint64(run.options.integer("seed", qint64(options.seed)));
    auto ctx = run.openCase();
    if (!ctx.ok())
        return run.fail(ctx.error());
    QElapsedTimer timer;
    timer.start();
    auto counts = DemoGenerator::generate(*ctx->session, options, [&](int done) {
        if (!run.json())
            TextOutput::progress(QStringLiteral("%1 / %2").arg(done).arg(options.families));
    });
    if (!run.json())
        TextOutput::progressDone();
    if (!counts.ok())
        return run.fail(counts.error());
    const double seconds = timer.elapsed() / 1000.0;
    return run.output(
        QJsonObject{{QStringLiteral("families"), double(counts->families)},
                    {QStringLiteral("people"), double(counts->people)},
                    {QStringLiteral("risk_events"), double(counts->riskEvents)},
                    {QStringLiteral("assessments"), double(counts->assessments)},
                    {QStringLiteral("plans"), double(counts->plans)},
                    {QStringLiteral("plan_actions"), double(counts->actions)},
                    {QStringLiteral("guidance_sessions"), double(counts->guidance)},
                    {QStringLiteral("follow_ups"), double(counts->followUps)},
                    {QStringLiteral("referrals"), double(counts->referrals)},
                    {QStringLiteral("referral_events"), double(counts->referralEvents)},
                    {QStringLiteral("seconds"), seconds}},
        {CliApp::tr("Generated %1 families, %2 people, %3 follow-ups and %4 "
                    "referrals (%5 records) in %6 s.")
             .arg(counts->families)
             .arg(counts->people)
             .arg(counts->followUps)
             .arg(counts->referrals)
             .arg(counts->rows())
             .arg(seconds, 0, 'f', 1)});
}

} // namespace jiahu::cli
