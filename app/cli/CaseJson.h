#pragma once

#include "common/Clock.h"
#include "domain/CaseRecords.h"
#include "services/FollowUpService.h"

#include <QJsonObject>

namespace jiahu::cli {

// The --json shapes of case records: snake_case keys, stable ids for coded values, ISO dates,
// times as ISO 8601 with milliseconds.
QJsonObject toJson(const Family& f);
QJsonObject toJson(const Person& p);
QJsonObject toJson(const RiskEvent& e);
QJsonObject toJson(const Assessment& a);
QJsonObject toJson(const Plan& p);
QJsonObject toJson(const PlanAction& a);
QJsonObject toJson(const GuidanceSession& g);
QJsonObject toJson(const FollowUp& x);
QJsonObject toJson(const Referral& r);
QJsonObject toJson(const AttachmentInfo& a);
QJsonObject toJson(const FamilyFile& file);
QJsonObject toJson(const DueFamily& o);

QString isoTime(qint64 ms);
using jiahu::isoDate;

} // namespace jiahu::cli
