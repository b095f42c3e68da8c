#pragma once

#include "common/Result.h"
#include "crypto/Keyring.h"
#include "crypto/PasswordKdf.h"
#include "crypto/SecureBytes.h"
#include "services/AuditLog.h"
#include "services/UserAccount.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>

namespace jiahu {

/// What `doctor` found: one line per check, problems first.
struct HealthReport {
    struct Finding {
        bool problem = false;
        QString text;
    };
    QList<Finding> findings;
    bool healthy() const
    {
        for (const auto& f : findings)
            if (f.problem)
                return false;
        return true;
    }
    void ok(const QString& text) { findings.append({false, text}); }
    void problem(const QString& text) { findings.append({true, text}); }
};

/// An unlocked Jiahu database: the open connection, the data key in guarded memory, the keyring
/// and the signed-in user. Locking is destroying this object; nothing decrypted outlives it.
///
/// Also the home of the key and user flows: create, unlock (password or recovery code), change
/// password, add and remove users (removal rotates the data key), backup and restore. Rules
/// about who may do what are enforced here, not in the UI.
class Vault {
    Q_DECLARE_TR_FUNCTIONS(Vault)
public:
    static constexpr int kMinPasswordLength = 10;
    static constexpr int kMaxPasswordBytes = 1024;

    struct CreateOptions {
        QString databasePath;
        QString adminName;
        QString adminDisplayName;
        KdfParams kdf = KdfParams::release();
    };
    struct Created {
        std::unique_ptr<Vault> vault;
        SecureBytes recoveryCode; ///< formatted; shown once, never stored
    };
    struct NewUser {
        QString name;
        QString displayName;
        Role role = Role::Caseworker;
    };

    static Result<Created> create(const CreateOptions& options, const SecureBytes& password);
    static Result<std::unique_ptr<Vault>>
    unlock(const QString& databasePath, const QString& userName, const SecureBytes& password);
    /// Signs in as the recovery slot: administrator rights, for resetting a password.
    static Result<std::unique_ptr<Vault>> unlockWithRecoveryCode(const QString& databasePath,
                                                                 const SecureBytes& typedCode);
    /// Checks a backup opens with the given credentials and is sound, then installs it (and its
    /// keyring) at `targetPath`. The files it replaces are moved aside, never deleted.
    /// Returns the path the previous database was moved to (empty if there was none).
    static Result<QString> restore(const QString& backupPath, const QString& targetPath,
                                   const QString& userName, const SecureBytes& password);
    /// Checks that need no password: the keyring's structure and checksums, the file header.
    static HealthReport inspectFiles(const QString& databasePath);

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    Database& database() { return *m_db; }
    /// Another connection to this database with the same key, read-only, for a reader thread
    /// (WAL lets it read while the main connection writes). It belongs to the calling thread.
    Result<std::unique_ptr<Database>> openReadConnection() const;
    const QString& databasePath() const { return m_path; }
    const QUuid& databaseId() const { return m_keyring.databaseId(); }
    const UserAccount& user() const { return m_user; }
    bool isRecoverySession() const { return m_recovery; }
    const Keyring& keyring() const { return m_keyring; }

    /// Re-wraps the signed-in user's key under a new password.
    Status changePassword(const SecureBytes& newPassword,
                          const KdfParams& kdf = KdfParams::release());
    Status addUser(const NewUser& user, const SecureBytes& password,
                   const KdfParams& kdf = KdfParams::release());
    /// Removes a user and rotates the data key so their old key no longer opens the database.
    Status removeUser(const QString& userName);
    /// New random data key: sealed to every slot, then the database is re-encrypted with it.
    Status rotateDataKey();
    /// Gives a user a new password without knowing the old one (administrator or recovery).
    Status resetPassword(const QString& userName, const SecureBytes& newPassword,
                         const KdfParams& kdf = KdfParams::release());
    /// Replaces the recovery code; the old code stops working. Returns the new code.
    Result<SecureBytes> resetRecoveryCode(const KdfParams& kdf = KdfParams::release());
    Result<QList<UserAccount>> users();
    /// Consistent encrypted copy (online backup) plus a copy of the keyring beside it.
    Status backup(const QString& destPath);
    /// Integrity of the database and keyring and their agreement.
    HealthReport checkHealth();

    /// Writes an audit entry as the signed-in user (joins an open transaction).
    Status audit(const QString& action, const QString& entity, const QString& entityId,
                 const QString& familyId = {}, const QString& reason = {});
    /// Reading the audit trail is for administrators and supervisors.
    Result<QList<AuditEntry>> auditEntries(const AuditFilter& filter);
    Result<AuditVerification> verifyAudit();

    static Status checkPassword(const SecureBytes& password);
    static Status checkUserName(const QString& name);

private:
    Vault(std::unique_ptr<Database> db, QString path, Keyring keyring, SecureBytes dataKey);
    static Result<std::unique_ptr<Vault>> unlockSlot(const QString& databasePath,
                                                     const QString& userName, bool recovery,
                                                     const SecureBytes& secret, bool migrate);
    static Result<std::unique_ptr<Database>> openWithKeys(const QString& path, Keyring& keyring,
                                                          Keyring::OpenedSlot& opened,
                                                          SecureBytes& dataKeyOut);
    Status requireAdministrator() const;
    Status requireNoPendingRotation() const;
    Status requireAuditReader() const;
    Status saveKeyring(const Keyring& keyring);
    Result<UserAccount> findUser(const QString& name);

    std::unique_ptr<Database> m_db;
    QString m_path;
    Keyring m_keyring;
    SecureBytes m_dataKey;
    UserAccount m_user;
    bool m_recovery = false;
};

} // namespace jiahu
