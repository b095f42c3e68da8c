#pragma once

#include "domain/CaseVocabulary.h"
#include "domain/ReferralStatus.h"
#include "domain/RiskCode.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiahu {

// Value types for the records of a family file. Ids are UUIDv7 text; times are UTC
// milliseconds; calendar dates are QDate (stored as YYYY-MM-DD).

/// 家庭档案: the file itself. `riskCode` is derived from the risk events (empty until coded).
struct Family {
    QString id;
    QString fileNo;
    QString town;
    QString community;
    QString address;
    QStringList schools;
    int categories = 0; ///< bit set, see CaseVocabulary::categoryBit
    FamilyStatus status = FamilyStatus::Open;
    QString statusReason;
    QString caseworkerId;
    QString caseworkerName;
    std::optional<RiskCode> riskCode;
    qint64 lastActivityAt = 0;
    QDate nextDue;
    QString notes;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct Person {
    QString id;
    QString familyId;
    MemberRole role = MemberRole::Child;
    QString name;
    QString gender; ///< "male", "female" or empty
    QDate birthDate;
    QString idNumber;
    QString phone;
    QString school;
    QString grade;
    QString relationship;
    QString specialNeeds;
    QString notes;
};

struct RiskEvent {
    QString id;
    QString familyId;
    RiskEventKind kind = RiskEventKind::Set;
    RiskCode code = RiskCode::Blue;
    std::optional<RiskCode> previousCode;
    QString decides;      ///< the proposal (or raise) an approve/decline/review answers
    QString assessmentId; ///< the assessment behind it, if any
    QString reason;
    QString byUserId;
    QString byUserName;    ///< the author's user name (scripts, the CLI)
    QString byDisplayName; ///< the author's display name, or the user name without one (screens)
    qint64 at = 0;
    /// set/approve: when the next follow-up is due under the new code (from the cadence then).
    QDate nextDue;
    /// The assessment behind it, for saying why in the reader's language when the event was
    /// made by the system (reason empty).
    std::optional<int> assessmentScore;
    std::optional<RiskCode> assessmentSuggested;
    std::optional<RiskCode> assessmentConfirmed;
};

struct Assessment {
    QString id;
    QString familyId;
    QString templateId;
    int templateVersion = 0;
    QJsonObject answers;
    int score = 0;
    RiskCode suggestedCode = RiskCode::Blue;
    RiskCode confirmedCode = RiskCode::Blue;
    QString overrideReason;
    QString notes;
    QString byUserName;
    QString byDisplayName; ///< the author's display name, or the user name without one
    qint64 at = 0;
    QString amendsId;     ///< the assessment this one corrects
    QString amendReason;  ///< why it was corrected
    QString supersededBy; ///< the correction that replaces this one, if any
};

struct PlanAction {
    QString id;
    QString planId;
    QString description;
    QString agency;
    QString owner;
    QDate dueDate;
    ActionStatus status = ActionStatus::Todo;
};

/// 关爱服务实施方案 / 家庭教育指导方案.
struct Plan {
    QString id;
    QString familyId;
    PlanKind kind = PlanKind::Care;
    QString title;
    QString goals;
    PlanStatus status = PlanStatus::Draft;
    QString approvedByName;
    qint64 approvedAt = 0;
    qint64 createdAt = 0;
    QList<PlanAction> actions;
    /// Share of actions done (dropped ones do not count), 0..100.
    int progressPercent() const;
};

struct GuidanceSession {
    QString id;
    QString familyId;
    QString guardianId;
    QString referralId;
    QDate date;
    double hours = 0;
    QString topic;
    QString provider;
    QString notes;
};

/// 回访.
struct FollowUp {
    QString id;
    QString familyId;
    QString personId;
    FollowUpKind kind = FollowUpKind::HomeVisit;
    QDate date;
    QString notes;
    QString findings;
    QDate nextDue;
    QString nextDueReason; ///< why the next follow-up is later than the code's cadence
    QString byUserName;
    QString byDisplayName; ///< the author's display name, or the user name without one
    qint64 at = 0;
    QString amendsId;     ///< the follow-up this one corrects
    QString amendReason;  ///< why it was corrected
    QString supersededBy; ///< the correction that replaces this one, if any
};

struct ReferralEvent {
    QString id;
    ReferralStatus status = ReferralStatus::Draft;
    QString note;
    QString byUserName;
    QString byDisplayName; ///< the author's display name, or the user name without one
    qint64 at = 0;
};

/// 转介 to another agency, and what it asks for.
struct Referral {
    QString id;
    QString familyId;
    QString agency;
    ReferralRequest request = ReferralRequest::Other;
    QString reason;
    QString legalBasis;
    QString problems;
    QString requiredActions;
    QString frequency;
    QString duration;
    QString provider;
    QString venue;
    QString servedHow;
    double requiredHours = 0; ///< guidance hours an order requires (0 = none)
    double hoursDone = 0;     ///< guidance sessions counted against it
    QString response;
    QString outcome;
    ReferralStatus status = ReferralStatus::Draft;
    qint64 createdAt = 0;
    QList<ReferralEvent> events;
};

struct AttachmentInfo {
    QString id;
    QString familyId;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256; ///< hex
    QString description;
    qint64 at = 0;
};

/// Everything in one family file, as far as the reader may see it.
/// History records (follow-ups, assessments) are never changed: a correction is a new record
/// that names the one it corrects. A file shows the current records in place; the corrected
/// ones stay in its history.
struct FamilyFile {
    Family family;
    QList<Person> people;
    QList<RiskEvent> riskHistory;
    QList<Assessment> assessments;
    QList<Plan> plans;
    QList<GuidanceSession> guidance;
    QList<FollowUp> followUps;
    QList<Referral> referrals;
    QList<AttachmentInfo> attachments;
    /// True when the reader's role sees only part of the file (a counselor: their school's
    /// children and follow-ups).
    bool partial = false;
};

} // namespace jiahu
