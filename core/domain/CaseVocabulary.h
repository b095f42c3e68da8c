#pragma once

#include "common/EnumIds.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiahu {

// The coded values of case records. Each has a stable id (stored, used by the CLI and sync) and
// a translated display name.

/// Family categories (a family can be several): 隔代 单亲 重组 留守 流动 特殊 服刑人员家庭.
enum class FamilyCategory {
    Grandparent,
    SingleParent,
    Blended,
    LeftBehind,
    Migrant,
    SpecialNeeds,
    Incarcerated
};
enum class FamilyStatus { Open, Closed, Transferred };
enum class MemberRole { Child, Guardian, Member };
enum class FollowUpKind { HomeVisit, Phone, School, PsychCheck, Other };
enum class PlanKind { Care, Guidance };
enum class PlanStatus { Draft, Approved, Closed };
enum class ActionStatus { Todo, Doing, Done, Dropped };
/// What a referral asks the receiving agency for.
enum class ReferralRequest {
    SupervisionOrder,
    EducationOrder,
    GuidanceOrder,
    Admonition,
    Psychological,
    Relief,
    SchoolSupport,
    Other
};
enum class RiskEventKind { Set, Propose, Approve, Decline, Review };

template <> struct EnumIdTable<FamilyCategory> {
    static constexpr EnumId<FamilyCategory> rows[] = {
        {FamilyCategory::Grandparent, "grandparent"},
        {FamilyCategory::SingleParent, "single_parent"},
        {FamilyCategory::Blended, "blended"},
        {FamilyCategory::LeftBehind, "left_behind"},
        {FamilyCategory::Migrant, "migrant"},
        {FamilyCategory::SpecialNeeds, "special_needs"},
        {FamilyCategory::Incarcerated, "incarcerated"}};
};

template <> struct EnumIdTable<FamilyStatus> {
    static constexpr EnumId<FamilyStatus> rows[] = {{FamilyStatus::Open, "open"},
                                                    {FamilyStatus::Closed, "closed"},
                                                    {FamilyStatus::Transferred, "transferred"}};
};

template <> struct EnumIdTable<MemberRole> {
    static constexpr EnumId<MemberRole> rows[] = {{MemberRole::Child, "child"},
                                                  {MemberRole::Guardian, "guardian"},
                                                  {MemberRole::Member, "member"}};
};

template <> struct EnumIdTable<FollowUpKind> {
    static constexpr EnumId<FollowUpKind> rows[] = {{FollowUpKind::HomeVisit, "home_visit"},
                                                    {FollowUpKind::Phone, "phone"},
                                                    {FollowUpKind::School, "school"},
                                                    {FollowUpKind::PsychCheck, "psych_check"},
                                                    {FollowUpKind::Other, "other"}};
};

template <> struct EnumIdTable<PlanKind> {
    static constexpr EnumId<PlanKind> rows[] = {{PlanKind::Care, "care"},
                                                {PlanKind::Guidance, "guidance"}};
};

template <> struct EnumIdTable<PlanStatus> {
    static constexpr EnumId<PlanStatus> rows[] = {{PlanStatus::Draft, "draft"},
                                                  {PlanStatus::Approved, "approved"},
                                                  {PlanStatus::Closed, "closed"}};
};

template <> struct EnumIdTable<ActionStatus> {
    static constexpr EnumId<ActionStatus> rows[] = {{ActionStatus::Todo, "todo"},
                                                    {ActionStatus::Doing, "doing"},
                                                    {ActionStatus::Done, "done"},
                                                    {ActionStatus::Dropped, "dropped"}};
};

template <> struct EnumIdTable<ReferralRequest> {
    static constexpr EnumId<ReferralRequest> rows[] = {
        {ReferralRequest::SupervisionOrder, "supervision_order"},
        {ReferralRequest::EducationOrder, "education_order"},
        {ReferralRequest::GuidanceOrder, "guidance_order"},
        {ReferralRequest::Admonition, "admonition"},
        {ReferralRequest::Psychological, "psychological"},
        {ReferralRequest::Relief, "relief"},
        {ReferralRequest::SchoolSupport, "school_support"},
        {ReferralRequest::Other, "other"}};
};

template <> struct EnumIdTable<RiskEventKind> {
    static constexpr EnumId<RiskEventKind> rows[] = {{RiskEventKind::Set, "set"},
                                                     {RiskEventKind::Propose, "propose"},
                                                     {RiskEventKind::Approve, "approve"},
                                                     {RiskEventKind::Decline, "decline"},
                                                     {RiskEventKind::Review, "review"}};
};

/// ids, parsing and display names for the enums above: CaseVocabulary::id(FollowUpKind::Phone)
/// is "phone"; parse<FollowUpKind>("phone") gives it back; displayName() is translated.
class CaseVocabulary {
    Q_DECLARE_TR_FUNCTIONS(CaseVocabulary)
public:
    template <typename E> static QString id(E v) { return enumId(v); }

    static QString displayName(FamilyCategory v);
    static QString displayName(FamilyStatus v);
    static QString displayName(MemberRole v);
    static QString displayName(FollowUpKind v);
    static QString displayName(ReferralRequest v);
    static QString displayName(PlanStatus v);
    static QString displayName(ActionStatus v);
    static QString displayName(PlanKind v);
    static QString displayName(RiskEventKind v);

    template <typename E> static std::optional<E> parse(QStringView id)
    {
        return enumFromId<E>(id);
    }
    /// Every id of an enum, in order (for help texts and choosers).
    template <typename E> static QStringList ids() { return enumIds<E>(); }

    /// Categories as a bit set (bit i = category i) and back.
    static int categoryBit(FamilyCategory c) { return 1 << int(c); }
    static QStringList categoryIds(int mask);
    static QStringList categoryNames(int mask);
    static std::optional<int> parseCategories(const QStringList& ids);
};

} // namespace jiahu
