#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace jiahu {

class CaseSession;

/// Fills an empty database with a realistic, deterministic demo: the same seed gives the same
/// families, file numbers, people, identity numbers, codes, histories, follow-ups, referrals and
/// notes. Record ids and HLCs are minted by the run (UUIDv7 of the run's clock plus bits from the
/// seeded generator), in the order rows are written, as an import would mint them.
///
/// Towns, schools and agencies are those of the Chongqing High-tech Zone (shared/domain.md).
/// Identity numbers are valid (GB 11643 check character) but cannot be a real person's: their
/// region code is 500000, the code of Chongqing municipality as a whole, which is never issued
/// to a person (real numbers carry a district or county code such as 500107), and their
/// sequence number is 900-999. Phone numbers start with 100, which is no Chinese mobile prefix.
///
/// Writes directly in batches (the services check one record at a time), but fills the same
/// columns, caches, outbox entries and search documents the services would; one audit entry
/// records the generation. Only an administrator may run it, and only on a database with no
/// families yet.
class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    struct Options {
        int families = 1000;
        quint64 seed = 1;
        int batch = 2000; ///< families per transaction
    };
    struct Counts {
        qint64 families = 0, people = 0, riskEvents = 0, assessments = 0, plans = 0, actions = 0,
               guidance = 0, followUps = 0, referrals = 0, referralEvents = 0;
        qint64 rows() const
        {
            return families + people + riskEvents + assessments + plans + actions + guidance +
                   followUps + referrals + referralEvents;
        }
    };
    using Progress = std::function<void(int familiesDone)>;

    static Result<Counts> generate(CaseSession& session, const Options& options,
                                   const Progress& progress = {});
    /// A valid identity number that cannot be a real person's (see the class comment).
    static QString demoIdentityNumber(const QDate& birth, int sequence);
};

} // namespace jiahu
