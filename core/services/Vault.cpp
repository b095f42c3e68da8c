#include "Vault.h"

#include "UnlockThrottle.h"
#include "UserDirectory.h"
#include "projection/FamilyProjection.h"
#include "services/CaseSession.h"

#include "common/Logging.h"
#include "common/Uuid7.h"
#include "crypto/RecoveryCode.h"
#include "domain/TextRules.h"
#include "schema/Schema.h"
#include "storage/Backup.h"
#include "storage/MetaSettings.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <sqlite3.h>

namespace jiahu {

namespace {

Status readMetaDatabaseId(Database& db, const QUuid& expected)
{
    auto id = MetaSettings(db).get(QStringLiteral("database_id"));
    if (!id.ok())
        return id.error();
    if (!id.value() || QUuid::fromString(*id.value()) != expected)
        return makeError(ErrorCode::KeyringDamaged,
                         Vault::tr("The keyring belongs to a different database. Put the keyring "
                                   "that was made with this database beside it."));
    return {};
}

/// Signing in to a database known to be damaged: the same sentence as any read that meets the
/// damage (what to do, and that the file was left alone).
Error damagedDatabase()
{
    return sqliteError(SQLITE_CORRUPT, QStringLiteral("unlock"),
                       QStringLiteral("the database is marked damaged"));
}

} // namespace

Vault::Vault(std::unique_ptr<Database> db, QString path, Keyring keyring, SecureBytes dataKey,
             Clock clock)
    : m_db(std::move(db)), m_path(std::move(path)), m_keyring(std::move(keyring)),
      m_dataKey(std::move(dataKey)), m_clock(orSystemClock(std::move(clock)))
{
}

Vault::~Vault()
{
    m_db.reset(); // close before the key is wiped
    qCInfo(lcVault) << "locked";
}

Status Vault::checkPassword(const SecureBytes& password)
{
    if (password.size() > size_t(kMaxPasswordBytes))
        return makeError(ErrorCode::InvalidArgument, tr("The password is too long."));
    const QString text = QString::fromUtf8(password.constChars(), qsizetype(password.size()));
    const qsizetype length = text.toUcs4().size();
    QString copy = text;
    wipe(copy);
    if (length < kMinPasswordLength)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The password must have at least %1 characters.").arg(kMinPasswordLength));
    return {};
}

Status Vault::checkUserName(const QString& name)
{
    const qsizetype length = TextRules::characterCount(name);
    if (length == 0 || length > 64)
        return makeError(ErrorCode::InvalidArgument,
                         tr("A user name must have between 1 and 64 characters."));
    JIAHU_TRY(TextRules::check(tr("The user name"), name, 64));
    for (qsizetype i = 0; i < name.size(); ++i) {
        char32_t u = name[i].unicode();
        if (name[i].isHighSurrogate() && i + 1 < name.size() && name[i + 1].isLowSurrogate()) {
            u = QChar::surrogateToUcs4(name[i], name[i + 1]);
            ++i;
        }
        if (QChar::isSpace(u) || !QChar::isPrint(u))
            return makeError(ErrorCode::InvalidArgument,
                             tr("A user name may not contain spaces or control characters."));
    }
    return {};
}

Status Vault::checkDisplayName(const QString& displayName)
{
    return TextRules::check(tr("The display name"), displayName, TextRules::kShort);
}

Result<Vault::Created> Vault::create(const CreateOptions& options, const SecureBytes& password,
                                     Clock clockIn)
{
    JIAHU_TRY(checkUserName(options.adminName));
    JIAHU_TRY(checkDisplayName(options.adminDisplayName));
    JIAHU_TRY(checkPassword(password));
    const QString keyringPath = Keyring::pathFor(options.databasePath);
    if (QFileInfo::exists(options.databasePath) || QFileInfo::exists(keyringPath))
        return makeError(ErrorCode::AlreadyExists,
                         tr("%1 already exists. Open it, or choose another file name for the new "
                            "database.")
                             .arg(options.databasePath));
    // A damage marker without its database describes a file that is gone.
    JIAHU_TRY(Database::clearDamageMarker(options.databasePath));
    const Clock clock = orSystemClock(std::move(clockIn));
    const QFileInfo info(options.databasePath);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Io,
                         tr("The folder %1 cannot be created.").arg(info.absolutePath()));

