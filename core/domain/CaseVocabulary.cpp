#include "CaseVocabulary.h"

#include "common/EnumIds.h"

namespace jiahu {

namespace {
constexpr EnumId<FamilyCategory> kCategories[] = {
    {FamilyCategory::Grandparent, "grandparent"},  {FamilyCategory::SingleParent, "single_parent"},
    {FamilyCategory::Blended, "blended"},          {FamilyCategory::LeftBehind, "left_behind"},
    {FamilyCategory::Migrant, "migrant"},          {FamilyCategory::SpecialNeeds, "special_needs"},
    {FamilyCategory::Incarcerated, "incarcerated"}};
constexpr EnumId<FamilyStatus> kFamilyStatuses[] = {{FamilyStatus::Open, "open"},
                                                    {FamilyStatus::Closed, "closed"},
                                                    {FamilyStatus::Transferred, "transferred"}};
constexpr EnumId<MemberRole> kMemberRoles[] = {{MemberRole::Child, "child"},
                                               {MemberRole::Guardian, "guardian"},
                                               {MemberRole::Member, "member"}};
constexpr EnumId<FollowUpKind> kFollowUpKinds[] = {{FollowUpKind::HomeVisit, "home_visit"},
                                                   {FollowUpKind::Phone, "phone"},
                                                   {FollowUpKind::School, "school"},
                                                   {FollowUpKind::PsychCheck, "psych_check"},
                                                   {FollowUpKind::Other, "other"}};
constexpr EnumId<PlanKind> kPlanKinds[] = {{PlanKind::Care, "care"},
                                           {PlanKind::Guidance, "guidance"}};
constexpr EnumId<PlanStatus> kPlanStatuses[] = {{PlanStatus::Draft, "draft"},
                                                {PlanStatus::Approved, "approved"},
                                                {PlanStatus::Closed, "closed"}};
constexpr EnumId<ActionStatus> kActionStatuses[] = {{ActionStatus::Todo, "todo"},
                                                    {ActionStatus::Doing, "doing"},
                                                    {ActionStatus::Done, "done"},
                                                    {ActionStatus::Dropped, "dropped"}};
constexpr EnumId<ReferralRequest> kRequests[] = {
    {ReferralRequest::SupervisionOrder, "supervision_order"},
    {ReferralRequest::EducationOrder, "education_order"},
    {ReferralRequest::GuidanceOrder, "guidance_order"},
    {ReferralRequest::Admonition, "admonition"},
    {ReferralRequest::Psychological, "psychological"},
    {ReferralRequest::Relief, "relief"},
    {ReferralRequest::SchoolSupport, "school_support"},
    {ReferralRequest::Other, "other"}};
constexpr EnumId<RiskEventKind> kRiskEventKinds[] = {{RiskEventKind::Set, "set"},
                                                     {RiskEventKind::Propose, "propose"},
                                                     {RiskEventKind::Approve, "approve"},
                                                     {RiskEventKind::Decline, "decline"},
                                                     {RiskEventKind::Review, "review"}};

template <typename E> struct Table;
#define JIAHU_TABLE(E, T)                                                                          \
    template <> struct Table<E> {                                                                  \
        static std::span<const EnumId<E>> get() { return T; }                                      \
    };
JIAHU_TABLE(FamilyCategory, kCategories)
JIAHU_TABLE(FamilyStatus, kFamilyStatuses)
JIAHU_TABLE(MemberRole, kMemberRoles)
JIAHU_TABLE(FollowUpKind, kFollowUpKinds)
JIAHU_TABLE(PlanKind, kPlanKinds)
JIAHU_TABLE(PlanStatus, kPlanStatuses)
JIAHU_TABLE(ActionStatus, kActionStatuses)
JIAHU_TABLE(ReferralRequest, kRequests)
JIAHU_TABLE(RiskEventKind, kRiskEventKinds)
#undef JIAHU_TABLE
} // namespace

QString CaseVocabulary::id(FamilyCategory v)
{
    return enumId(Table<FamilyCategory>::get(), v);
}
QString CaseVocabulary::id(FamilyStatus v)
{
    return enumId(Table<FamilyStatus>::get(), v);
}
QString CaseVocabulary::id(MemberRole v)
{
    return enumId(Table<MemberRole>::get(), v);
}
QString CaseVocabulary::id(FollowUpKind v)
{
    return enumId(Table<FollowUpKind>::get(), v);
}
QString CaseVocabulary::id(PlanKind v)
{
    return enumId(Table<PlanKind>::get(), v);
}
QString CaseVocabulary::id(PlanStatus v)
{
    return enumId(Table<PlanStatus>::get(), v);
}
QString CaseVocabulary::id(ActionStatus v)
{
    return enumId(Table<ActionStatus>::get(), v);
}
QString CaseVocabulary::id(ReferralRequest v)
{
    return enumId(Table<ReferralRequest>::get(), v);
}
QString CaseVocabulary::id(RiskEventKind v)
{
    return enumId(Table<RiskEventKind>::get(), v);
}

template <typename E> std::optional<E> CaseVocabulary::parse(QStringView id)
{
    return enumFromId(Table<E>::get(), id);
}

template <typename E> QStringList CaseVocabulary::ids()
{
    QStringList out;
    for (const auto& row : Table<E>::get())
        out.append(QLatin1String(row.id));
    return out;
}

#define JIAHU_INSTANTIATE(E)                                                                       \
    template std::optional<E> CaseVocabulary::parse<E>(QStringView);                               \
    template QStringList CaseVocabulary::ids<E>();
JIAHU_INSTANTIATE(FamilyCategory)
JIAHU_INSTANTIATE(FamilyStatus)
JIAHU_INSTANTIATE(MemberRole)
JIAHU_INSTANTIATE(FollowUpKind)
JIAHU_INSTANTIATE(PlanKind)
JIAHU_INSTANTIATE(PlanStatus)
JIAHU_INSTANTIATE(ActionStatus)
JIAHU_INSTANTIATE(ReferralRequest)
JIAHU_INSTANTIATE(RiskEventKind)
#undef JIAHU_INSTANTIATE

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
    for (const auto& row : kCategories)
        if (mask & categoryBit(row.value))
            out.append(QLatin1String(row.id));
    return out;
}

QStringList CaseVocabulary::categoryNames(int mask)
{
    QStringList out;
    for (const auto& row : kCategories)
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
