#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "services/AccessPolicy.h"
#include "services/AuditLog.h"
#include "services/ChangeSet.h"
#include "services/OpenedFiles.h"
#include "services/UserAccount.h"
#include "storage/Transaction.h"
#include "sync/HybridClock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QVariant>

#include <memory>
#include <optional>

namespace jiahu {

class Database;
class CaseSession;

/// Where a written row came from when it was not made here: demo data minted by the generator,
/// or a change applied by sync. Its id, times, author and HLC are kept as they are.
struct RowStamp {
    QString id;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString updatedBy;
    QString hlc;
};

/// A write transaction of a CaseSession (RAII: rolls back unless committed). The outermost one,
/// on commit, first refreshes the derived data of every family its rows touched
/// (FamilyProjection), then commits, then publishes what changed. Nested ones are savepoints.
class CaseWrite {
public:
    CaseWrite(CaseWrite&& other) noexcept;
    CaseWrite& operator=(CaseWrite&&) = delete;
    ~CaseWrite();
    Status commit();

private:
    friend class CaseSession;
    CaseWrite(CaseSession* session, Transaction tx, qsizetype mark);
    void abandon();

    CaseSession* m_s = nullptr;
    std::optional<Transaction> m_tx;
    qsizetype m_mark = 0; ///< changes recorded before this transaction began
};

/// What every case service needs: the database, the signed-in user with their scopes and
/// AccessPolicy, a hybrid logical clock for sync stamps, and the audit log. Also the one write
/// path of synced rows (insert/update), which stamps id, times, user and HLC, keeps derived
/// data in step and publishes change events after the commit.
///
/// A session lives on one thread, over one connection. A reader session (startReader) runs over
/// a read-only connection and refuses writes.
class CaseSession {
    Q_DECLARE_TR_FUNCTIONS(CaseSession)
public:
    using WallClock = Clock;
    using Fields = QList<QPair<QByteArray, QVariant>>;

    /// Loads the user's scopes and resumes the clock from the outbox. `wall` replaces the
    /// system clock (tests); `notifier`, if given, receives the change sets.
    static Result<std::unique_ptr<CaseSession>> start(Database& db, const UserAccount& user,
                                                      WallClock wall = {},
                                                      ChangeNotifier* notifier = nullptr);
    /// A session over a read-only connection: reads only, no clock of its own.
    static Result<std::unique_ptr<CaseSession>> startReader(Database& db, const UserAccount& user,
                                                            WallClock wall = {});

    Database& db() { return m_db; }
    const UserAccount& user() const { return m_user; }
    /// The user's role and scopes as they are now: a change an administrator makes (from this
    /// or any other connection) applies to the next check.
    const AccessPolicy& policy();
    qint64 nowMs() const { return m_wall(); }
    /// Today's date in case time (China), by the session's clock.
    QDate today() const;
    /// The files opened in this session (shared with the other sessions of a workspace).
    OpenedFiles& openedFiles() { return *m_opened; }
    void shareOpenedFiles(std::shared_ptr<OpenedFiles> opened) { m_opened = std::move(opened); }

    /// Begins a write transaction (a savepoint inside another).
    Result<CaseWrite> begin();

    /// Inserts a synced row made here; returns its new UUIDv7. Table and column names are code
    /// constants. The row's family is its `family_id` field (a family's own id for `families`).
    Result<QString> insert(const QByteArray& table, const Fields& fields);
    /// Inserts a synced row with its stamp kept (demo data, sync).
    Result<QString> insert(const QByteArray& table, const Fields& fields, const RowStamp& stamp);
    /// Updates fields of a synced row of `familyId` and its updated_at/updated_by/hlc. The outbox
    /// records exactly the fields whose value changed.
    Status update(const QByteArray& table, const QString& id, const QString& familyId,
                  const Fields& fields);
    /// Records a change to a table that is not synced (scopes, towns, settings) for the change
    /// events of the transaction.
    void noteChange(const QString& table, const QString& rowId, const QString& familyId = {});
    /// Audit entry by this user (joins the open transaction).
    Status audit(const QString& action, const QString& entity, const QString& entityId,
                 const QString& familyId, const QString& reason = {});

    /// Loads the scopes of `userId` from user_scopes.
    static Result<Scope> loadScope(Database& db, const QString& userId);

    /// An empty string becomes SQL NULL (for optional references).
    static QVariant nullIfEmpty(const QString& s) { return s.isEmpty() ? QVariant() : s; }

private:
    friend class CaseWrite;
    CaseSession(Database& db, UserAccount user, WallClock wall, std::optional<HybridClock> clock,
                ChangeNotifier* notifier);
    Status requireWrite() const;
    Result<QString> insertRow(const QByteArray& table, const Fields& fields, const RowStamp& stamp);
    Status refreshPolicy();
    Status requireWriter() const;
    Status finishOutermost();
    void dropChangesFrom(qsizetype mark);

    Database& m_db;
    UserAccount m_user;
    AccessPolicy m_policy;
    QString m_policyVersion;
    WallClock m_wall;
    std::optional<HybridClock> m_clock;
    AuditLog m_audit;
    ChangeNotifier* m_notifier = nullptr;
    std::shared_ptr<OpenedFiles> m_opened = std::make_shared<OpenedFiles>();
    int m_depth = 0;
    ChangeSet m_pending;
};

} // namespace jiahu
