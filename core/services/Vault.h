#pragma once

#include "common/Clock.h"
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

/// An administrator of the database a restore would replace (Vault::restore).
struct RestoreTargetAdministrator {
    QString userName;
    const SecureBytes* password = nullptr;
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

    using TargetAdministrator = RestoreTargetAdministrator;

    /// `clock` stamps every time the vault writes (the system clock when empty).
    static Result<Created> create(const CreateOptions& options, const SecureBytes& password,
                                  Clock clock = {});
    /// Signs in. A database known to be damaged (Database::isMarkedDamaged) is refused with
    /// ErrorCode::Corrupt and what to do; so is one whose damage the sign-in meets.
    static Result<std::unique_ptr<Vault>> unlock(const QString& databasePath,
                                                 const QString& userName,
                                                 const SecureBytes& password, Clock clock = {});
    /// Signs in as the recovery slot: administrator rights, for resetting a password.
    static Result<std::unique_ptr<Vault>> unlockWithRecoveryCode(const QString& databasePath,
                                                                 const SecureBytes& typedCode,
                                                                 Clock clock = {});
    /// Checks a backup opens with the given credentials (an administrator of the backup) and is
    /// sound, then installs it (and its keyring) at `targetPath`. Replacing an existing database
    /// also needs a right to that database: either the backup is of the same database (the same
    /// database id as the target's keyring), or `targetAdmin` names an administrator of the
    /// target with their password. A target that does not exist yet needs neither. Nothing is
    /// changed when a check fails. The files it replaces are moved aside, never deleted; the
    /// target's damage marker goes with them. Returns the path the previous database was moved to
    /// (empty if there was none).
    static Result<QString> restore(const QString& backupPath, const QString& targetPath,
                                   const QString& userName, const SecureBytes& password,
                                   const TargetAdministrator& targetAdmin = {}, Clock clock = {});
    /// Checks that need no password: the keyring's structure and checksums, the file's size and
    /// header, the damage marker.
    static HealthReport inspectFiles(const QString& databasePath);
    /// doctor with a password (or, with `recoveryCode`, the recovery code): signs in without
    /// migrating, also to a database known to be damaged, and runs checkHealth(); only a
    /// database found healthy is written to (the audit entry "database.doctor"). A database that
    /// cannot be opened is a problem in the report; a wrong password or a throttled attempt is an
    /// error.
    static Result<HealthReport> diagnose(const QString& databasePath, const QString& userName,
                                         const SecureBytes& secret, bool recoveryCode = false,
                                         Clock clock = {});

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
    /// The clock that stamps what this vault writes.
    const Clock& clock() const { return m_clock; }

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
    /// Integrity of the database and keyring and their agreement, and every family's derived
    /// data against its records. A passing integrity check removes the damage marker, so the
    /// database takes changes again.
    HealthReport checkHealth();
    /// Computes every family's derived data again from its records (administrators).
    Status refreshDerivedData();

    /// Writes an audit entry as the signed-in user (joins an open transaction).
    Status audit(const QString& action, const QString& entity, const QString& entityId,
                 const QString& familyId = {}, const QString& reason = {});
    /// Reading the audit trail is for administrators and supervisors.
    /// A page of the audit log; reasons (case text) only for the families the reader may read.
    Result<Page<AuditEntry>> auditEntries(const AuditFilter& filter);
    Result<AuditVerification> verifyAudit();

    static Status checkPassword(const SecureBytes& password);
    /// 1 to 64 characters, no spaces, and TextRules' single-line rules.
    static Status checkUserName(const QString& name);
    /// TextRules' single-line rules, at most TextRules::kShort characters.
    static Status checkDisplayName(const QString& displayName);

private:
    /// What a sign-in is for.
    enum class OpenFor {
        Session, ///< work: migrates, refuses a damaged database
        Check,   ///< a restore's checks: no migration, no audit entry; every failure is an error
        Doctor,  ///< doctor: no migration, no audit entry, no reads before checkHealth()
    };
    Vault(std::unique_ptr<Database> db, QString path, Keyring keyring, SecureBytes dataKey,
          Clock clock);
    static Result<std::unique_ptr<Vault>> unlockSlot(const QString& databasePath,
                                                     const QString& userName, bool recovery,
                                                     const SecureBytes& secret, OpenFor purpose,
                                                     Clock clock);
    static Status checkRestoreTarget(const QString& targetPath, const QUuid& backupId,
                                     const TargetAdministrator& targetAdmin, const Clock& clock);
    static void inspectFileFindings(const QString& databasePath, HealthReport& report);
    static Result<std::unique_ptr<Database>> openWithKeys(const QString& path, Keyring& keyring,
                                                          Keyring::OpenedSlot& opened,
                                                          SecureBytes& dataKeyOut);
    Status requireAdministrator() const;
    void checkDerivedData(HealthReport& report);
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
    Clock m_clock;
};

} // namespace jiahu
