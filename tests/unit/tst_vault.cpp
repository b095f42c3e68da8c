// Key and user flows: create, unlock, passwords, users, rotation, recovery, backup and restore.
#include "TestSupport.h"

#include "crypto/Keyring.h"
#include "crypto/RecoveryCode.h"
#include "services/UnlockThrottle.h"
#include "services/Vault.h"

#include <QtTest>

using namespace jiahu;

namespace {
const char* kAdminPassword = "admin-password-1";
const char* kWorkerPassword = "worker-password-2";
} // namespace

class TestVault : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture {
        QString path;
        QString recoveryCode;
    };

    Fixture createDatabase()
    {
        Fixture f;
        f.path = m_dir.filePath(QStringLiteral("db%1.jiahu").arg(++m_counter));
        auto created = Vault::create(
            {f.path, QStringLiteral("admin"), QStringLiteral("王管理"), test::fastKdf()},
            test::secret(kAdminPassword));
        if (!created.ok()) {
            qWarning() << created.error().toString();
            return {};
        }
        f.recoveryCode = QString::fromLatin1(created->recoveryCode.view());
        auto st = created->vault->addUser(
            {QStringLiteral("worker"), QStringLiteral("李社工"), Role::Caseworker},
            test::secret(kWorkerPassword), test::fastKdf());
        if (!st.ok())
            qWarning() << st.error().toString();
        return f;
    }

    static std::unique_ptr<Vault> unlock(const QString& path, const char* user,
                                         const char* password)
    {
        auto v = Vault::unlock(path, QString::fromLatin1(user), test::secret(password));
        if (!v.ok()) {
            qWarning() << v.error().toString();
            return nullptr;
        }
        return std::move(v.value());
    }

    static bool keyOpens(const QString& path, const SecureBytes& key)
    {
        Database::Options o;
        o.path = path;
        o.key = &key;
        return Database::open(o).ok();
    }

    /// The data key a user's slot yields, as a removed user could still compute it from an old
    /// keyring.
    static SecureBytes dataKeyFrom(const Keyring& keyring, const char* user, const char* password)
    {
        auto opened =
            keyring.open(*keyring.findUser(QString::fromLatin1(user)), test::secret(password));
        return opened.ok() ? std::move(opened->dataKey) : SecureBytes();
    }

