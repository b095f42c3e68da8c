#include "CaseJson.h"

#include <QDateTime>
#include <QJsonArray>

namespace jiahu::cli {

QString isoTime(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODateWithMs) : QString();
}

namespace {
QJsonValue code(const std::optional<RiskCode>& c)
{
    return c ? QJsonValue(RiskCodes::id(*c)) : QJsonValue(QJsonValue::Null);
}

template <typename T> QJsonArray array(const QList<T>& items)
{
    QJsonArray out;
    for (const T& item : items)
        out.append(toJson(item));
    return out;
}
} // namespace

QJsonObject toJson(const Family& f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("file_no"), f.fileNo},
            {QStringLiteral("town"), f.town},
            {QStringLiteral("community"), f.community},
            {QStringLiteral("address"), f.address},
            {QStringLiteral("schools"), QJsonArray::fromStringList(f.schools)},
            {QStringLiteral("categories"),
             QJsonArray::fromStringList(CaseVocabulary::categoryIds(f.categories))},
            {QStringLiteral("status"), CaseVocabulary::id(f.status)},
            {QStringLiteral("status_reason"), f.statusReason},
            {QStringLiteral("caseworker"), f.caseworkerName},
            {QStringLiteral("risk_code"), code(f.riskCode)},
            {QStringLiteral("last_activity"), isoTime(f.lastActivityAt)},
            {QStringLiteral("next_due"), isoDate(f.nextDue)},
            {QStringLiteral("notes"), f.notes}};
}

QJsonObject toJson(const Person& p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("role"), CaseVocabulary::id(p.role)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("gender"), p.gender},
            {QStringLiteral("birth_date"), isoDate(p.birthDate)},
            {QStringLiteral("id_number"), p.idNumber},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("school"), p.school},
            {QStringLiteral("grade"), p.grade},
            {QStringLiteral("relationship"), p.relationship},
            {QStringLiteral("special_needs"), p.specialNeeds},
            {QStringLiteral("notes"), p.notes}};
}

QJsonObject toJson(const RiskEvent& e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("family_id"), e.familyId},
            {QStringLiteral("kind"), CaseVocabulary::id(e.kind)},
            {QStringLiteral("code"), RiskCodes::id(e.code)},
            {QStringLiteral("previous_code"), code(e.previousCode)},
            {QStringLiteral("decides"), e.decides},
            {QStringLiteral("assessment_id"), e.assessmentId},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("next_due"), isoDate(e.nextDue)},
            {QStringLiteral("by"), e.byUserName},
            {QStringLiteral("at"), isoTime(e.at)}};
}

QJsonObject toJson(const Assessment& a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("template_id"), a.templateId},
            {QStringLiteral("template_version"), a.templateVersion},
            {QStringLiteral("answers"), a.answers},
            {QStringLiteral("score"), a.score},
            {QStringLiteral("suggested_code"), RiskCodes::id(a.suggestedCode)},
            {QStringLiteral("confirmed_code"), RiskCodes::id(a.confirmedCode)},
            {QStringLiteral("override_reason"), a.overrideReason},
            {QStringLiteral("notes"), a.notes},
            {QStringLiteral("amends"), a.amendsId},
            {QStringLiteral("amend_reason"), a.amendReason},
            {QStringLiteral("superseded_by"), a.supersededBy},
            {QStringLiteral("by"), a.byUserName},
            {QStringLiteral("at"), isoTime(a.at)}};
}

QJsonObject toJson(const PlanAction& a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("description"), a.description},
            {QStringLiteral("agency"), a.agency},
            {QStringLiteral("owner"), a.owner},
            {QStringLiteral("due_date"), isoDate(a.dueDate)},
            {QStringLiteral("status"), CaseVocabulary::id(a.status)}};
}

QJsonObject toJson(const Plan& p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("family_id"), p.familyId},
            {QStringLiteral("kind"), CaseVocabulary::id(p.kind)},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("goals"), p.goals},
            {QStringLiteral("status"), CaseVocabulary::id(p.status)},
            {QStringLiteral("approved_by"), p.approvedByName},
            {QStringLiteral("approved_at"), isoTime(p.approvedAt)},
            {QStringLiteral("progress_percent"), p.progressPercent()},
            {QStringLiteral("actions"), array(p.actions)}};
}

