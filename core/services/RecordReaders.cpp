#include "RecordReaders.h"

#include "common/Clock.h"

#include "storage/Statement.h"

#include <QJsonDocument>

namespace jiahu::records {

QByteArray familySelect(const char* indexedBy)
{
    QByteArray sql =
        "SELECT f.id, f.file_no, f.town, f.community, f.address, f.schools, f.categories, "
        "f.status, f.status_reason, coalesce(f.caseworker_id, ''), coalesce(u.display_name, ''), "
        "f.risk_code, f.last_activity_at, coalesce(f.next_due, ''), f.notes, f.created_at, "
        "f.updated_at FROM families f ";
    if (indexedBy)
        sql += QByteArray("INDEXED BY ") + indexedBy + ' ';
    return sql + "LEFT JOIN users u ON u.id = f.caseworker_id ";
}

Family readFamily(const Statement& st)
{
    Family f;
    f.id = st.text(0);
    f.fileNo = st.text(1);
    f.town = st.text(2);
    f.community = st.text(3);
    f.address = st.text(4);
    f.schools = st.text(5).split(u'\n', Qt::SkipEmptyParts);
    f.categories = int(st.int64(6));
    f.status = CaseVocabulary::parse<FamilyStatus>(st.text(7)).value_or(FamilyStatus::Open);
    f.statusReason = st.text(8);
    f.caseworkerId = st.text(9);
    f.caseworkerName = st.text(10);
    f.riskCode = RiskCodes::fromSeverity(st.int64(11));
    f.lastActivityAt = st.int64(12);
    f.nextDue = dateFromIso(st.text(13));
    f.notes = st.text(14);
    f.createdAt = st.int64(15);
    f.updatedAt = st.int64(16);
    return f;
}

const char kPersonSelect[] =
    "SELECT id, family_id, member_role, name, gender, birth_date, id_number, phone, school, "
    "grade, relationship, special_needs, notes FROM people ";

Person readPerson(const Statement& st)
{
    Person p;
    p.id = st.text(0);
    p.familyId = st.text(1);
    p.role = CaseVocabulary::parse<MemberRole>(st.text(2)).value_or(MemberRole::Member);
    p.name = st.text(3);
    p.gender = st.text(4);
    p.birthDate = dateFromIso(st.text(5));
    p.idNumber = st.text(6);
    p.phone = st.text(7);
    p.school = st.text(8);
    p.grade = st.text(9);
    p.relationship = st.text(10);
    p.specialNeeds = st.text(11);
    p.notes = st.text(12);
    return p;
}

const char kRiskEventSelect[] =
    "SELECT e.id, e.family_id, e.kind, e.code, e.previous_code, coalesce(e.decides, ''), "
    "coalesce(e.assessment_id, ''), e.reason, e.updated_by, coalesce(u.name, ''), e.created_at, "
    "coalesce(e.next_due, ''), ea.score, ea.suggested_code, ea.confirmed_code, "
    "coalesce(nullif(u.display_name, ''), u.name, '') "
    "FROM risk_events e LEFT JOIN users u ON u.id = e.updated_by "
    "LEFT JOIN assessments ea ON ea.id = e.assessment_id ";

RiskEvent readRiskEvent(const Statement& st)
{
    RiskEvent e;
    e.id = st.text(0);
    e.familyId = st.text(1);
    e.kind = CaseVocabulary::parse<RiskEventKind>(st.text(2)).value_or(RiskEventKind::Set);
    e.code = RiskCodes::fromSeverity(st.int64(3)).value_or(RiskCode::Blue);
    e.previousCode = RiskCodes::fromSeverity(st.int64(4));
    e.decides = st.text(5);
    e.assessmentId = st.text(6);
    e.reason = st.text(7);
    e.byUserId = st.text(8);
    e.byUserName = st.text(9);
    e.at = st.int64(10);
    e.nextDue = dateFromIso(st.text(11));
    if (!st.isNull(12)) {
        e.assessmentScore = int(st.int64(12));
        e.assessmentSuggested = RiskCodes::fromSeverity(st.int64(13));
        e.assessmentConfirmed = RiskCodes::fromSeverity(st.int64(14));
    }
    e.byDisplayName = st.text(15);
    return e;
}

const char kAssessmentSelect[] =
    "SELECT a.id, a.family_id, a.template_id, a.template_version, a.answers, a.score, "
    "a.suggested_code, a.confirmed_code, a.override_reason, a.notes, coalesce(u.name, ''), "
    "a.created_at, coalesce(a.amends, ''), a.amend_reason, "
    "coalesce((SELECT c.id FROM assessments c WHERE c.amends = a.id), ''), "
    "coalesce(nullif(u.display_name, ''), u.name, '') "
    "FROM assessments a LEFT JOIN users u ON u.id = a.updated_by ";

Assessment readAssessment(const Statement& st)
{
    Assessment a;
    a.id = st.text(0);
    a.familyId = st.text(1);
    a.templateId = st.text(2);
    a.templateVersion = int(st.int64(3));
    a.answers = QJsonDocument::fromJson(st.text(4).toUtf8()).object();
    a.score = int(st.int64(5));
    a.suggestedCode = RiskCodes::fromSeverity(st.int64(6)).value_or(RiskCode::Blue);
    a.confirmedCode = RiskCodes::fromSeverity(st.int64(7)).value_or(RiskCode::Blue);
    a.overrideReason = st.text(8);
    a.notes = st.text(9);
    a.byUserName = st.text(10);
    a.at = st.int64(11);
    a.amendsId = st.text(12);
    a.amendReason = st.text(13);
    a.supersededBy = st.text(14);
    a.byDisplayName = st.text(15);
    return a;
}

const char kPlanSelect[] =
    "SELECT p.id, p.family_id, p.kind, p.title, p.goals, p.status, coalesce(u.name, ''), "
    "coalesce(p.approved_at, 0), p.created_at FROM plans p LEFT JOIN users u ON u.id = "
    "p.approved_by ";

Plan readPlan(const Statement& st)
{
    Plan p;
    p.id = st.text(0);
    p.familyId = st.text(1);
    p.kind = CaseVocabulary::parse<PlanKind>(st.text(2)).value_or(PlanKind::Care);
    p.title = st.text(3);
    p.goals = st.text(4);
    p.status = CaseVocabulary::parse<PlanStatus>(st.text(5)).value_or(PlanStatus::Draft);
    p.approvedByName = st.text(6);
    p.approvedAt = st.int64(7);
    p.createdAt = st.int64(8);
    return p;
}

const char kActionSelect[] = "SELECT id, plan_id, description, agency, owner, due_date, status "
                             "FROM plan_actions ";

PlanAction readAction(const Statement& st)
{
    PlanAction a;
    a.id = st.text(0);
    a.planId = st.text(1);
    a.description = st.text(2);
    a.agency = st.text(3);
    a.owner = st.text(4);
    a.dueDate = dateFromIso(st.text(5));
    a.status = CaseVocabulary::parse<ActionStatus>(st.text(6)).value_or(ActionStatus::Todo);
    return a;
}

const char kGuidanceSelect[] =
    "SELECT id, family_id, coalesce(guardian_id, ''), coalesce(referral_id, ''), session_date, "
    "hours, topic, provider, notes FROM guidance_sessions ";

GuidanceSession readGuidance(const Statement& st)
{
    GuidanceSession g;
    g.id = st.text(0);
    g.familyId = st.text(1);
    g.guardianId = st.text(2);
    g.referralId = st.text(3);
    g.date = dateFromIso(st.text(4));
    g.hours = st.real(5);
    g.topic = st.text(6);
    g.provider = st.text(7);
    g.notes = st.text(8);
    return g;
}

const char kFollowUpSelect[] =
    "SELECT x.id, x.family_id, coalesce(x.person_id, ''), x.kind, x.visit_date, x.notes, "
    "x.findings, x.next_due, coalesce(u.name, ''), x.created_at, x.next_due_reason, "
    "coalesce(x.amends, ''), x.amend_reason, "
    "coalesce((SELECT c.id FROM follow_ups c WHERE c.amends = x.id), ''), "
    "coalesce(nullif(u.display_name, ''), u.name, '') "
    "FROM follow_ups x LEFT JOIN users u ON u.id = x.updated_by ";

FollowUp readFollowUp(const Statement& st)
{
    FollowUp x;
    x.id = st.text(0);
    x.familyId = st.text(1);
    x.personId = st.text(2);
    x.kind = CaseVocabulary::parse<FollowUpKind>(st.text(3)).value_or(FollowUpKind::Other);
    x.date = dateFromIso(st.text(4));
    x.notes = st.text(5);
    x.findings = st.text(6);
    x.nextDue = dateFromIso(st.text(7));
    x.byUserName = st.text(8);
    x.at = st.int64(9);
    x.nextDueReason = st.text(10);
    x.amendsId = st.text(11);
    x.amendReason = st.text(12);
    x.supersededBy = st.text(13);
    x.byDisplayName = st.text(14);
    return x;
}

const char kReferralSelect[] =
    "SELECT r.id, r.family_id, r.agency, r.request, r.reason, r.legal_basis, r.problems, "
    "r.required_actions, r.frequency, r.duration, r.provider, r.venue, r.served_how, "
    "r.required_hours, r.response, r.outcome, r.status, "
    "(SELECT coalesce(sum(g.hours), 0) FROM guidance_sessions g WHERE g.referral_id = r.id), "
    "r.created_at FROM referrals r ";

Referral readReferral(const Statement& st)
{
    Referral r;
    r.id = st.text(0);
    r.familyId = st.text(1);
    r.agency = st.text(2);
    r.request = CaseVocabulary::parse<ReferralRequest>(st.text(3)).value_or(ReferralRequest::Other);
    r.reason = st.text(4);
    r.legalBasis = st.text(5);
    r.problems = st.text(6);
    r.requiredActions = st.text(7);
    r.frequency = st.text(8);
    r.duration = st.text(9);
    r.provider = st.text(10);
    r.venue = st.text(11);
    r.servedHow = st.text(12);
    r.requiredHours = st.real(13);
    r.response = st.text(14);
    r.outcome = st.text(15);
    r.status = ReferralStatuses::fromId(st.text(16)).value_or(ReferralStatus::Draft);
    r.hoursDone = st.real(17);
    r.createdAt = st.int64(18);
    return r;
}

const char kReferralEventSelect[] =
    "SELECT e.id, e.status, e.note, coalesce(u.name, ''), e.created_at, e.referral_id, "
    "coalesce(nullif(u.display_name, ''), u.name, '') "
    "FROM referral_events e LEFT JOIN users u ON u.id = e.updated_by ";

ReferralEvent readReferralEvent(const Statement& st)
{
    ReferralEvent e;
    e.id = st.text(0);
    e.status = ReferralStatuses::fromId(st.text(1)).value_or(ReferralStatus::Draft);
    e.note = st.text(2);
    e.byUserName = st.text(3);
    e.at = st.int64(4);
    e.byDisplayName = st.text(6);
    return e;
}

const char kAttachmentSelect[] = "SELECT id, family_id, file_name, mime_type, size, sha256, "
                                 "description, created_at FROM attachments ";

AttachmentInfo readAttachment(const Statement& st)
{
    AttachmentInfo a;
    a.id = st.text(0);
    a.familyId = st.text(1);
    a.fileName = st.text(2);
    a.mimeType = st.text(3);
    a.size = st.int64(4);
    a.sha256 = st.text(5);
    a.description = st.text(6);
    a.at = st.int64(7);
    return a;
}

} // namespace jiahu::records
