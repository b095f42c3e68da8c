#pragma once

#include "domain/CaseRecords.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QVariantList>

namespace jiahu {

/// The SELECT column lists of case records and the functions that turn a row into a value.
/// Each `k...Select` ends before WHERE so callers add their own condition and order.
namespace records {

/// families f LEFT JOIN users (caseworker name); `indexedBy` names the index the families are
/// walked by (INDEXED BY), where the planner would pick a worse one.
QByteArray familySelect(const char* indexedBy = nullptr);
Family readFamily(const Statement& st);

extern const char kPersonSelect[];
Person readPerson(const Statement& st);

extern const char kRiskEventSelect[]; ///< risk_events e LEFT JOIN users
RiskEvent readRiskEvent(const Statement& st);

extern const char kAssessmentSelect[];
Assessment readAssessment(const Statement& st);

extern const char kPlanSelect[];
Plan readPlan(const Statement& st);
extern const char kActionSelect[];
PlanAction readAction(const Statement& st);

extern const char kGuidanceSelect[];
GuidanceSession readGuidance(const Statement& st);

extern const char kFollowUpSelect[];
FollowUp readFollowUp(const Statement& st);

extern const char kReferralSelect[];
Referral readReferral(const Statement& st);
extern const char kReferralEventSelect[];
ReferralEvent readReferralEvent(const Statement& st);

extern const char kAttachmentSelect[];
AttachmentInfo readAttachment(const Statement& st);

} // namespace records
} // namespace jiahu
