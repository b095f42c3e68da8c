#pragma once

#include "common/Result.h"
#include "domain/CaseRecords.h"
#include "services/Paging.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace jiahu {

class CaseSession;

struct ReferralMove {
    ReferralStatus to = ReferralStatus::Sent;
    QString note;
    QString response; ///< the agency's response (received/accepted/declined); replaces the old one
    QString outcome;  ///< what came of it (usually on closing)
};

/// Changes to a referral while it is a draft (after it is sent, it is the agency's record too).
struct ReferralEdit {
    std::optional<QString> agency;
    std::optional<ReferralRequest> request;
    std::optional<QString> reason, legalBasis, problems, requiredActions, frequency, duration,
        provider, venue, servedHow;
    std::optional<double> requiredHours;
};

struct ReferralQuery {
    std::optional<ReferralStatus> status;
    QString familyId;
    QString after;
    int limit = PageCursor::kDefaultLimit;
};

/// Cross-agency referrals (转介). Caseworkers draft, edit and send them and close them; a legal
/// liaison sees those addressed to their agency (never drafts) and records the agency's
/// response. Each status change is an append-only event; an illegal move is refused with what is
/// allowed. A referral the user may not see is answered exactly like one that does not exist.
class ReferralService {
    Q_DECLARE_TR_FUNCTIONS(ReferralService)
public:
    explicit ReferralService(CaseSession& session) : m_s(session) {}

    Result<Referral> create(const Referral& referral);
    Result<Referral> editDraft(const QString& referralId, const ReferralEdit& edit);
    Result<Referral> move(const QString& referralId, const ReferralMove& move);
    /// One referral with its events; writes `referral.open` to the audit log.
    Result<Referral> get(const QString& referralId, const QString& reason = {});
    /// Referrals the user may see, newest first: a liaison's agency, or those of families in
    /// scope.
    Result<Page<Referral>> list(const ReferralQuery& query);
    Result<qint64> count(const ReferralQuery& query);

private:
    Status checkText(const Referral& r);
    Result<Referral> load(const QString& referralId);
    Result<QByteArray> where(const ReferralQuery& q, QVariantList& binds);
    CaseSession& m_s;
};

} // namespace jiahu
