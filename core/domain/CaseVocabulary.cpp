#include "CaseVocabulary.h"

namespace jiahu {

QString CaseVocabulary::displayName(FamilyCategory v)
{
    switch (v) {
    case FamilyCategory::Grandparent:
        return tr("Grandparent-raised");
    case FamilyCategory::SingleParent:
        return tr("Single-parent");
    case FamilyCategory::Blended:
        return tr("Blended");
    case FamilyCategory::LeftBehind:
        return tr("Left-behind children");
    case FamilyCategory::Migrant:
        return tr("Migrant children");
    case FamilyCategory::SpecialNeeds:
        return tr("Special-needs children");
    case FamilyCategory::Incarcerated:
        return tr("Parent in prison");
    }
    return {};
}

QString CaseVocabulary::displayName(FamilyStatus v)
{
    switch (v) {
    case FamilyStatus::Open:
        return tr("Open");
    case FamilyStatus::Closed:
        return tr("Closed");
    case FamilyStatus::Transferred:
        return tr("Transferred");
    }
    return {};
}

QString CaseVocabulary::displayName(MemberRole v)
{
    switch (v) {
    case MemberRole::Child:
        return tr("Child");
    case MemberRole::Guardian:
        return tr("Guardian");
    case MemberRole::Member:
        return tr("Family member");
    }
    return {};
}

QString CaseVocabulary::displayName(FollowUpKind v)
{
    switch (v) {
    case FollowUpKind::HomeVisit:
        return tr("Home visit");
    case FollowUpKind::Phone:
        return tr("Phone call");
    case FollowUpKind::School:
        return tr("School contact");
    case FollowUpKind::PsychCheck:
        return tr("Psychological check");
    case FollowUpKind::Other:
        return tr("Other");
    }
    return {};
}

QString CaseVocabulary::displayName(ReferralRequest v)
{
    switch (v) {
    case ReferralRequest::SupervisionOrder:
        return tr("Guardianship supervision order");
    case ReferralRequest::EducationOrder:
        return tr("Family education order");
    case ReferralRequest::GuidanceOrder:
        return tr("Order to attend family education guidance");
    case ReferralRequest::Admonition:
        return tr("Admonition");
    case ReferralRequest::Psychological:
        return tr("Psychological intervention");
    case ReferralRequest::Relief:
        return tr("Social relief");
    case ReferralRequest::SchoolSupport:
        return tr("School support");
    case ReferralRequest::Other:
        return tr("Other");
    }
    return {};
}

QString CaseVocabulary::displayName(PlanStatus v)
{
    switch (v) {
    case PlanStatus::Draft:
        return tr("Draft");
    case PlanStatus::Approved:
        return tr("Approved");
    case PlanStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString CaseVocabulary::displayName(ActionStatus v)
{
    switch (v) {
    case ActionStatus::Todo:
        return tr("To do");
    case ActionStatus::Doing:
        return tr("In progress");
    case ActionStatus::Done:
        return tr("Done");
    case ActionStatus::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString CaseVocabulary::displayName(PlanKind v)
{
    switch (v) {
    case PlanKind::Care:
        return tr("Care plan");
    case PlanKind::Guidance:
        return tr("Family education guidance plan");
    }
    return {};
}

QString CaseVocabulary::displayName(RiskEventKind v)
{
    switch (v) {
    case RiskEventKind::Set:
        return tr("Code set");
    case RiskEventKind::Propose:
        return tr("Downgrade proposed");
    case RiskEventKind::Approve:
        return tr("Downgrade approved");
    case RiskEventKind::Decline:
        return tr("Downgrade declined");
    case RiskEventKind::Review:
        return tr("Raise reviewed");
    }
    return {};
}

QStringList CaseVocabulary::categoryIds(int mask)
{
    QStringList out;
    for (const auto& row : EnumIdTable<FamilyCategory>::rows)
        if (mask & categoryBit(row.value))
            out.append(QLatin1String(row.id));
    return out;
}

QStringList CaseVocabulary::categoryNames(int mask)
{
    QStringList out;
    for (const auto& row : EnumIdTable<FamilyCategory>::rows)
        if (mask & categoryBit(row.value))
            out.append(displayName(row.value));
    return out;
}

std::optional<int> CaseVocabulary::parseCategories(const QStringList& ids)
{
    int mask = 0;
    for (const QString& id : ids) {
        const QString trimmed = id.trimmed();
        if (trimmed.isEmpty())
            continue;
        auto c = parse<FamilyCategory>(trimmed);
        if (!c)
            return std::nullopt;
        mask |= categoryBit(*c);
    }
    return mask;
}

} // namespace jiahu
