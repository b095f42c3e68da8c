#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "services/Paging.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

#include <limits>

namespace jiahu {

class Database;

/// What happened, by whom, to what. Never holds case text: names the entity by id.
struct AuditRecord {
    QString userId;
    QString userName;
    QString action; ///< dotted verb: "user.add", "family.open", "packet.print", ...
    QString entity; ///< table or kind of thing: "user", "family", "database"
    QString entityId;
    QString familyId; ///< set when the action concerns one family file
    QString reason;   ///< where the user was asked for one
};

struct AuditEntry {
    qint64 seq = 0;
    QString id;
    qint64 at = 0;
    AuditRecord record;
    QByteArray prevHash;
    QByteArray hash;
    /// The reason is case text the reader may not read (record.reason is then empty).
    bool reasonHidden = false;
};

struct AuditFilter {
    QString userName;
    QString familyId;
    QString action; ///< an action ("family.open") or a prefix of actions ("family.")
    qint64 fromMs = 0;
    qint64 toMs = std::numeric_limits<qint64>::max();
    bool newestFirst = false;
    QString after; ///< cursor of the previous page
    int limit = 100;
};

/// Whose reasons a reader may read: reasons are case text (why a file was opened, closed,
/// a proposal declined, a note on a referral), shown only for entries of no family or of a
/// family the condition (on a `families f` row) selects. No condition: every reason (for the
/// verifier and tests).
struct ReasonVisibility {
    QByteArray familyCondition;
    QVariantList binds;
};

struct AuditVerification {
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; ///< the first entry that was changed, removed or moved
    QString problem;
};

/// The hash-chained audit log: hash = SHA-256(prev_hash ‖ canonical entry), starting from 32 zero
/// bytes. Triggers make the table append-only; the head of the chain (last seq and hash) is kept in
/// `meta` in the same transaction, so removing entries from the end is detected too.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    /// Entries are stamped with `clock` (the system clock when none is given).
    explicit AuditLog(Database& db, Clock clock = {})
        : m_db(db), m_clock(orSystemClock(std::move(clock)))
    {
    }

    /// Appends an entry; joins the caller's transaction or runs its own.
    Status append(const AuditRecord& record);
    static constexpr int kMaxPage = 10000;
    /// One page of entries in chain order (or newest first), reasons hidden as `visibility`
    /// says.
    Result<Page<AuditEntry>> list(const AuditFilter& filter,
                                  const ReasonVisibility& visibility = {});
    /// Walks the whole chain and reports the first entry that was changed, removed or reordered.
    Result<AuditVerification> verify();

    static QByteArray entryHash(const QByteArray& prevHash, const AuditEntry& entry);

private:
    Status appendInTransaction(const AuditRecord& record);
    Database& m_db;
    Clock m_clock;
};

} // namespace jiahu
