#pragma once

#include "domain/CaseRecords.h"
#include "storage/Database.h"

#include <QVariantList>

namespace jiahu {

/// The SELECT column lists of case records and the functions that turn a row into a value.
/// Each `k...Select` ends before WHERE so callers add their own condition and order.
namespace records {

extern const char kFamilySelect[]; ///< families f LEFT JOIN users (caseworker name)
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

QDate dateOf(const QString& isoText);

/// Runs `sql` with `binds` and reads every row with `read`.
template <typename Reader>
auto fetchAll(Database& db, const QByteArray& sql, const QVariantList& binds, Reader read)
    -> Result<QList<decltype(read(std::declval<const Statement&>()))>>
{
    QList<decltype(read(std::declval<const Statement&>()))> out;
    auto st = db.prepare(sql);
    if (!st.ok())
        return st.error();
    for (int i = 0; i < binds.size(); ++i)
        st->bind(i + 1, binds[i]);
    JIAHU_TRY(st->forEachRow([&] { out.append(read(*st)); }));
    return out;
}

/// The first row read with `read`, or NotFound with `notFound` as its message.
template <typename Reader>
auto fetchOne(Database& db, const QByteArray& sql, const QVariantList& binds, Reader read,
              const QString& notFound) -> Result<decltype(read(std::declval<const Statement&>()))>
{
    auto st = db.prepare(sql);
    if (!st.ok())
        return st.error();
    for (int i = 0; i < binds.size(); ++i)
        st->bind(i + 1, binds[i]);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, notFound);
    return read(*st);
}
std::optional<RiskCode> codeOf(qint64 stored);

} // namespace records
} // namespace jiahu