    const QUuid databaseId = QUuid::createUuid();
    SecureBytes dataKey = SecureBytes::random(Database::kKeyBytes);
    Keyring keyring = Keyring::create(databaseId);
    auto adminSlot =
        keyring.makeSlot(SlotKind::User, options.adminName, password, options.kdf, dataKey, clock);
    if (!adminSlot.ok())
        return adminSlot.error();
    JIAHU_TRY(keyring.addSlot(std::move(adminSlot.value())));
    SecureBytes code = RecoveryCode::generate();
    auto canonical = RecoveryCode::normalize(code.view());
    if (!canonical.ok())
        return canonical.error();
    auto recoverySlot =
        keyring.makeSlot(SlotKind::Recovery, {}, canonical.value(), options.kdf, dataKey, clock);
    if (!recoverySlot.ok())
        return recoverySlot.error();
    JIAHU_TRY(keyring.addSlot(std::move(recoverySlot.value())));

    Database::Options dbOptions;
    dbOptions.path = options.databasePath;
    dbOptions.key = &dataKey;
    dbOptions.create = true;
    auto db = Database::open(dbOptions);
    if (!db.ok())
        return db.error();
    // Encrypted or not, the file is nobody else's business (SQLite gives -wal/-shm the same mode).
    QFile::setPermissions(options.databasePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    UserAccount admin;
    admin.createdAt = clock();
    admin.id = createUuid7(admin.createdAt).toString(QUuid::WithoutBraces);
    admin.name = options.adminName;
    admin.displayName =
        options.adminDisplayName.isEmpty() ? options.adminName : options.adminDisplayName;
    admin.role = Role::Administrator;

    const auto populate = [&]() -> Status {
        JIAHU_TRY(Migrator::migrate(*db.value(), schemaMigrations()));
        auto tx = Transaction::begin(*db.value());
        if (!tx.ok())
            return tx.error();
        MetaSettings meta(*db.value());
        JIAHU_TRY(
            meta.set(QStringLiteral("database_id"), databaseId.toString(QUuid::WithoutBraces)));
        JIAHU_TRY(meta.set(QStringLiteral("created_at"), QString::number(admin.createdAt)));
        auto user = db.value()->prepare(
            "INSERT INTO users(id, name, display_name, role, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?);");
        if (!user.ok())
            return user.error();
        JIAHU_TRY(user->bindAll(admin.id, admin.name, admin.displayName, Roles::id(admin.role),
                                admin.createdAt, admin.createdAt)
                      .exec());
        JIAHU_TRY(AuditLog(*db.value(), clock)
                      .append({admin.id,
                               admin.name,
                               QStringLiteral("database.create"),
                               QStringLiteral("database"),
                               databaseId.toString(QUuid::WithoutBraces),
                               {},
                               {}}));
        JIAHU_TRY(tx->commit());
        return keyring.save(keyringPath);
    };
    if (auto st = populate(); !st.ok()) {
        // Only files this call created are removed.
        db.value().reset();
        QFile::remove(options.databasePath);
        for (const QString& c : DatabaseFiles::companions(options.databasePath))
            QFile::remove(c);
        QFile::remove(keyringPath);
        return st.error();
    }
    qCInfo(lcVault) << "created database" << options.databasePath;
    std::unique_ptr<Vault> vault(new Vault(std::move(db.value()), options.databasePath,
                                           std::move(keyring), std::move(dataKey), clock));
    vault->m_user = admin;
    return Created{std::move(vault), std::move(code)};
}

Result<std::unique_ptr<Vault>> Vault::unlock(const QString& databasePath, const QString& userName,
                                             const SecureBytes& password, Clock clock)
{
    auto vault =
        unlockSlot(databasePath, userName, false, password, OpenFor::Session, std::move(clock));
    if (vault.ok())
        JIAHU_TRY(vault.value()->audit(QStringLiteral("session.unlock"), QStringLiteral("user"),
                                       vault.value()->user().id));
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::unlockWithRecoveryCode(const QString& databasePath,
                                                             const SecureBytes& typedCode,
                                                             Clock clock)
{
    auto canonical = RecoveryCode::normalize(typedCode.view());
    if (!canonical.ok())
        return canonical.error();
    auto vault =
        unlockSlot(databasePath, {}, true, canonical.value(), OpenFor::Session, std::move(clock));
    if (vault.ok())
        JIAHU_TRY(vault.value()->audit(QStringLiteral("session.recovery"),
                                       QStringLiteral("database"),
                                       vault.value()->databaseId().toString(QUuid::WithoutBraces)));
    return vault;
}

Result<std::unique_ptr<Database>> Vault::openWithKeys(const QString& path, Keyring& keyring,
                                                      Keyring::OpenedSlot& opened,
                                                      SecureBytes& dataKeyOut)
{
    const QString keyringPath = Keyring::pathFor(path);
    Database::Options options;
    options.path = path;
    options.key = &opened.dataKey;
    auto db = Database::open(options);
    if (db.ok()) {
        if (opened.pendingDataKey) {
            // A rotation was interrupted before the database was rekeyed: finish it now, so a
            // removed user's old key stops working. If others hold the file open, try next time.
            if (db.value()->rekey(*opened.pendingDataKey).ok()) {
                keyring.promotePendingDataKey();
                JIAHU_TRY(keyring.save(keyringPath));
                dataKeyOut = std::move(*opened.pendingDataKey);
                qCInfo(lcVault) << "finished an interrupted key rotation";
                return db;
            }
            qCWarning(lcVault) << "an interrupted key rotation could not be finished yet";
        }
        dataKeyOut = std::move(opened.dataKey);
        return db;
    }
    if (db.error().code == ErrorCode::NotADatabase && opened.pendingDataKey) {
        // The database was rekeyed but the keyring was not yet updated: complete the rotation.
        options.key = &*opened.pendingDataKey;
        auto rotated = Database::open(options);
        if (rotated.ok()) {
            keyring.promotePendingDataKey();
            JIAHU_TRY(keyring.save(keyringPath));
            dataKeyOut = std::move(*opened.pendingDataKey);
            qCInfo(lcVault) << "completed a key rotation found half-done";
            return rotated;
        }
    }
    if (db.error().code == ErrorCode::NotADatabase)
        return makeError(ErrorCode::NotADatabase,
                         tr("The database cannot be opened with the key from its keyring: the "
                            "keyring belongs to another database, or the database file is "
                            "damaged. Nothing was changed."),
                         db.error().detail, db.error().sqliteCode);
    return db.error();
}

Result<std::unique_ptr<Vault>> Vault::unlockSlot(const QString& databasePath,
                                                 const QString& userName, bool recovery,
                                                 const SecureBytes& secret, OpenFor purpose,
                                                 Clock clock)
{
    clock = orSystemClock(std::move(clock));
    if (!QFileInfo::exists(databasePath))
        return makeError(ErrorCode::NotFound, tr("There is no database at %1.").arg(databasePath));
    UnlockThrottle throttle = recovery ? UnlockThrottle::forRecoveryCode(databasePath, clock)
                                       : UnlockThrottle(databasePath, userName, clock);
    JIAHU_TRY(throttle.checkAllowed());
    auto keyring = Keyring::load(Keyring::pathFor(databasePath));
    if (!keyring.ok())
        return keyring.error();
    const KeySlot* slot = recovery ? keyring->recoverySlot() : keyring->findUser(userName);
    if (!slot) {
        throttle.recordFailure();
        return makeError(ErrorCode::WrongPassword, recovery
                                                       ? tr("This database has no recovery code.")
                                                       : tr("Wrong user name or password."));
    }
    auto opened = keyring->open(*slot, secret);
    if (!opened.ok()) {
        if (opened.error().code == ErrorCode::WrongPassword)
            throttle.recordFailure();
        return opened.error();
    }
    throttle.recordSuccess(); // the password is right, whatever the database turns out to be
    SecureBytes dataKey;
    auto db = openWithKeys(databasePath, keyring.value(), opened.value(), dataKey);
    if (!db.ok())
        return db.error();
    if (purpose == OpenFor::Session && db.value()->isMarkedDamaged())
        return damagedDatabase();
    if (purpose == OpenFor::Session) {
        JIAHU_TRY(Migrator::migrate(*db.value(), schemaMigrations()));
    } else if (purpose == OpenFor::Check) {
        auto version = db.value()->userVersion();
        if (!version.ok())
            return version.error();
        if (version.value() > Migrator::latestVersion(schemaMigrations()))
            return makeError(ErrorCode::NewerVersion,
                             tr("This database was written by a newer version of Jiahu."));
    }
    if (purpose != OpenFor::Doctor)
        JIAHU_TRY(readMetaDatabaseId(*db.value(), keyring->databaseId()));

    std::unique_ptr<Vault> vault(new Vault(std::move(db.value()), databasePath,
                                           std::move(keyring.value()), std::move(dataKey),
                                           std::move(clock)));
    if (recovery) {
        vault->m_recovery = true;
        vault->m_user.name = QStringLiteral("recovery");
        vault->m_user.displayName = tr("Recovery code");
        vault->m_user.role = Role::Administrator;
    } else if (purpose == OpenFor::Doctor) {
        // doctor reads nothing before its checks: a damaged users table is one of its findings.
        vault->m_user.name = userName;
    } else {
        // A read that fails (a damaged page) says so; only a missing row means "removed".
        auto account = UserDirectory(*vault->m_db).findByName(userName);
        if (!account.ok())
            return account.error();
        if (!account.value())
            return makeError(
                ErrorCode::PermissionDenied,
                tr("The account %1 has been removed from this database.").arg(userName));
        vault->m_user = *account.value();
    }
    qCInfo(lcVault) << "unlocked" << databasePath << (recovery ? "with recovery code" : "");
    return vault;
}

Result<std::unique_ptr<Database>> Vault::openReadConnection() const
{
    Database::Options options;
    options.path = m_path;
    options.key = &m_dataKey;
    options.readOnly = true;
    return Database::open(options);
}

Result<UserAccount> Vault::findUser(const QString& name)
{
    return UserDirectory(*m_db).byName(name);
}

Result<QList<UserAccount>> Vault::users()
{
    return UserDirectory(*m_db).all();
}

Status Vault::requireAdministrator() const
{
    if (m_user.role != Role::Administrator)
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only an administrator may manage users, keys and backups."));
    return {};
}

Status Vault::requireAuditReader() const
{
    if (m_user.role != Role::Administrator && m_user.role != Role::Supervisor)
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only administrators and supervisors may read the audit log."));
    return {};
}

Status Vault::audit(const QString& action, const QString& entity, const QString& entityId,
                    const QString& familyId, const QString& reason)
{
    return AuditLog(*m_db, m_clock)
        .append({m_user.id.isEmpty() ? QStringLiteral("recovery") : m_user.id, m_user.name, action,
                 entity, entityId, familyId, reason});
}

Result<Page<AuditEntry>> Vault::auditEntries(const AuditFilter& filter)
{
    JIAHU_TRY(requireAuditReader());
    // Reasons are case text: a reader sees those of the families whose files they may read
    // (a supervisor in their towns; an administrator only with a case role).
    ReasonVisibility visibility{"0", {}};
    if (!m_user.id.isEmpty()) {
        auto scope = CaseSession::loadScope(*m_db, m_user.id);
        if (!scope.ok())
            return scope.error();
        const AccessPolicy policy(m_user.role, scope.value());
        if (policy.readsFullFiles())
            visibility.familyCondition = policy.familyFilter(m_user.id, visibility.binds);
    }
    return AuditLog(*m_db).list(filter, visibility);
}

Result<AuditVerification> Vault::verifyAudit()
{
    JIAHU_TRY(requireAuditReader());
    return AuditLog(*m_db).verify();
}

Status Vault::requireNoPendingRotation() const
{
    if (m_keyring.hasPendingRotation())
        return makeError(ErrorCode::Busy,
                         tr("A change of the database key is unfinished because the database is "
                            "open elsewhere. Close other Jiahu windows and unlock again."));
    return {};
}

Status Vault::saveKeyring(const Keyring& keyring)
{
    JIAHU_TRY(keyring.save(Keyring::pathFor(m_path)));
    m_keyring = keyring;
    return {};
}

Status Vault::changePassword(const SecureBytes& newPassword, const KdfParams& kdf)
{
    if (m_recovery)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Signed in with the recovery code: reset a user's password instead."));
    JIAHU_TRY(requireNoPendingRotation());
    JIAHU_TRY(checkPassword(newPassword));
    Keyring next = m_keyring;
    auto slot = next.makeSlot(SlotKind::User, m_user.name, newPassword, kdf, m_dataKey, m_clock);
    if (!slot.ok())
        return slot.error();
    next.removeUser(m_user.name);
    JIAHU_TRY(next.addSlot(std::move(slot.value())));
    JIAHU_TRY(saveKeyring(next));
    qCInfo(lcVault) << "password changed";
    return audit(QStringLiteral("password.change"), QStringLiteral("user"), m_user.id);
}

Status Vault::addUser(const NewUser& user, const SecureBytes& password, const KdfParams& kdf)
{
    JIAHU_TRY(requireAdministrator());
    JIAHU_TRY(requireNoPendingRotation());
    JIAHU_TRY(checkUserName(user.name));
    JIAHU_TRY(checkDisplayName(user.displayName));
    JIAHU_TRY(checkPassword(password));
    // A failed read is that failure, not "no such user".
    auto existing = UserDirectory(*m_db).findByName(user.name);
    if (!existing.ok())
        return existing.error();
    if (m_keyring.findUser(user.name) || existing.value())
        return makeError(ErrorCode::AlreadyExists,
                         tr("A user named %1 already exists.").arg(user.name));
    Keyring next = m_keyring;
    auto slot = next.makeSlot(SlotKind::User, user.name, password, kdf, m_dataKey, m_clock);
    if (!slot.ok())
        return slot.error();
    JIAHU_TRY(next.addSlot(std::move(slot.value())));

    auto tx = Transaction::begin(*m_db);
    if (!tx.ok())
        return tx.error();
    auto st =
        m_db->prepare("INSERT INTO users(id, name, display_name, role, created_at, updated_at) "
                      "VALUES (?, ?, ?, ?, ?, ?);");
    if (!st.ok())
        return st.error();
    const qint64 now = m_clock();
    const QString newId = createUuid7(now).toString(QUuid::WithoutBraces);
    JIAHU_TRY(st->bindAll(newId, user.name,
                          user.displayName.isEmpty() ? user.name : user.displayName,
                          Roles::id(user.role), now, now)
                  .exec());
    JIAHU_TRY(audit(QStringLiteral("user.add"), QStringLiteral("user"), newId));
    // Keyring first: if the commit then fails, the slot without a user row opens nothing.
    JIAHU_TRY(saveKeyring(next));
    if (auto commit = tx->commit(); !commit.ok()) {
        Keyring back = m_keyring;
        back.removeUser(user.name);
        (void)saveKeyring(back);
        return commit.error();
    }
    qCInfo(lcVault) << "user added";
    return {};
}

Status Vault::removeUser(const QString& userName)
{
    JIAHU_TRY(requireAdministrator());
    JIAHU_TRY(requireNoPendingRotation());
    if (!m_recovery && userName == m_user.name)
        return makeError(ErrorCode::InvalidArgument,
                         tr("You cannot remove your own account. Ask another administrator."));
    auto account = findUser(userName);
    if (!account.ok())
        return account.error();
    if (account->role == Role::Administrator) {
        auto administrators = UserDirectory(*m_db).countWithRole(Role::Administrator);
        if (!administrators.ok())
            return administrators.error();
        if (administrators.value() <= 1)
            return makeError(
                ErrorCode::InvalidArgument,
                tr("%1 is the last administrator and cannot be removed.").arg(userName));
    }
    {
        auto tx = Transaction::begin(*m_db);
        if (!tx.ok())
            return tx.error();
        auto st = m_db->prepare("UPDATE users SET deleted_at = ?, updated_at = ? "
                                "WHERE name = ? AND deleted_at IS NULL;");
        if (!st.ok())
            return st.error();
        const qint64 now = m_clock();
        JIAHU_TRY(st->bindAll(now, now, userName).exec());
        JIAHU_TRY(audit(QStringLiteral("user.remove"), QStringLiteral("user"), account->id));
        JIAHU_TRY(tx->commit());
    }
    Keyring next = m_keyring;
    next.removeUser(userName);
    JIAHU_TRY(saveKeyring(next));
    qCInfo(lcVault) << "user removed; rotating the data key";
    return rotateDataKey();
}

Status Vault::rotateDataKey()
{
    JIAHU_TRY(requireAdministrator());
    SecureBytes newKey = SecureBytes::random(Database::kKeyBytes);
    Keyring next = m_keyring;
    // 1. Seal the new key to every slot beside the old one: a crash from here on loses nothing,
    //    because unlocking tries both keys and finishes the rotation.
    next.sealPendingDataKey(newKey);
    JIAHU_TRY(saveKeyring(next));
    // 2. Re-encrypt the database.
    if (auto st = m_db->rekey(newKey); !st.ok()) {
        next.dropPendingDataKey();
        (void)saveKeyring(next);
        return st;
    }
    // 3. The new key becomes the only one.
    next.promotePendingDataKey();
    m_dataKey = std::move(newKey);
    JIAHU_TRY(saveKeyring(next));
    qCInfo(lcVault) << "data key rotated";
    return audit(QStringLiteral("key.rotate"), QStringLiteral("database"),
                 databaseId().toString(QUuid::WithoutBraces));
}

Status Vault::resetPassword(const QString& userName, const SecureBytes& newPassword,
                            const KdfParams& kdf)
{
    JIAHU_TRY(requireAdministrator());
    JIAHU_TRY(requireNoPendingRotation());
    JIAHU_TRY(checkPassword(newPassword));
    auto account = findUser(userName);
    if (!account.ok())
        return account.error();
    Keyring next = m_keyring;
    auto slot = next.makeSlot(SlotKind::User, userName, newPassword, kdf, m_dataKey, m_clock);
    if (!slot.ok())
        return slot.error();
    next.removeUser(userName);
    JIAHU_TRY(next.addSlot(std::move(slot.value())));
    JIAHU_TRY(saveKeyring(next));
    qCInfo(lcVault) << "password reset by an administrator";
    return audit(QStringLiteral("password.reset"), QStringLiteral("user"), account->id);
}

Result<SecureBytes> Vault::resetRecoveryCode(const KdfParams& kdf)
{
    JIAHU_TRY(requireAdministrator());
    JIAHU_TRY(requireNoPendingRotation());
    SecureBytes code = RecoveryCode::generate();
    auto canonical = RecoveryCode::normalize(code.view());
    if (!canonical.ok())
        return canonical.error();
    Keyring next = m_keyring;
    auto slot = next.makeSlot(SlotKind::Recovery, {}, canonical.value(), kdf, m_dataKey, m_clock);
    if (!slot.ok())
        return slot.error();
    JIAHU_TRY(next.addSlot(std::move(slot.value())));
    JIAHU_TRY(saveKeyring(next));
    qCInfo(lcVault) << "recovery code replaced";
    JIAHU_TRY(audit(QStringLiteral("recovery.reset"), QStringLiteral("database"),
                    databaseId().toString(QUuid::WithoutBraces)));
    return code;
}

Status Vault::backup(const QString& destPath)
{
    JIAHU_TRY(requireAdministrator());
    const QString destKeyring = Keyring::pathFor(destPath);
    if (QFileInfo::exists(destKeyring))
        return makeError(
            ErrorCode::AlreadyExists,
            tr("%1 already exists. Choose a new file name for the backup.").arg(destKeyring));
    JIAHU_TRY(DatabaseFiles::backup(*m_db, destPath, &m_dataKey));
    if (auto st = m_keyring.save(destKeyring); !st.ok()) {
        QFile::remove(destPath); // our own fresh copy, useless without its keyring
        return st;
    }
    return audit(QStringLiteral("database.backup"), QStringLiteral("file"), destPath);
}

Status Vault::checkRestoreTarget(const QString& targetPath, const QUuid& backupId,
                                 const TargetAdministrator& targetAdmin, const Clock& clock)
{
    const QString targetKeyring = Keyring::pathFor(targetPath);
    if (!QFileInfo::exists(targetPath) && !QFileInfo::exists(targetKeyring))
        return {}; // nothing is replaced
    // A backup of this very database may replace it: its administrator was proven above.
    if (auto keyring = Keyring::load(targetKeyring);
        keyring.ok() && keyring->databaseId() == backupId)
        return {};
    // Another database's backup: only an administrator of the one it replaces may do that.
    if (targetAdmin.userName.isEmpty() || !targetAdmin.password)
        return makeError(ErrorCode::PermissionDenied,
                         tr("The backup is of a different database from the one at %1. To replace "
                            "that database, also give the name and password of one of its "
                            "administrators (jiahu-cli restore --target-user NAME). Nothing was "
                            "changed.")
                             .arg(targetPath));
    auto target = unlockSlot(targetPath, targetAdmin.userName, false, *targetAdmin.password,
                             OpenFor::Check, clock);
    if (!target.ok())
        return target.error();
    return target.value()->requireAdministrator();
}

Result<QString> Vault::restore(const QString& backupPath, const QString& targetPath,
                               const QString& userName, const SecureBytes& password,
                               const TargetAdministrator& targetAdmin, Clock clock)
{
    clock = orSystemClock(std::move(clock));
    QUuid backupId;
    {
        auto source = unlockSlot(backupPath, userName, false, password, OpenFor::Check, clock);
        if (!source.ok())
            return source.error();
        JIAHU_TRY(source.value()->requireAdministrator());
        auto problems = source.value()->database().integrityCheck();
        if (!problems.ok())
            return problems.error();
        if (!problems->isEmpty())
            return makeError(ErrorCode::Corrupt,
                             tr("The backup fails its integrity check and was not restored."),
                             problems->first());
        backupId = source.value()->databaseId();
    } // closed here, so its WAL is folded back into the file before we copy it
    JIAHU_TRY(checkRestoreTarget(targetPath, backupId, targetAdmin, clock));

    const QString stamp = QDateTime::fromMSecsSinceEpoch(clock(), QTimeZone::utc())
                              .toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString asideSuffix = QStringLiteral("before-restore-") + stamp;
    const QString part = QStringLiteral(".restoring");
    const QString targetKeyring = Keyring::pathFor(targetPath);
    JIAHU_TRY(DatabaseFiles::copyFile(backupPath, targetPath + part));
    JIAHU_TRY(DatabaseFiles::copyFile(Keyring::pathFor(backupPath), targetKeyring + part));
    auto aside = DatabaseFiles::moveAside(targetPath, asideSuffix);
    if (!aside.ok())
        return aside.error();
    // The kept database keeps its keyring beside it, under the name that opens it; a keyring
    // without its database is kept too.
    const QString keptKeyring = aside->isEmpty() ? Keyring::pathFor(targetPath + u'.' + asideSuffix)
                                                 : Keyring::pathFor(aside.value());
    if (QFile::exists(targetKeyring) && !QFile::rename(targetKeyring, keptKeyring))
        return makeError(ErrorCode::Io,
                         tr("The restored files could not be put in place at %1.").arg(targetPath));
    if (!QFile::rename(targetPath + part, targetPath) ||
        !QFile::rename(targetKeyring + part, targetKeyring))
        return makeError(ErrorCode::Io,
                         tr("The restored files could not be put in place at %1.").arg(targetPath));
    // The damage marker went aside with the database it describes; one left without a database
    // described nothing that is still here.
    JIAHU_TRY(Database::clearDamageMarker(targetPath));
    qCInfo(lcVault) << "restored" << targetPath;
    // The restored database records its own restore (and proves it opens where it now lies).
    auto restored = unlockSlot(targetPath, userName, false, password, OpenFor::Session, clock);
    if (!restored.ok())
        return restored.error();
    JIAHU_TRY(restored.value()->audit(QStringLiteral("database.restore"), QStringLiteral("file"),
                                      backupPath));
    return aside.value();
}

Result<HealthReport> Vault::diagnose(const QString& databasePath, const QString& userName,
                                     const SecureBytes& secret, bool recoveryCode, Clock clock)
{
    std::optional<SecureBytes> canonical;
    if (recoveryCode) {
        auto normalized = RecoveryCode::normalize(secret.view());
        if (!normalized.ok())
            return normalized.error();
        canonical = std::move(normalized.value());
    }
    auto vault = unlockSlot(databasePath, userName, recoveryCode, canonical ? *canonical : secret,
                            OpenFor::Doctor, std::move(clock));
    if (vault.ok()) {
        Vault& v = *vault.value();
        HealthReport report = v.checkHealth();
        if (!report.healthy())
            return report; // nothing is written to a database with problems
        // A sound database records who checked it, as it records every sign-in.
        if (!v.m_recovery) {
            auto account = UserDirectory(*v.m_db).byName(userName);
            if (!account.ok()) {
                report.problem(account.error().toString());
                return report;
            }
            v.m_user = account.value();
        }
        if (auto st = v.audit(QStringLiteral("database.doctor"), QStringLiteral("database"),
                              v.databaseId().toString(QUuid::WithoutBraces));
            !st.ok())
            report.problem(st.error().toString());
        return report;
    }
    switch (vault.error().code) {
    case ErrorCode::WrongPassword:
    case ErrorCode::Throttled:
    case ErrorCode::PermissionDenied:
    case ErrorCode::InvalidArgument:
        return vault.error();
    default:
        break;
    }
    // The database (or its keyring) could not be opened: that is doctor's finding.
    HealthReport report = inspectFiles(databasePath);
    report.problem(vault.error().toString());
    return report;
}

void Vault::inspectFileFindings(const QString& databasePath, HealthReport& report)
{
    QFile file(databasePath);
    if (!file.open(QIODevice::ReadOnly)) {
        report.problem(tr("The database file %1 cannot be read.").arg(databasePath));
        return;
    }
    const QByteArray head = file.read(16);
    if (head.startsWith("SQLite format 3")) {
        report.problem(tr("The database file is NOT encrypted."));
    } else if (file.size() == 0) {
        report.problem(tr("The database file is empty (0 bytes): it was cut short when it was "
                          "written or copied. Restore the latest backup with \"jiahu-cli "
                          "restore\"."));
    } else if (file.size() % Database::kPageSize != 0) {
        report.problem(tr("The database file's size (%1 bytes) is not a whole number of pages: "
                          "it may be truncated.")
                           .arg(file.size()));
    } else {
        report.ok(tr("The database file is encrypted (%1 pages).")
                      .arg(file.size() / Database::kPageSize));
    }
    const QString keyringPath = Keyring::pathFor(databasePath);
    auto keyring = Keyring::load(keyringPath);
    if (!keyring.ok()) {
        report.problem(keyring.error().toString());
        return;
    }
    int users = 0;
    for (const KeySlot& slot : keyring->entries()) {
        if (slot.checksum != slot.computeChecksum(keyring->databaseId()))
            report.problem(tr("The keyring entry for %1 is damaged.")
                               .arg(slot.kind == SlotKind::Recovery ? tr("the recovery code")
                                                                    : slot.userName));
        if (slot.kind == SlotKind::User)
            ++users;
    }
    report.ok(tr("The keyring has %n user(s).", nullptr, users));
    if (keyring->recoverySlot())
        report.ok(tr("A recovery code is set."));
    else
        report.problem(tr("No recovery code is set. An administrator should create one."));
    if (keyring->hasPendingRotation())
        report.problem(tr("A change of the database key is unfinished; unlocking will finish it."));
    const auto perms = QFile::permissions(keyringPath);
    if (perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                 QFileDevice::WriteOther))
        report.problem(tr("The keyring can be read by other users of this computer."));
}

HealthReport Vault::inspectFiles(const QString& databasePath)
{
    HealthReport report;
    inspectFileFindings(databasePath, report);
    if (Database::isMarkedDamaged(databasePath))
        report.problem(tr("The database was found damaged and takes no changes. Restore the "
                          "latest backup with \"jiahu-cli restore\", or run \"jiahu-cli doctor "
                          "--user NAME\" to check it again."));
    return report;
}

void Vault::checkDerivedData(HealthReport& report)
{
    // The cached code, due date, last activity, referral status and search documents of every
    // family must be what a fresh computation from its records gives.
    auto mismatches = FamilyProjection::verifyAll(*m_db);
    if (!mismatches.ok()) {
        report.problem(mismatches.error().toString());
        return;
    }
    if (mismatches->isEmpty()) {
        report.ok(tr("Every family file's derived data (code, due date, activity, search) agrees "
                     "with its records."));
        return;
    }
    QStringList files;
    for (const FamilyProjection::Mismatch& m : mismatches.value()) {
        if (files.size() == 20) {
            files << QStringLiteral("…");
            break;
        }
        files << m.fileNo + QStringLiteral(" (") + m.what.join(u',') + u')';
    }
    report.problem(tr("%n family file(s) have derived data that disagrees with their records: %1. "
                      "Run \"jiahu-cli doctor --refresh-derived\" as an administrator to compute "
                      "it again.",
                      nullptr, int(mismatches->size()))
                       .arg(files.join(QStringLiteral("; "))));
}

Status Vault::refreshDerivedData()
{
    JIAHU_TRY(requireAdministrator());
    auto tx = Transaction::begin(*m_db);
    if (!tx.ok())
        return tx.error();
    JIAHU_TRY(FamilyProjection::refreshAll(*m_db));
    JIAHU_TRY(audit(QStringLiteral("database.refresh_derived"), QStringLiteral("database"),
                    databaseId().toString(QUuid::WithoutBraces)));
    return tx->commit();
}

HealthReport Vault::checkHealth()
{
    HealthReport report;
    inspectFileFindings(m_path, report);
    const bool wasMarked = m_db->isMarkedDamaged();
    auto problems = m_db->integrityCheck(); // problems mark the database damaged
    const bool sound = problems.ok() && problems->isEmpty();
    if (!problems.ok())
        report.problem(problems.error().toString());
    else if (!problems->isEmpty())
        report.problem(tr("The database fails its integrity check: %1").arg(problems->first()));
    else
        report.ok(tr("The database passes its integrity check."));
    if (sound && wasMarked) {
        if (auto cleared = Database::clearDamageMarker(m_path); cleared.ok())
            report.ok(tr("The database was recorded as damaged; as it passes its integrity check "
                         "now, it takes changes again."));
        else
            report.problem(cleared.error().toString());
    } else if (!sound && m_db->isMarkedDamaged()) {
        report.problem(tr("The database takes no changes until it passes its integrity check. "
                          "Restore the latest backup with \"jiahu-cli restore\"."));
    }
    const int latest = Migrator::latestVersion(schemaMigrations());
    if (auto version = m_db->userVersion(); !version.ok())
        report.problem(version.error().toString());
    else if (version.value() == latest)
        report.ok(tr("The schema is up to date (version %1).").arg(version.value()));
    else
        report.problem(tr("The schema is at version %1; this Jiahu expects %2.")
                           .arg(version.value())
                           .arg(latest));
    if (auto id = readMetaDatabaseId(*m_db, databaseId()); !id.ok())
        report.problem(id.error().toString());
    if (auto chain = AuditLog(*m_db).verify(); !chain.ok())
        report.problem(chain.error().toString());
    else if (!chain->intact)
        report.problem(chain->problem);
    else
        report.ok(tr("The audit log is intact (%n entries).", nullptr, int(chain->entries)));
    checkDerivedData(report);
    auto list = users();
    if (!list.ok()) {
        report.problem(list.error().toString());
        return report;
    }
    for (const UserAccount& u : list.value())
        if (!m_keyring.findUser(u.name))
            report.problem(
                tr("User %1 has no entry in the keyring and cannot sign in.").arg(u.name));
    for (const KeySlot& s : m_keyring.entries()) {
        if (s.kind != SlotKind::User)
            continue;
        const bool known = std::any_of(list->begin(), list->end(),
                                       [&](const UserAccount& u) { return u.name == s.userName; });
        if (!known)
            report.problem(
                tr("The keyring has an entry for %1, who is not a user of this database.")
                    .arg(s.userName));
    }
    return report;
}

} // namespace jiahu
