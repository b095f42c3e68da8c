#include "ReferralService.h"

#include "domain/TextRules.h"
#include "services/CaseSession.h"
#include "services/FamilyService.h"
#include "services/RecordReaders.h"
#include "storage/Database.h"

#include <cmath>

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
    if (!std::isfinite(r.requiredHours) || r.requiredHours < 0 || r.requiredHours > 1000)
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
    auto tx = m_s.begin();
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
    JIAHU_TRY(m_s.audit(QStringLiteral("referral.add"), QStringLiteral("referral"), id.value(),
                        family->id));
    JIAHU_TRY(tx->commit());
    return load(id.value());
}

Result<Referral> ReferralService::editDraft(const QString& referralId, const ReferralEdit& e)
{
    auto r = load(referralId);
    if (!r.ok())
        return r.error();
    auto family = FamilyService(m_s).findWritable(r->familyId);
    if (!family.ok())
        return family.error();
    if (r->status != ReferralStatus::Draft)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Only a draft referral can be edited; this one is %1.")
                             .arg(ReferralStatuses::displayName(r->status)));
    Referral next = r.value();
    CaseSession::Fields fields;
    auto text = [&](const std::optional<QString>& value, QString& field, const char* column) {
        if (value && *value != field) {
            field = *value;
            fields.append({column, *value});
        }
    };
    text(e.agency, next.agency, "agency");
    text(e.reason, next.reason, "reason");
    text(e.legalBasis, next.legalBasis, "legal_basis");
    text(e.problems, next.problems, "problems");
    text(e.requiredActions, next.requiredActions, "required_actions");
    text(e.frequency, next.frequency, "frequency");
    text(e.duration, next.duration, "duration");
    text(e.provider, next.provider, "provider");
    text(e.venue, next.venue, "venue");
    text(e.servedHow, next.servedHow, "served_how");
    if (e.request && *e.request != next.request) {
        next.request = *e.request;
        fields.append({"request", CaseVocabulary::id(next.request)});
    }
    if (e.requiredHours && *e.requiredHours != next.requiredHours) {
        next.requiredHours = *e.requiredHours;
        fields.append({"required_hours", next.requiredHours});
    }
    JIAHU_TRY(checkText(next));
    if (fields.isEmpty())
        return r;
    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    JIAHU_TRY(m_s.update("referrals", referralId, r->familyId, fields));
    JIAHU_TRY(m_s.audit(QStringLiteral("referral.edit"), QStringLiteral("referral"), referralId,
                        r->familyId));
    JIAHU_TRY(tx->commit());
    return load(referralId);
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
    const QString notFound = tr("There is no referral %1.").arg(referralId);
    auto r = fetchOptional(
        m_s.db(), QByteArray(records::kReferralSelect) + "WHERE r.id = ? AND r.deleted_at IS NULL;",
        {referralId}, records::readReferral);
    if (!r.ok())
        return r.error();
    if (!r.value())
        return makeError(ErrorCode::NotFound, notFound);
    Referral referral = *r.value();
    // Whatever the reason a user may not see it, the answer is the one for a missing referral.
    if (m_s.policy().readsFullFiles()) {
        auto family = FamilyService(m_s).find(referral.familyId);
        if (!family.ok())
            return hiddenAsMissing(family.error(), notFound);
    } else if (m_s.policy().caseRole() == Role::Liaison) {
        if (referral.agency != m_s.policy().scope().agency ||
            referral.status == ReferralStatus::Draft)
            return makeError(ErrorCode::NotFound, notFound);
    } else {
        // Other roles read no referrals at all (the same answer for every id).
        JIAHU_TRY(m_s.policy().requireFullFiles());
    }
    auto events = fetchAll(m_s.db(),
                           QByteArray(records::kReferralEventSelect) +
                               "WHERE e.referral_id = ? ORDER BY e.hlc;",
                           {referralId}, records::readReferralEvent);
    if (!events.ok())
        return events.error();
    referral.events = events.value();
    return referral;
}