private Q_SLOTS:
    void createThenUnlock()
    {
        const Fixture f = createDatabase();
        QVERIFY(!f.path.isEmpty());
        QVERIFY(RecoveryCode::normalize(f.recoveryCode.toLatin1()).ok());
        auto vault = unlock(f.path, "admin", kAdminPassword);
        QVERIFY(vault);
        QCOMPARE(vault->user().role, Role::Administrator);
        QCOMPARE(vault->user().displayName, QStringLiteral("王管理"));
        auto users = vault->users();
        QVERIFY(users.ok());
        QCOMPARE(users->size(), 2);
        QVERIFY(vault->checkHealth().healthy());
    }

    void createRefusesExistingFileAndWeakPassword()
    {
        const Fixture f = createDatabase();
        auto again = Vault::create({f.path, QStringLiteral("admin"), {}, test::fastKdf()},
                                   test::secret(kAdminPassword));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        auto weak = Vault::create({m_dir.filePath(QStringLiteral("weak.jiahu")),
                                   QStringLiteral("admin"),
                                   {},
                                   test::fastKdf()},
                                  test::secret("short"));
        QVERIFY(!weak.ok());
        QCOMPARE(weak.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("weak.jiahu"))));
    }

    void wrongPasswordAndUnknownUserLookTheSame()
    {
        const Fixture f = createDatabase();
        auto wrong =
            Vault::unlock(f.path, QStringLiteral("admin"), test::secret("not-the-password"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        QFile::remove(UnlockThrottle::statePathFor(f.path));
        auto unknown =
            Vault::unlock(f.path, QStringLiteral("nobody"), test::secret(kAdminPassword));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::WrongPassword);
        QCOMPARE(unknown.error().message, wrong.error().message);
        QFile::remove(UnlockThrottle::statePathFor(f.path));
    }

    void failedUnlocksAreThrottled()
    {
        const Fixture f = createDatabase();
        auto first =
            Vault::unlock(f.path, QStringLiteral("admin"), test::secret("wrong-password-x"));
        QCOMPARE(first.error().code, ErrorCode::WrongPassword);
        // Straight after a failure even the right password must wait.
        auto second = Vault::unlock(f.path, QStringLiteral("admin"), test::secret(kAdminPassword));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::Throttled);
        QVERIFY(UnlockThrottle(f.path, QStringLiteral("admin")).remainingMs() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(UnlockThrottle(f.path, QStringLiteral("admin")).remainingMs(), 0,
                                  3000);
        auto third = Vault::unlock(f.path, QStringLiteral("admin"), test::secret(kAdminPassword));
        QVERIFY(third.ok());
        QVERIFY(!QFile::exists(UnlockThrottle::statePathFor(f.path))); // success clears the count
    }

    void changePassword()
    {
        const Fixture f = createDatabase();
        {
            auto vault = unlock(f.path, "worker", kWorkerPassword);
            QVERIFY(vault);
            QVERIFY(!vault->changePassword(test::secret("short")).ok());
            QVERIFY(vault->changePassword(test::secret("a-new-password-3"), test::fastKdf()).ok());
        }
        QVERIFY(
            !Vault::unlock(f.path, QStringLiteral("worker"), test::secret(kWorkerPassword)).ok());
        QFile::remove(UnlockThrottle::statePathFor(f.path));
        QVERIFY(unlock(f.path, "worker", "a-new-password-3"));
        QVERIFY(unlock(f.path, "admin", kAdminPassword)); // others unaffected
    }

    void onlyAdministratorsManageUsersAndKeys()
    {
        const Fixture f = createDatabase();
        auto worker = unlock(f.path, "worker", kWorkerPassword);
        QVERIFY(worker);
        const auto denied = [](const Status& st) {
            return !st.ok() && st.error().code == ErrorCode::PermissionDenied;
        };
        QVERIFY(denied(worker->addUser({QStringLiteral("x"), {}, Role::Caseworker},
                                       test::secret(kWorkerPassword), test::fastKdf())));
        QVERIFY(denied(worker->removeUser(QStringLiteral("admin"))));
        QVERIFY(denied(worker->rotateDataKey()));
        QVERIFY(denied(worker->resetPassword(QStringLiteral("admin"), test::secret(kWorkerPassword),
                                             test::fastKdf())));
        QVERIFY(denied(worker->backup(m_dir.filePath(QStringLiteral("stolen.jiahu")))));
        auto code = worker->resetRecoveryCode(test::fastKdf());
        QVERIFY(!code.ok());
        QCOMPARE(code.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("stolen.jiahu"))));
    }

    void addUserValidates()
    {
        const Fixture f = createDatabase();
        auto admin = unlock(f.path, "admin", kAdminPassword);
        QVERIFY(admin);
        auto dup = admin->addUser({QStringLiteral("worker"), {}, Role::Caseworker},
                                  test::secret(kWorkerPassword), test::fastKdf());
        QCOMPARE(dup.error().code, ErrorCode::AlreadyExists);
        auto spaced = admin->addUser({QStringLiteral("two words"), {}, Role::Caseworker},
                                     test::secret(kWorkerPassword), test::fastKdf());
        QCOMPARE(spaced.error().code, ErrorCode::InvalidArgument);
        QVERIFY(admin
                    ->addUser({QStringLiteral("张老师"), {}, Role::Counselor},
                              test::secret(kWorkerPassword), test::fastKdf())
                    .ok());
        auto teacher =
            Vault::unlock(f.path, QStringLiteral("张老师"), test::secret(kWorkerPassword));
        QVERIFY(teacher.ok());
        QCOMPARE(teacher.value()->user().role, Role::Counselor);
    }

    void removingAUserRotatesTheDataKey()
    {
        const Fixture f = createDatabase();
        const QString keyringPath = Keyring::pathFor(f.path);
        auto oldKeyring = Keyring::load(keyringPath);
        QVERIFY(oldKeyring.ok());
        const SecureBytes oldKey = dataKeyFrom(oldKeyring.value(), "worker", kWorkerPassword);
        QVERIFY(!oldKey.isEmpty());
        QVERIFY(keyOpens(f.path, oldKey));
        {
            auto admin = unlock(f.path, "admin", kAdminPassword);
            QVERIFY(admin);
            QVERIFY(admin->database()
                        .exec("CREATE TABLE kept(x); INSERT INTO kept VALUES ('家访');")
                        .ok());
            QVERIFY(!admin->removeUser(QStringLiteral("admin")).ok()); // not yourself
            QVERIFY(admin->removeUser(QStringLiteral("worker")).ok());
            QVERIFY(!admin->keyring().hasPendingRotation());
        }
        // The removed user's old key no longer opens the database...
        QVERIFY(!keyOpens(f.path, oldKey));
        // ...their slot is gone, and everyone else still gets in and finds the data.
        QVERIFY(
            !Vault::unlock(f.path, QStringLiteral("worker"), test::secret(kWorkerPassword)).ok());
        QFile::remove(UnlockThrottle::statePathFor(f.path));
        auto admin = unlock(f.path, "admin", kAdminPassword);
        QVERIFY(admin);
        QCOMPARE(admin->database().queryText("SELECT x FROM kept;").value(),
                 QStringLiteral("家访"));
        QVERIFY(admin->checkHealth().healthy());
        admin.reset();
        auto recovered =
            Vault::unlockWithRecoveryCode(f.path, test::secret(qPrintable(f.recoveryCode)));
        QVERIFY(recovered.ok()); // the recovery slot got the new key too
    }

    void lastAdministratorCannotBeRemoved()
    {
        const Fixture f = createDatabase();
        auto recovered =
            Vault::unlockWithRecoveryCode(f.path, test::secret(qPrintable(f.recoveryCode)));
        QVERIFY(recovered.ok());
        auto st = recovered.value()->removeUser(QStringLiteral("admin"));
        QVERIFY(!st.ok());
        QVERIFY(st.error().message.contains(QStringLiteral("last administrator")));
    }

    void recoveryCodeResetsAForgottenPassword()
    {
        const Fixture f = createDatabase();
        // Typed sloppily: lower case, spaces instead of dashes.
        QString typed = f.recoveryCode.toLower();
        typed.replace(u'-', u' ');
        {
            auto recovered = Vault::unlockWithRecoveryCode(f.path, test::secret(qPrintable(typed)));
            QVERIFY2(recovered.ok(),
                     qPrintable(recovered.ok() ? QString() : recovered.error().toString()));
            QVERIFY(recovered.value()->isRecoverySession());
            QVERIFY(!recovered.value()->changePassword(test::secret("whatever-123")).ok());
            QVERIFY(recovered.value()
                        ->resetPassword(QStringLiteral("admin"), test::secret("brand-new-admin-pw"),
                                        test::fastKdf())
                        .ok());
        }
        QVERIFY(!Vault::unlock(f.path, QStringLiteral("admin"), test::secret(kAdminPassword)).ok());
        QFile::remove(UnlockThrottle::statePathFor(f.path));
        QVERIFY(unlock(f.path, "admin", "brand-new-admin-pw"));

        QString typo = f.recoveryCode;
        typo[0] = typo[0] == u'A' ? u'B' : u'A';
        auto bad = Vault::unlockWithRecoveryCode(f.path, test::secret(qPrintable(typo)));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument); // the check character catches it
    }

    void recoveryCodeCanBeReplaced()
    {
        const Fixture f = createDatabase();
        QString newCode;
        {
            auto admin = unlock(f.path, "admin", kAdminPassword);
            auto code = admin->resetRecoveryCode(test::fastKdf());
            QVERIFY(code.ok());
            newCode = QString::fromLatin1(code->view());
        }
        QVERIFY(newCode != f.recoveryCode);
        auto old = Vault::unlockWithRecoveryCode(f.path, test::secret(qPrintable(f.recoveryCode)));
        QCOMPARE(old.error().code, ErrorCode::WrongPassword);
        QFile::remove(UnlockThrottle::statePathFor(f.path));
        QVERIFY(Vault::unlockWithRecoveryCode(f.path, test::secret(qPrintable(newCode))).ok());
    }

    void interruptedRotationIsCompletedOnUnlock()
    {
        // Crash after the database was rekeyed but before the keyring was updated.
        const Fixture f = createDatabase();
        const QString keyringPath = Keyring::pathFor(f.path);
        auto keyring = Keyring::load(keyringPath);
        const SecureBytes oldKey = dataKeyFrom(keyring.value(), "admin", kAdminPassword);
        const SecureBytes newKey = test::fixedKey(0x99);
        keyring->sealPendingDataKey(newKey);
        QVERIFY(keyring->save(keyringPath).ok());
        {
            auto db = test::openDatabase(f.path, &oldKey, false);
            QVERIFY(db);
            QVERIFY(db->rekey(newKey).ok());
        }
        QVERIFY(!keyOpens(f.path, oldKey));
        auto admin = unlock(f.path, "admin", kAdminPassword);
        QVERIFY(admin);
        QVERIFY(!admin->keyring().hasPendingRotation());
        auto reloaded = Keyring::load(keyringPath);
        QVERIFY(!reloaded->hasPendingRotation());
        QVERIFY(unlock(f.path, "worker", kWorkerPassword));
    }

    void rotationThatNeverReachedTheDatabaseIsFinished()
    {
        // Crash after the keyring got the pending key but before the database was rekeyed.
        const Fixture f = createDatabase();
        const QString keyringPath = Keyring::pathFor(f.path);
        auto keyring = Keyring::load(keyringPath);
        const SecureBytes oldKey = dataKeyFrom(keyring.value(), "admin", kAdminPassword);
        keyring->sealPendingDataKey(test::fixedKey(0x55));
        QVERIFY(keyring->save(keyringPath).ok());
        QVERIFY(!Vault::inspectFiles(f.path).healthy()); // doctor reports the unfinished rotation
        auto admin = unlock(f.path, "admin", kAdminPassword);
        QVERIFY(admin);
        admin.reset();
        QVERIFY(!keyOpens(f.path, oldKey)); // finished: the old key is gone
        const SecureBytes expected = test::fixedKey(0x55);
        QVERIFY(keyOpens(f.path, expected));
        QVERIFY(unlock(f.path, "worker", kWorkerPassword));
    }

    void keyringOfAnotherDatabaseIsRefused()
    {
        const Fixture a = createDatabase();
        const Fixture b = createDatabase();
        QVERIFY(QFile::remove(Keyring::pathFor(a.path)));
        QVERIFY(QFile::copy(Keyring::pathFor(b.path), Keyring::pathFor(a.path)));
        const QByteArray before = test::readAll(a.path);
        auto v = Vault::unlock(a.path, QStringLiteral("admin"), test::secret(kAdminPassword));
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, ErrorCode::NotADatabase);
        QCOMPARE(test::readAll(a.path), before);
    }

    void backupAndRestore()
    {
        const Fixture f = createDatabase();
        const QString backupPath = m_dir.filePath(QStringLiteral("backup%1.jiahu").arg(m_counter));
        {
            auto admin = unlock(f.path, "admin", kAdminPassword);
            QVERIFY(admin->database()
                        .exec("CREATE TABLE notes(x); INSERT INTO notes VALUES ('备份前');")
                        .ok());
            QVERIFY(admin->backup(backupPath).ok());
            QVERIFY(QFile::exists(Keyring::pathFor(backupPath)));
            QCOMPARE(admin->backup(backupPath).error().code, ErrorCode::AlreadyExists);
            QVERIFY(admin->database().exec("INSERT INTO notes VALUES ('备份后');").ok());
        }
        // The backup is a standalone database with its own keyring.
        {
            auto copy = unlock(backupPath, "worker", kWorkerPassword);
            QVERIFY(copy);
            QCOMPARE(copy->database().queryText("SELECT group_concat(x) FROM notes;").value(),
                     QStringLiteral("备份前"));
        }
        // A wrong password restores nothing.
        auto denied = Vault::restore(backupPath, f.path, QStringLiteral("admin"),
                                     test::secret("wrong-password-9"));
        QVERIFY(!denied.ok());
        QFile::remove(UnlockThrottle::statePathFor(backupPath));
        // A caseworker may not restore.
        auto notAdmin = Vault::restore(backupPath, f.path, QStringLiteral("worker"),
                                       test::secret(kWorkerPassword));
        QCOMPARE(notAdmin.error().code, ErrorCode::PermissionDenied);

        auto aside = Vault::restore(backupPath, f.path, QStringLiteral("admin"),
                                    test::secret(kAdminPassword));
        QVERIFY2(aside.ok(), qPrintable(aside.ok() ? QString() : aside.error().toString()));
        QVERIFY(QFile::exists(aside.value()));
        auto restored = unlock(f.path, "admin", kAdminPassword);
        QCOMPARE(restored->database().queryText("SELECT group_concat(x) FROM notes;").value(),
                 QStringLiteral("备份前"));
        // The replaced database was kept and still opens with its own keyring.
        auto previous = unlock(aside.value(), "admin", kAdminPassword);
        QVERIFY(previous);
        QCOMPARE(previous->database().queryText("SELECT group_concat(x) FROM notes;").value(),
                 QStringLiteral("备份前,备份后"));
    }

    void restoreRefusesADamagedBackup()
    {
        const Fixture f = createDatabase();
        const QString backupPath = m_dir.filePath(QStringLiteral("damaged%1.jiahu").arg(m_counter));
        {
            auto admin = unlock(f.path, "admin", kAdminPassword);
            QVERIFY(admin->backup(backupPath).ok());
        }
        QByteArray bytes = test::readAll(backupPath);
        bytes.truncate(bytes.size() / 2 + 7);
        QVERIFY(test::writeAll(backupPath, bytes));
        const QByteArray current = test::readAll(f.path);
        auto result = Vault::restore(backupPath, f.path, QStringLiteral("admin"),
                                     test::secret(kAdminPassword));
        QVERIFY(!result.ok());
        QCOMPARE(test::readAll(f.path), current);
        QVERIFY(unlock(f.path, "admin", kAdminPassword));
    }

    void databaseFromANewerVersionIsRefused()
    {
        const Fixture f = createDatabase();
        {
            auto admin = unlock(f.path, "admin", kAdminPassword);
            QVERIFY(admin->database().setUserVersion(99).ok());
        }
        const QByteArray before = test::readAll(f.path);
        auto v = Vault::unlock(f.path, QStringLiteral("admin"), test::secret(kAdminPassword));
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, ErrorCode::NewerVersion);
        QCOMPARE(test::readAll(f.path), before);
    }

    void vaultEventsUseTheInjectedClock()
    {
        qint64 now = 1731234567890; // 2024-11-10 10:29:27.890 UTC
        const Clock clock = [&now] { return now; };
        const QString path = m_dir.filePath(QStringLiteral("clock%1.jiahu").arg(++m_counter));
        auto created = Vault::create({path, QStringLiteral("admin"), {}, test::fastKdf()},
                                     test::secret(kAdminPassword), clock);
        QVERIFY(created.ok());
        Vault& admin = *created->vault;
        QCOMPARE(admin.user().createdAt, now);
        now += 1000;
        QVERIFY(admin
                    .addUser({QStringLiteral("worker"), {}, Role::Caseworker},
                             test::secret(kWorkerPassword), test::fastKdf())
                    .ok());
        now += 1000;
        QVERIFY(admin.removeUser(QStringLiteral("worker")).ok());
        Database& db = admin.database();
        QCOMPARE(db.queryText("SELECT value FROM meta WHERE key = 'created_at';").value(),
                 QStringLiteral("1731234567890"));
        QCOMPARE(db.queryText("SELECT group_concat(created_at || '/' || updated_at || '/' || "
                              "coalesce(deleted_at, '-'), ' ') FROM users ORDER BY created_at;")
                     .value(),
                 QStringLiteral("1731234567890/1731234567890/- "
                                "1731234568890/1731234569890/1731234569890"));
        // Every audit entry, and the time inside each entry's UUIDv7 id.
        auto entries = admin.auditEntries({});
        QVERIFY(entries.ok());
        QList<qint64> times;
        for (const AuditEntry& e : entries->rows) {
            times << e.at;
            const QByteArray hex = e.id.toLatin1().replace('-', "").left(12);
            QCOMPARE(hex.toLongLong(nullptr, 16), e.at);
        }
        QCOMPARE(times,
                 (QList<qint64>{1731234567890, 1731234568890, 1731234569890, 1731234569890}));
        for (const KeySlot& slot : admin.keyring().entries())
            QVERIFY(slot.createdAt == 1731234567890 || slot.createdAt == 1731234568890 ||
                    slot.createdAt == 1731234569890);
        const QString backupPath = path + QStringLiteral(".bak");
        QVERIFY(admin.backup(backupPath).ok());
        created->vault.reset();

        now = 1731300000000; // 2024-11-11 04:40:00 UTC
        auto again =
            Vault::unlock(path, QStringLiteral("admin"), test::secret(kAdminPassword), clock);
        QVERIFY(again.ok());
        auto signIn = again.value()->auditEntries({});
        QCOMPARE(signIn->rows.last().record.action, QStringLiteral("session.unlock"));
        QCOMPARE(signIn->rows.last().at, now);
        again.value().reset();

        now = 1731400000000; // 2024-11-12 08:26:40 UTC
        auto aside = Vault::restore(backupPath, path, QStringLiteral("admin"),
                                    test::secret(kAdminPassword), {}, clock);
        QVERIFY2(aside.ok(), qPrintable(test::errorOf(aside).toString()));
        QCOMPARE(aside.value(), path + QStringLiteral(".before-restore-20241112-082640"));
        auto restored =
            Vault::unlock(path, QStringLiteral("admin"), test::secret(kAdminPassword), clock);
        QVERIFY(restored.ok());
        auto last = restored.value()->auditEntries({});
        const auto& rows = last->rows;
        QCOMPARE(rows.at(rows.size() - 2).record.action, QStringLiteral("database.restore"));
        QCOMPARE(rows.at(rows.size() - 2).at, now);
    }

    void restoringAnotherDatabaseNeedsTheTargetsAdministrator()
    {
        const Fixture target = createDatabase();
        const Fixture other = createDatabase(); // same user names and passwords, another id
        const QString otherBackup = m_dir.filePath(QStringLiteral("other%1.bak").arg(m_counter));
        {
            auto admin = unlock(other.path, "admin", kAdminPassword);
            QVERIFY(admin && admin->backup(otherBackup).ok());
        }
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        const QByteArray dbBefore = test::readAll(target.path);
        const QByteArray keyringBefore = test::readAll(Keyring::pathFor(target.path));
        const auto unchanged = [&] {
            return test::readAll(target.path) == dbBefore &&
                   test::readAll(Keyring::pathFor(target.path)) == keyringBefore &&
                   QDir(m_dir.path()).entryList(QDir::Files) == filesBefore;
        };

        // The backup's administrator alone may not replace another database.
        auto refused = Vault::restore(otherBackup, target.path, QStringLiteral("admin"),
                                      test::secret(kAdminPassword));
        QCOMPARE(test::errorOf(refused).code, ErrorCode::PermissionDenied);
        QVERIFY(refused.error().message.contains(QStringLiteral("--target-user")));
        QVERIFY(unchanged());
        // A wrong password for the target's administrator.
        const SecureBytes wrong = test::secret("wrong-password-7");
        auto wrongPassword =
            Vault::restore(otherBackup, target.path, QStringLiteral("admin"),
                           test::secret(kAdminPassword), {QStringLiteral("admin"), &wrong});
        QCOMPARE(test::errorOf(wrongPassword).code, ErrorCode::WrongPassword);
        QFile::remove(UnlockThrottle::statePathFor(target.path));
        QVERIFY(unchanged());
        // A user of the target who is no administrator.
        const SecureBytes workerPassword = test::secret(kWorkerPassword);
        auto notAdmin = Vault::restore(otherBackup, target.path, QStringLiteral("admin"),
                                       test::secret(kAdminPassword),
                                       {QStringLiteral("worker"), &workerPassword});
        QCOMPARE(test::errorOf(notAdmin).code, ErrorCode::PermissionDenied);
        QVERIFY(unchanged());

        // With the target's administrator it goes ahead.
        const SecureBytes adminPassword = test::secret(kAdminPassword);
        auto done =
            Vault::restore(otherBackup, target.path, QStringLiteral("admin"),
                           test::secret(kAdminPassword), {QStringLiteral("admin"), &adminPassword});
        QVERIFY2(done.ok(), qPrintable(test::errorOf(done).toString()));
        QCOMPARE(test::readAll(done.value()), dbBefore);
        auto restored = unlock(target.path, "admin", kAdminPassword);
        QVERIFY(restored);
        QCOMPARE(restored->databaseId(),
                 Keyring::load(Keyring::pathFor(otherBackup))->databaseId());
    }

    void restoringToANewPlaceNeedsNoTargetCredentials()
    {
        const Fixture f = createDatabase();
        const QString backupPath = m_dir.filePath(QStringLiteral("fresh%1.bak").arg(m_counter));
        {
            auto admin = unlock(f.path, "admin", kAdminPassword);
            QVERIFY(admin && admin->backup(backupPath).ok());
        }
        const QString newPath = m_dir.filePath(QStringLiteral("new-place%1.jiahu").arg(m_counter));
        auto aside = Vault::restore(backupPath, newPath, QStringLiteral("admin"),
                                    test::secret(kAdminPassword));
        QVERIFY2(aside.ok(), qPrintable(test::errorOf(aside).toString()));
        QVERIFY(aside->isEmpty());
        QVERIFY(unlock(newPath, "worker", kWorkerPassword));
    }

    void failedUnlocksDelayOnlyThatUser()
    {
        const Fixture f = createDatabase();
        qint64 now = 1767225600000; // the clock stands still unless the test moves it
        const Clock clock = [&now] { return now; };
        const auto signIn = [&](const char* user, const char* password) {
            return Vault::unlock(f.path, QString::fromLatin1(user), test::secret(password), clock);
        };
        QCOMPARE(test::errorOf(signIn("admin", "typo-password")).code, ErrorCode::WrongPassword);
        // The admin waits ...
        QCOMPARE(test::errorOf(signIn("admin", kAdminPassword)).code, ErrorCode::Throttled);
        // ... the caseworker does not, nor does the recovery code.
        QVERIFY(signIn("worker", kWorkerPassword).ok());
        QCOMPARE(UnlockThrottle(f.path, QStringLiteral("worker"), clock).remainingMs(), 0);
        auto recovery =
            Vault::unlockWithRecoveryCode(f.path, test::secret(qPrintable(f.recoveryCode)), clock);
        QVERIFY2(recovery.ok(), qPrintable(test::errorOf(recovery).toString()));
        recovery.value().reset();
        // The caseworker's and the recovery code's successes clear nothing of the admin's.
        QCOMPARE(UnlockThrottle(f.path, QStringLiteral("admin"), clock).remainingMs(), 1000);
        QCOMPARE(test::errorOf(signIn("admin", kAdminPassword)).code, ErrorCode::Throttled);

        // Recovery-code attempts count under their own key.
        const SecureBytes otherCode = RecoveryCode::generate(); // well-formed, not this one's
        const QString typoCode = QString::fromLatin1(otherCode.view());
        auto badCode = Vault::unlockWithRecoveryCode(f.path, otherCode, clock);
        QCOMPARE(test::errorOf(badCode).code, ErrorCode::WrongPassword);
        QCOMPARE(UnlockThrottle::forRecoveryCode(f.path, clock).remainingMs(), 1000);
        QCOMPARE(test::errorOf(Vault::unlockWithRecoveryCode(
                                   f.path, test::secret(qPrintable(f.recoveryCode)), clock))
                     .code,
                 ErrorCode::Throttled);
        QVERIFY(signIn("worker", kWorkerPassword).ok());
        // No secret is kept in the state file, and only its owner may read it.
        const QByteArray state = test::readAll(UnlockThrottle::statePathFor(f.path));
        QVERIFY(state.contains("admin"));
        QVERIFY(!state.contains(kAdminPassword) && !state.contains("typo-password"));
        QVERIFY(!state.contains(f.recoveryCode.toLatin1()) && !state.contains(typoCode.toLatin1()));
        QCOMPARE(QFile::permissions(UnlockThrottle::statePathFor(f.path)),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
        // When the admin's wait is over, the admin signs in again.
        now += 999;
        QCOMPARE(test::errorOf(signIn("admin", kAdminPassword)).code, ErrorCode::Throttled);
        now += 1;
        QVERIFY(signIn("admin", kAdminPassword).ok());
        QFile::remove(UnlockThrottle::statePathFor(f.path));
    }

    void userAndDisplayNamesFollowTheTextRules()
    {
        const Fixture f = createDatabase();
        auto admin = unlock(f.path, "admin", kAdminPassword);
        QVERIFY(admin);
        const auto add = [&](const QString& name, const QString& display = {}) {
            return admin->addUser({name, display, Role::Caseworker}, test::secret(kWorkerPassword),
                                  test::fastKdf());
        };
        const QString yoshi = QString::fromUcs4(U"𠮷");
        // 64 characters of four UTF-8 bytes (128 UTF-16 units) fit; 65 do not.
        QVERIFY(add(yoshi.repeated(64)).ok());
        QCOMPARE(test::errorOf(add(yoshi.repeated(65))).code, ErrorCode::InvalidArgument);
        for (char16_t bad : {u'\u202E', u'\u200B', u'\u2028', u'\uFEFF', u'\u0085', u'\u2066'}) {
            const QString name = QStringLiteral("li") + QChar(bad) + QStringLiteral("hua");
            auto refused = add(name);
            QCOMPARE(test::errorOf(refused).code, ErrorCode::InvalidArgument);
            QVERIFY2(refused.error().message.contains(QStringLiteral("user name")),
                     qPrintable(refused.error().message));
            auto display = add(QStringLiteral("lihua%1").arg(int(bad)),
                               QStringLiteral("李") + QChar(bad) + QStringLiteral("华"));
            QCOMPARE(test::errorOf(display).code, ErrorCode::InvalidArgument);
            QVERIFY2(display.error().message.contains(QStringLiteral("display name")),
                     qPrintable(display.error().message));
        }
        QCOMPARE(
            test::errorOf(add(QStringLiteral("zhao"), QStringLiteral("赵").repeated(101))).code,
            ErrorCode::InvalidArgument);
        QVERIFY(add(QStringLiteral("zhao"), yoshi.repeated(100)).ok());
        auto createBad = Vault::create({m_dir.filePath(QStringLiteral("rlo.jiahu")),
                                        QStringLiteral("ad\u202Emin"),
                                        {},
                                        test::fastKdf()},
                                       test::secret(kAdminPassword));
        QCOMPARE(test::errorOf(createBad).code, ErrorCode::InvalidArgument);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("rlo.jiahu"))));
    }

    void doctorFindsProblems()
    {
        const Fixture f = createDatabase();
        QVERIFY(Vault::inspectFiles(f.path).healthy());
        QFile::setPermissions(Keyring::pathFor(f.path), QFileDevice::ReadOwner |
                                                            QFileDevice::WriteOwner |
                                                            QFileDevice::ReadOther);
        QVERIFY(!Vault::inspectFiles(f.path).healthy());
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
