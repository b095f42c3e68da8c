#pragma once

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

/// ids, parsing and display names for the enums above: CaseVocabulary::id(FollowUpKind::Phone)
/// is "phone"; parse<FollowUpKind>("phone") gives it back; displayName() is translated.
class CaseVocabulary {
    Q_DECLARE_TR_FUNCTIONS(CaseVocabulary)
public:
    static QString id(FamilyCategory v);
    static QString id(FamilyStatus v);
    static QString id(MemberRole v);
    static QString id(FollowUpKind v);
    static QString id(PlanKind v);
    static QString id(PlanStatus v);
    static QString id(ActionStatus v);
    static QString id(ReferralRequest v);
    static QString id(RiskEventKind v);

    static QString displayName(FamilyCategory v);
    static QString displayName(FamilyStatus v);
    static QString displayName(MemberRole v);
    static QString displayName(FollowUpKind v);
    static QString displayName(ReferralRequest v);
    static QString displayName(PlanStatus v);
    static QString displayName(ActionStatus v);
    static QString displayName(PlanKind v);
    static QString displayName(RiskEventKind v);

    template <typename E> static std::optional<E> parse(QStringView id);
    /// Every id of an enum, in order (for help texts and choosers).
    template <typename E> static QStringList ids();

    /// Categories as a bit set (bit i = category i) and back.
    static int categoryBit(FamilyCategory c) { return 1 << int(c); }
    static QStringList categoryIds(int mask);
    static QStringList categoryNames(int mask);
    static std::optional<int> parseCategories(const QStringList& ids);
};

} // namespace jiahu
