#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "services/AccessPolicy.h"
#include "services/AuditLog.h"
#include "services/UserAccount.h"
#include "sync/HybridClock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QVariant>

#include <functional>
#include <memory>

namespace jiahu {

class Database;

/// What every case service needs: the database, the signed-in user with their scopes and
/// AccessPolicy, a hybrid logical clock for sync stamps, and the audit log. Also the one place
/// that writes synced rows, so each insert and update carries id, times, user and HLC.
class CaseSession {
    Q_DECLARE_TR_FUNCTIONS(CaseSession)
public:
    using WallClock = Clock;
    using Fields = QList<QPair<QByteArray, QVariant>>;

    /// Loads the user's scopes and resumes the clock from the outbox. `wall` replaces the
    /// system clock (tests).
    static Result<std::unique_ptr<CaseSession>> start(Database& db, const UserAccount& user,
                                                      WallClock wall = {});

    Database& db() { return m_db; }
    const UserAccount& user() const { return m_user; }
    const AccessPolicy& policy() const { return m_policy; }
    qint64 nowMs() const { return m_wall(); }
    /// Today's date in case time (China), by the session's clock.
    QDate today() const;

    /// Inserts a synced row; returns its new UUIDv7. Table and column names are code constants.
    Result<QString> insert(const QByteArray& table, const Fields& fields);
    /// Updates fields of a synced row and its updated_at/updated_by/hlc.
    Status update(const QByteArray& table, const QString& id, const Fields& fields);
    /// Audit entry by this user (joins the open transaction).
    Status audit(const QString& action, const QString& entity, const QString& entityId,
                 const QString& familyId, const QString& reason = {});

    /// Loads the scopes of `userId` from user_scopes.
    static Result<Scope> loadScope(Database& db, const QString& userId);

    /// An empty string becomes SQL NULL (for optional references).
    static QVariant nullIfEmpty(const QString& s) { return s.isEmpty() ? QVariant() : s; }

private:
    CaseSession(Database& db, UserAccount user, Scope scope, WallClock wall, HybridClock clock);

    Database& m_db;
    UserAccount m_user;
    AccessPolicy m_policy;
    WallClock m_wall;
    HybridClock m_clock;
    AuditLog m_audit;
};

} // namespace jiahu
