#include "GuidanceService.h"

#include "domain/DateRules.h"
#include "domain/TextRules.h"
#include "services/CaseSession.h"
#include "services/FamilyService.h"
#include "services/RecordReaders.h"
#include "storage/Database.h"

namespace jiahu {

Result<GuidanceSession> GuidanceService::add(const GuidanceSession& in)
{
    FamilyService families(m_s);
    auto family = families.findWritable(in.familyId);
    if (!family.ok())
        return family.error();
    JIAHU_TRY(DateRules::checkHappened(tr("The session date"), in.date, m_s.today()));
    if (!(in.hours > 0 && in.hours <= 24))
        return makeError(ErrorCode::InvalidArgument,
                         tr("Hours must be more than 0 and at most 24."));
    JIAHU_TRY(TextRules::checkRequired(tr("Topic"), in.topic, TextRules::kLine));
    JIAHU_TRY(TextRules::check(tr("Provider"), in.provider, TextRules::kShort));
    JIAHU_TRY(TextRules::check(tr("Notes"), in.notes, TextRules::kNote, true));
    if (!in.guardianId.isEmpty()) {
        auto guardian = exists(m_s.db(),
                               "SELECT 1 FROM people WHERE id = ? AND family_id = ? AND "
                               "deleted_at IS NULL AND member_role <> 'child';",
                               {in.guardianId, family->id});
        if (!guardian.ok())
            return guardian.error();
        if (!guardian.value())
            return makeError(ErrorCode::NotFound,
                             tr("The guardian named is not an adult member of this family."));
    }
    if (!in.referralId.isEmpty()) {
        auto referral = exists(m_s.db(), "SELECT 1 FROM referrals WHERE id = ? AND family_id = ?;",
                               {in.referralId, family->id});
        if (!referral.ok())
            return referral.error();
        if (!referral.value())
            return makeError(ErrorCode::NotFound,
                             tr("The referral named does not belong to this family."));
    }
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    auto id =
        m_s.insert("guidance_sessions", {{"family_id", family->id},
                                         {"guardian_id", CaseSession::nullIfEmpty(in.guardianId)},
                                         {"referral_id", CaseSession::nullIfEmpty(in.referralId)},
                                         {"session_date", in.date},
                                         {"hours", in.hours},
                                         {"topic", in.topic},
                                         {"provider", in.provider},
                                         {"notes", in.notes}});
    if (!id.ok())
        return id.error();
    JIAHU_TRY(m_s.audit(QStringLiteral("guidance.add"), QStringLiteral("guidance_session"),
                        id.value(), family->id));
    JIAHU_TRY(tx->commit());
    GuidanceSession out = in;
    out.id = id.value();
    out.familyId = family->id;
    return out;
}

} // namespace jiahu
