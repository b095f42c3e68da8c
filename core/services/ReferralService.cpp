#include "ReferralService.h"

#include "domain/TextRules.h"
#include "services/CaseSession.h"
#include "services/FamilyService.h"
#include "services/RecordReaders.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace jiahu {


Status ReferralService::checkText(const Referral& r)
{
    JIAHU_TRY(TextRules::checkRequired(tr("Receiving agency"), r.agency, TextRules::kShort));
    const std::pair<QString, const QString*> fields[] = {
        {tr("Reason"), &r.reason},           {tr("Legal basis"), &r.legalBasis},
        {tr("Problems found"), &r.problems}, {tr("Required actions"), &r.requiredActions},
        {tr("Frequency"), &r.frequency},     {tr("Duration"), &r.duration},
        {tr("Provider"), &r.provider},       {tr("Venue"), &r.venue},
        {tr("How served"), &r.servedHow}};
    for (const auto& [name, text] : fields)
        JIAHU_TRY(TextRules::check(name, *text, TextRules::kNote, true));
    if (r.requiredHours < 0 || r.requiredHours > 1000)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Required hours must be between 0 and 1000."));
    return {};
}

Result<Referral> ReferralService::create(const Referral& in)
{
    FamilyService families(m_s);
    auto family = families.findWritable(in.familyId);
    if (!family.ok())
        return family.error();
    JIAHU_TRY(checkText(in));
    auto tx = Transaction::begin(m_s.db());
    if (!tx.ok())
        return tx.error();
    auto id = m_s.insert("referrals", {{"family_id", family->id},
                                       {"agency", in.agency},
                                       {"request", CaseVocabulary::id(in.request)},
                                       {"reason", in.reason},
                                       {"legal_basis", in.legalBasis},
                                       {"problems", in.problems},
                                       {"required_actions", in.requiredActions},
                                       {"frequency", in.frequency},
                                       {"duration", in.duration},
                                       {"provider", in.provider},
                                       {"venue", in.venue},
                                       {"served_how", in.servedHow},
                                       {"required_hours", in.requiredHours},
                                       {"status", ReferralStatuses::id(ReferralStatus::Draft)}});
    if (!id.ok())
        return id.error();
    auto event =
        m_s.insert("referral_events", {{"referral_id", id.value()},
                                       {"family_id", family->id},
                                       {"status", ReferralStatuses::id(ReferralStatus::Draft)},
                                       {"note", QString()}});
    if (!event.ok())
        return event.error();
    JIAHU_TRY(families.touch(family->id));
    JIAHU_TRY(m_s.audit(QStringLiteral("referral.add"), QStringLiteral("referral"), id.value(),
                        family->id));
    JIAHU_TRY(tx->commit());
    return load(id.value());
}

Result<Referral> ReferralService::get(const QString& referralId, const QString& reason)
{
    JIAHU_TRY(TextRules::check(tr("Reason"), reason, TextRules::kLine));
    auto r = load(referralId);
    if (!r.ok())
        return r.error();
    JIAHU_TRY(m_s.audit(QStringLiteral("referral.open"), QStringLiteral("referral"), referralId,
                        r->familyId, reason));
    return r;
}

Result<Referral> ReferralService::load(const QString& referralId)
{
    auto r = fetchOne(
        m_s.db(), QByteArray(records::kReferralSelect) + "WHERE r.id = ? AND r.deleted_at IS NULL;",
        {referralId}, records::readReferral, tr("There is no referral %1.").arg(referralId));
    if (!r.ok())
        return r.error();
    const QString notFound = tr("There is no referral %1.").arg(referralId);
    if (m_s.policy().readsFullFiles()) {
        if (!FamilyService(m_s).find(r->familyId).ok())
            return makeError(ErrorCode::NotFound, notFound);
    } else {
        JIAHU_TRY(m_s.policy().requireAgency(r->agency));
        if (r->status == ReferralStatus::Draft)
            return makeError(ErrorCode::NotFound, notFound);
    }
    auto events = fetchAll(m_s.db(),
                           QByteArray(records::kReferralEventSelect) +
                               "WHERE e.referral_id = ? ORDER BY e.hlc;",
                           {referralId}, records::readReferralEvent);
    if (!events.ok())
        return events.error();
    r->events = events.value();
    return r;
}

Result<Referral> ReferralService::move(const QString& referralId, const ReferralMove& mv)
{
    auto r = load(referralId);
    if (!r.ok())
        return r.error();
    JIAHU_TRY(ReferralStatuses::checkTransition(r->status, mv.to));
    const bool agencyStep = mv.to == ReferralStatus::Received ||
                            mv.to == ReferralStatus::Accepted || mv.to == ReferralStatus::Declined;
    if (agencyStep)
        JIAHU_TRY(m_s.policy().requireAgency(r->agency));
    else
        JIAHU_TRY(m_s.policy().requireFullFiles());
    JIAHU_TRY(TextRules::check(tr("Note"), mv.note, TextRules::kNote, true));
    JIAHU_TRY(TextRules::check(tr("Response"), mv.response, TextRules::kNote, true));
    JIAHU_TRY(TextRules::check(tr("Outcome"), mv.outcome, TextRules::kNote, true));
    if (mv.to == ReferralStatus::Declined && mv.note.trimmed().isEmpty() &&
        mv.response.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Say why the referral is declined (a note or the response)."));

    auto tx = Transaction::begin(m_s.db());
    if (!tx.ok())
        return tx.error();
    auto event = m_s.insert("referral_events", {{"referral_id", referralId},
                                                {"family_id", r->familyId},
                                                {"status", ReferralStatuses::id(mv.to)},
                                                {"note", mv.note}});
    if (!event.ok())
        return event.error();
    CaseSession::Fields fields{{"status", ReferralStatuses::id(mv.to)}};
    if (!mv.response.isEmpty())
        fields.append({"response", mv.response});
    if (!mv.outcome.isEmpty())
        fields.append({"outcome", mv.outcome});
    JIAHU_TRY(m_s.update("referrals", referralId, fields));
    if (m_s.policy().readsFullFiles())
        JIAHU_TRY(FamilyService(m_s).touch(r->familyId));
    JIAHU_TRY(m_s.audit(QStringLiteral("referral.") + ReferralStatuses::id(mv.to),
                        QStringLiteral("referral"), referralId, r->familyId, mv.note));
    JIAHU_TRY(tx->commit());
    return load(referralId);
}

Result<QList<Referral>> ReferralService::list(std::optional<ReferralStatus> status, int limit)
{
    QVariantList binds;
    QByteArray where;
    if (m_s.policy().caseRole() == Role::Liaison) {
        where = "WHERE r.agency = ? AND r.status <> 'draft' AND r.deleted_at IS NULL";
        binds << m_s.policy().scope().agency;
    } else {
        JIAHU_TRY(m_s.policy().requireFullFiles());
        where = "JOIN families f ON f.id = r.family_id WHERE r.deleted_at IS NULL AND " +
                m_s.policy().familyFilter(m_s.user().id, binds);
    }
    if (status) {
        where += " AND r.status = ?";
        binds << ReferralStatuses::id(*status);
    }
    binds << std::clamp(limit, 1, 1000);
    return fetchAll(m_s.db(),
                    QByteArray(records::kReferralSelect) + where +
                        " ORDER BY r.created_at DESC LIMIT ?;",
                    binds, records::readReferral);
}

} // namespace jiahu
