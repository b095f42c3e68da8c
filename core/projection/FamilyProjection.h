#pragma once

#include "common/Result.h"
#include "domain/RiskCode.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace jiahu {

class Database;

/// What is derived from a family's records, computed in one place. Every write path (the case
/// services through CaseSession, the demo generator, sync apply) refreshes the families it
/// touched before committing, so the cached columns always agree with the records:
/// - the risk code: the code of the latest `set` or `approve` risk event by HLC;
/// - the next follow-up due: the current (not corrected) follow-up latest by visit date then HLC
///   gives its next-due date; a code event after that visit (a later day, or the same day and
///   recorded after it, by HLC) brings it forward to the due date the event fixed (its
///   `next_due`, set from the cadence when it was made);
/// - the last activity: the latest HLC among the family's records (not any machine's clock);
/// - each referral's status: its latest status event by HLC;
/// - the search documents (SearchIndex).
/// All of it depends only on the records, never on the order they arrived in or on the local
/// clock, so two machines holding the same records derive the same values.
class FamilyProjection {
    Q_DECLARE_TR_FUNCTIONS(FamilyProjection)
public:
    struct Values {
        std::optional<RiskCode> riskCode;
        QDate nextDue;
        qint64 lastActivityAt = 0;
        bool operator==(const Values&) const = default;
    };
    struct Mismatch {
        QString familyId;
        QString fileNo;
        QStringList
            what; ///< "risk_code", "next_due", "last_activity_at", "referral_status", "search"
    };
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /// The current risk code computed from the records (valid inside a write transaction too).
    static Result<std::optional<RiskCode>> riskCode(Database& db, const QString& familyId);
    /// The values computed afresh from the records.
    static Result<Values> compute(Database& db, const QString& familyId);
    /// The cached values.
    static Result<Values> cached(Database& db, const QString& familyId);
    /// Writes the family's caches, referral statuses and search documents where they differ.
    static Status refresh(Database& db, const QString& familyId);
    /// What of one family's caches disagrees with a fresh computation (empty when all agree).
    static Result<QStringList> differences(Database& db, const QString& familyId);
    /// Every family whose caches disagree (for `doctor`).
    static Result<QList<Mismatch>> verifyAll(Database& db, const Progress& progress = {});
    /// Refreshes every family (after a migration changed what is derived).
    static Status refreshAll(Database& db, const Progress& progress = {});
};

} // namespace jiahu