QJsonObject toJson(const GuidanceSession& g)
{
    return {{QStringLiteral("id"), g.id},
            {QStringLiteral("guardian_id"), g.guardianId},
            {QStringLiteral("referral_id"), g.referralId},
            {QStringLiteral("date"), isoDate(g.date)},
            {QStringLiteral("hours"), g.hours},
            {QStringLiteral("topic"), g.topic},
            {QStringLiteral("provider"), g.provider},
            {QStringLiteral("notes"), g.notes}};
}

QJsonObject toJson(const FollowUp& x)
{
    return {{QStringLiteral("id"), x.id},
            {QStringLiteral("family_id"), x.familyId},
            {QStringLiteral("person_id"), x.personId},
            {QStringLiteral("kind"), CaseVocabulary::id(x.kind)},
            {QStringLiteral("date"), isoDate(x.date)},
            {QStringLiteral("notes"), x.notes},
            {QStringLiteral("findings"), x.findings},
            {QStringLiteral("next_due"), isoDate(x.nextDue)},
            {QStringLiteral("next_due_reason"), x.nextDueReason},
            {QStringLiteral("amends"), x.amendsId},
            {QStringLiteral("amend_reason"), x.amendReason},
            {QStringLiteral("superseded_by"), x.supersededBy},
            {QStringLiteral("by"), x.byUserName},
            {QStringLiteral("at"), isoTime(x.at)}};
}

QJsonObject toJson(const Referral& r)
{
    QJsonArray events;
    for (const ReferralEvent& e : r.events)
        events.append(QJsonObject{{QStringLiteral("status"), ReferralStatuses::id(e.status)},
                                  {QStringLiteral("note"), e.note},
                                  {QStringLiteral("by"), e.byUserName},
                                  {QStringLiteral("at"), isoTime(e.at)}});
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("family_id"), r.familyId},
            {QStringLiteral("agency"), r.agency},
            {QStringLiteral("request"), CaseVocabulary::id(r.request)},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("legal_basis"), r.legalBasis},
            {QStringLiteral("problems"), r.problems},
            {QStringLiteral("required_actions"), r.requiredActions},
            {QStringLiteral("frequency"), r.frequency},
            {QStringLiteral("duration"), r.duration},
            {QStringLiteral("provider"), r.provider},
            {QStringLiteral("venue"), r.venue},
            {QStringLiteral("served_how"), r.servedHow},
            {QStringLiteral("required_hours"), r.requiredHours},
            {QStringLiteral("hours_done"), r.hoursDone},
            {QStringLiteral("response"), r.response},
            {QStringLiteral("outcome"), r.outcome},
            {QStringLiteral("status"), ReferralStatuses::id(r.status)},
            {QStringLiteral("events"), events}};
}

QJsonObject toJson(const AttachmentInfo& a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("file_name"), a.fileName},
            {QStringLiteral("mime_type"), a.mimeType},
            {QStringLiteral("size"), double(a.size)},
            {QStringLiteral("sha256"), a.sha256},
            {QStringLiteral("description"), a.description},
            {QStringLiteral("at"), isoTime(a.at)}};
}

QJsonObject toJson(const FamilyFile& file)
{
    return {{QStringLiteral("family"), toJson(file.family)},
            {QStringLiteral("partial"), file.partial},
            {QStringLiteral("people"), array(file.people)},
            {QStringLiteral("risk_history"), array(file.riskHistory)},
            {QStringLiteral("assessments"), array(file.assessments)},
            {QStringLiteral("plans"), array(file.plans)},
            {QStringLiteral("guidance"), array(file.guidance)},
            {QStringLiteral("follow_ups"), array(file.followUps)},
            {QStringLiteral("referrals"), array(file.referrals)},
            {QStringLiteral("attachments"), array(file.attachments)}};
}

QJsonObject toJson(const DueFamily& o)
{
    QJsonObject out = toJson(o.family);
    out.insert(QStringLiteral("days_overdue"), o.daysOverdue);
    return out;
}

} // namespace jiahu::cli
