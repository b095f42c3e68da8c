#pragma once

#include "common/Result.h"
#include "domain/CaseRecords.h"

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

/// Cross-agency referrals (转介). Caseworkers draft and send them and close them; a legal liaison
/// sees those addressed to their agency (never drafts) and records the agency's response.
/// Each status change is an append-only event; an illegal move is refused with what is allowed.
class ReferralService {
    Q_DECLARE_TR_FUNCTIONS(ReferralService)
public:
    explicit ReferralService(CaseSession& session) : m_s(session) {}

    Result<Referral> create(const Referral& referral);
    Result<Referral> move(const QString& referralId, const ReferralMove& move);
    /// One referral with its events; writes `referral.open` to the audit log.
    Result<Referral> get(const QString& referralId, const QString& reason = {});
    /// Referrals the user may see: a liaison's agency, or those of families in scope.
    Result<QList<Referral>> list(std::optional<ReferralStatus> status, int limit = 100);

private:
    Status checkText(const Referral& r);
    Result<Referral> load(const QString& referralId);
    CaseSession& m_s;
};

} // namespace jiahu
