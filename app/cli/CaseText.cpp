#include "CaseText.h"

#include "CaseJson.h"
#include "CliApp.h"

#include "domain/RecordText.h"
#include "domain/ReferralStatus.h"

namespace jiahu::cli {

QString codeName(const std::optional<RiskCode>& code)
{
    return code ? RiskCodes::displayName(*code) : CliApp::tr("not coded");
}

TextRow familyRow(const Family& f)
{
    return {f.fileNo,
            codeName(f.riskCode),
            f.town,
            f.community,
            CaseVocabulary::categoryNames(f.categories).join(u'/'),
            isoDate(f.nextDue)};
}

TextRow riskEventRow(const RiskEvent& e)
{
    return {e.id, CaseVocabulary::displayName(e.kind),
            QStringLiteral("%1 → %2").arg(codeName(e.previousCode), RiskCodes::displayName(e.code)),
            e.byUserName, RecordText::riskEventReason(e)};
}

QList<TextRow> referralRows(const Referral& r)
{
    QList<TextRow> rows{
        {r.id, QStringLiteral("%1 → %2").arg(CaseVocabulary::displayName(r.request), r.agency),
         ReferralStatuses::displayName(r.status)}};
    if (r.requiredHours > 0)
        rows << TextRow{
            CliApp::tr("  guidance hours: %1 of %2").arg(r.hoursDone).arg(r.requiredHours)};
    for (const ReferralEvent& e : r.events)
        rows << TextRow{
            QStringLiteral("  %1 %2 %3 %4")
                .arg(isoTime(e.at), ReferralStatuses::displayName(e.status), e.byUserName, e.note)};
    return rows;
}

QList<TextRow> planRows(const Plan& p)
{
    QList<TextRow> rows{{CliApp::tr("Plan %1: %2 (%3, %4% done)")
                             .arg(p.id, p.title, CaseVocabulary::displayName(p.status))
                             .arg(p.progressPercent())}};
    for (const PlanAction& a : p.actions)
        rows << TextRow{QStringLiteral("  ") + a.id, CaseVocabulary::displayName(a.status),
                        isoDate(a.dueDate), a.agency, a.description};
    return rows;
}

QList<TextRow> familyFileRows(const FamilyFile& file)
{
    const Family& f = file.family;
    QList<TextRow> rows{
        {CliApp::tr("Family file %1 — %2 — %3")
             .arg(f.fileNo, codeName(f.riskCode), CaseVocabulary::displayName(f.status))},
        {CliApp::tr("Town: %1 %2  Address: %3").arg(f.town, f.community, f.address)},
        {CliApp::tr("Categories: %1").arg(CaseVocabulary::categoryNames(f.categories).join(u'、'))},
        {CliApp::tr("Caseworker: %1  Next follow-up due: %2")
             .arg(f.caseworkerName, isoDate(f.nextDue))}};
    if (file.partial)
        rows << TextRow{CliApp::tr("(Partial view: the children of your school and their "
                                   "follow-ups.)")};
    for (const Person& p : file.people)
        rows << TextRow{QStringLiteral("  %1 %2 %3 %4 %5 %6")
                            .arg(CaseVocabulary::displayName(p.role), p.name, isoDate(p.birthDate),
                                 p.idNumber, p.school, p.relationship)};
    for (const RiskEvent& e : file.riskHistory)
        rows << TextRow{QStringLiteral("  [%1] %2 %3 %4: %5")
                            .arg(isoTime(e.at), CaseVocabulary::displayName(e.kind),
                                 RiskCodes::displayName(e.code), e.byUserName,
                                 RecordText::riskEventReason(e))};
    for (const Plan& p : file.plans)
        rows << TextRow{QStringLiteral("  %1 %2: %3 (%4)")
                            .arg(CaseVocabulary::displayName(p.kind), p.id, p.title,
                                 CaseVocabulary::displayName(p.status))};
    // Corrected follow-ups show in their corrections' place.
    for (const FollowUp& x : file.followUps) {
        if (!x.supersededBy.isEmpty())
            continue;
        QString line =
            QStringLiteral("  %1 %2: %3 %4")
                .arg(isoDate(x.date), CaseVocabulary::displayName(x.kind), x.notes, x.findings);
        if (!x.amendsId.isEmpty())
            line += u' ' + CliApp::tr("(corrected: %1)").arg(x.amendReason);
        rows << TextRow{line};
    }
    for (const Referral& r : file.referrals)
        rows << TextRow{QStringLiteral("  %1 → %2 (%3)")
                            .arg(CaseVocabulary::displayName(r.request), r.agency,
                                 ReferralStatuses::displayName(r.status))};
    return rows;
}

} // namespace jiahu::cli