Result<Referral> ReferralService::move(const QString& referralId, const ReferralMove& mv)
{
    auto r = load(referralId);
    if (!r.ok())
        return r.error();
    JIAHU_TRY(ReferralStatuses::checkTransition(r->status, mv.to));
    const bool agencyStep = mv.to == ReferralStatus::Received ||
                            mv.to == ReferralStatus::Accepted || mv.to == ReferralStatus::Declined;
    if (agencyStep) {
        JIAHU_TRY(m_s.policy().requireAgency(r->agency));
    } else {
        // Sending and closing are the caseworker's, on an open file.
        auto family = FamilyService(m_s).findWritable(r->familyId);
        if (!family.ok())
            return family.error();
    }
    JIAHU_TRY(TextRules::check(tr("Note"), mv.note, TextRules::kNote, true));
    JIAHU_TRY(TextRules::check(tr("Response"), mv.response, TextRules::kNote, true));
    JIAHU_TRY(TextRules::check(tr("Outcome"), mv.outcome, TextRules::kNote, true));
    if (mv.to == ReferralStatus::Declined && mv.note.trimmed().isEmpty() &&
        mv.response.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Say why the referral is declined (a note or the response)."));

    auto tx = m_s.begin();
    if (!tx.ok())
        return tx.error();
    auto event = m_s.insert("referral_events", {{"referral_id", referralId},
                                                {"family_id", r->familyId},
                                                {"status", ReferralStatuses::id(mv.to)},
                                                {"note", mv.note}});
    if (!event.ok())
        return event.error();
    CaseSession::Fields fields;
    if (!mv.response.isEmpty())
        fields.append({"response", mv.response});
    if (!mv.outcome.isEmpty())
        fields.append({"outcome", mv.outcome});
    if (!fields.isEmpty())
        JIAHU_TRY(m_s.update("referrals", referralId, r->familyId, fields));
    JIAHU_TRY(m_s.audit(QStringLiteral("referral.") + ReferralStatuses::id(mv.to),
                        QStringLiteral("referral"), referralId, r->familyId, mv.note));
    JIAHU_TRY(tx->commit());
    return load(referralId);
}

Result<QByteArray> ReferralService::where(const ReferralQuery& q, QVariantList& binds)
{
    QByteArray where;
    if (m_s.policy().caseRole() == Role::Liaison) {
        JIAHU_TRY(m_s.policy().requireAgency(m_s.policy().scope().agency));
        where = "WHERE r.agency = ? AND r.status <> 'draft' AND r.deleted_at IS NULL";
        binds << m_s.policy().scope().agency;
    } else {
        JIAHU_TRY(m_s.policy().requireFullFiles());
        where = "JOIN families f ON f.id = r.family_id WHERE r.deleted_at IS NULL AND "
                "f.deleted_at IS NULL AND " +
                m_s.policy().familyFilter(m_s.user().id, binds);
    }
    if (q.status) {
        where += " AND r.status = ?";
        binds << ReferralStatuses::id(*q.status);
    }
    if (!q.familyId.isEmpty()) {
        where += " AND r.family_id = ?";
        binds << q.familyId;
    }
    return where;
}

Result<Page<Referral>> ReferralService::list(const ReferralQuery& q)
{
    constexpr const char* kList = "referrals";
    QVariantList binds;
    auto w = where(q, binds);
    if (!w.ok())
        return w.error();
    QByteArray sql = QByteArray(records::kReferralSelect) + w.value();
    if (!q.after.isEmpty()) {
        auto key = PageCursor::decode(kList, q.after, 2);
        if (!key.ok())
            return key.error();
        sql += " AND (r.created_at, r.id) < (?, ?)";
        binds << key.value();
    }
    const int limit = PageCursor::clampLimit(q.limit);
    binds << limit + 1;
    auto rows = fetchAll(m_s.db(), sql + " ORDER BY r.created_at DESC, r.id DESC LIMIT ?;", binds,
                         records::readReferral);
    if (!rows.ok())
        return rows.error();
    return makePage(std::move(rows.value()), limit, kList, [](const Referral& r) {
        return QVariantList{r.createdAt, r.id};
    });
}

Result<qint64> ReferralService::count(const ReferralQuery& q)
{
    QVariantList binds;
    auto w = where(q, binds);
    if (!w.ok())
        return w.error();
    return fetchOne(m_s.db(), "SELECT count(*) FROM referrals r " + w.value() + ";", binds,
                    [](const Statement& st) { return st.int64(0); }, {});
}

} // namespace jiahu
