// A damaged database: sign-in says it is damaged and what to do, the damage is recorded beside the
// database and every write is refused until doctor finds it sound or a backup is restored; a
// failed read is never taken for "no such user".
#include "TestSupport.h"

#include "crypto/Keyring.h"
#include "services/AuditLog.h"
#include "services/UnlockThrottle.h"
#include "services/Vault.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QtTest>

#include <sqlite3.h>

#include <algorithm>

using namespace jiahu;

namespace {

const char* kAdminPassword = "admin-password-1";
const char* kWorkerPassword = "worker-password-2";

QByteArray hashOf(const QString& path)
{
    return QCryptographicHash::hash(test::readAll(path), QCryptographicHash::Sha256);
}

/// Flips bytes inside page `page` (1-based) of the file: SQLCipher's HMAC of that page fails.
bool damagePage(const QString& path, qint64 page)
{
    QByteArray bytes = test::readAll(path);
    const qint64 offset = (page - 1) * Database::kPageSize + 1000;
    if (page < 2 || offset + 16 > bytes.size())
        return false;
    for (int i = 0; i < 16; ++i)
        bytes[offset + i] = char(bytes[offset + i] ^ 0x5A);
    return test::writeAll(path, bytes);
}

bool anyProblemContains(const HealthReport& report, const QString& text)
{
    return std::any_of(report.findings.begin(), report.findings.end(),
                       [&](const HealthReport::Finding& f) {
                           return f.problem && f.text.contains(text, Qt::CaseInsensitive);
                       });
}

struct OneShotInterrupt {
    bool armed = false;
};

int interruptOnce(void* context)
{
    auto* shot = static_cast<OneShotInterrupt*>(context);
    if (!shot->armed)
        return 0;
    shot->armed = false;
    return 1;
}

} // namespace

class TestDamage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString createVault()
    {
        const QString path = m_dir.filePath(QStringLiteral("damage%1.jiahu").arg(++m_counter));
        auto created = Vault::create({path, QStringLiteral("admin"), {}, test::fastKdf()},
                                     test::secret(kAdminPassword));
        if (!created.ok())
            return {};
        if (!created->vault
                 ->addUser({QStringLiteral("worker"), {}, Role::Caseworker},
                           test::secret(kWorkerPassword), test::fastKdf())
                 .ok())
            return {};
        return path;
    }

    static SecureBytes dataKeyOf(const QString& path)
    {
        auto keyring = Keyring::load(Keyring::pathFor(path));
        if (!keyring.ok())
            return {};
        auto opened = keyring->open(*keyring->findUser(QStringLiteral("admin")),
                                    test::secret(kAdminPassword));
        return opened.ok() ? std::move(opened->dataKey) : SecureBytes();
    }

    static qint64 rootPageOf(const QString& path, const SecureBytes& key, const QString& table)
    {
        auto db = test::openDatabase(path, &key, false);
        if (!db)
            return -1;
        auto page = fetchOne(
            *db, "SELECT rootpage FROM sqlite_master WHERE name = ?;", {table},
            [](const Statement& st) { return st.int64(0); }, QStringLiteral("no such table"));
        return page.ok() ? page.value() : -1;
    }

private Q_SLOTS:
    void signInOnADamagedUsersPageSaysSoAndWritesAreRefused()
    {
        const QString path = createVault();
        QVERIFY(!path.isEmpty());
        const QString backupPath = m_dir.filePath(QStringLiteral("before-damage.jiahu"));
        {
            auto admin = Vault::unlock(path, QStringLiteral("admin"), test::secret(kAdminPassword));
            QVERIFY(admin.ok());
            QVERIFY(admin.value()->backup(backupPath).ok());
        }
        const SecureBytes key = dataKeyOf(path);
        QVERIFY(!key.isEmpty());
        const qint64 usersPage = rootPageOf(path, key, QStringLiteral("users"));
        QVERIFY(usersPage > 1);
        QVERIFY(damagePage(path, usersPage));
        const QByteArray damagedBytes = hashOf(path);
        const QString marker = Database::damageMarkerPath(path);
        QVERIFY(!QFile::exists(marker));

        // Sign-in meets the damaged page: it says so and what to do, not "removed".
        auto vault = Vault::unlock(path, QStringLiteral("admin"), test::secret(kAdminPassword));
        QCOMPARE(test::errorOf(vault).code, ErrorCode::Corrupt);
        const QString message = vault.error().message;
        QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("jiahu-cli restore")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("jiahu-cli doctor")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("removed")));
        QCOMPARE(hashOf(path), damagedBytes); // the damaged file is left as it is

        // Recorded durably beside the database, without case data.
        QVERIFY(QFile::exists(marker));
        const QByteArray markerText = test::readAll(marker);
        QVERIFY(!markerText.contains("admin") && !markerText.contains("worker"));
        QVERIFY(markerText.size() < 1024);

        // Everyone's sign-in is refused the same way now, even before a damaged page is read.
        auto worker = Vault::unlock(path, QStringLiteral("worker"), test::secret(kWorkerPassword));
        QCOMPARE(test::errorOf(worker).code, ErrorCode::Corrupt);
        QVERIFY(worker.error().message.contains(QStringLiteral("jiahu-cli restore")));

        // Every write transaction on any connection is refused, audit entries included.
        {
            auto db = test::openDatabase(path, &key, false);
            QVERIFY(db);
            QVERIFY(db->isMarkedDamaged());
            auto tx = Transaction::begin(*db);
            QCOMPARE(test::errorOf(tx).code, ErrorCode::Corrupt);
            QVERIFY(tx.error().message.contains(QStringLiteral("jiahu-cli restore")));
            auto audit = AuditLog(*db).append({QStringLiteral("u"),
                                               QStringLiteral("admin"),
                                               QStringLiteral("family.open"),
                                               QStringLiteral("family"),
                                               QStringLiteral("f1"),
                                               QStringLiteral("f1"),
                                               {}});
            QCOMPARE(test::errorOf(audit).code, ErrorCode::Corrupt);
            QCOMPARE(test::errorOf(db->rekey(test::fixedKey(0x33))).code, ErrorCode::Corrupt);
        }
        QCOMPARE(hashOf(path), damagedBytes);

        // doctor finds the damage and keeps the marker.
        QVERIFY(!Vault::inspectFiles(path).healthy());
        QVERIFY(anyProblemContains(Vault::inspectFiles(path), QStringLiteral("damaged")));
        auto report = Vault::diagnose(path, QStringLiteral("admin"), test::secret(kAdminPassword));
        QVERIFY(report.ok());
        QVERIFY(!report->healthy());
        QVERIFY(anyProblemContains(report.value(), QStringLiteral("integrity")));
        QVERIFY(QFile::exists(marker));

        // Restoring the latest backup clears it; the damaged file is kept aside with its marker.
        auto aside =
            Vault::restore(backupPath, path, QStringLiteral("admin"), test::secret(kAdminPassword));
        QVERIFY2(aside.ok(), qPrintable(test::errorOf(aside).toString()));
        QVERIFY(!QFile::exists(marker));
        QCOMPARE(hashOf(aside.value()), damagedBytes);
        QVERIFY(QFile::exists(Database::damageMarkerPath(aside.value())));
        auto again = Vault::unlock(path, QStringLiteral("worker"), test::secret(kWorkerPassword));
        QVERIFY2(again.ok(), qPrintable(test::errorOf(again).toString()));
        QVERIFY(again.value()
                    ->audit(QStringLiteral("family.open"), QStringLiteral("family"),
                            QStringLiteral("f1"))
                    .ok());
    }

    void damageMetInAnyReadRefusesWritesEverywhere()
    {
        const QString path = m_dir.filePath(QStringLiteral("plain-damage.db"));
        const SecureBytes key = test::fixedKey();
        {
            auto db = test::openDatabase(path, &key);
            QVERIFY(db);
            QVERIFY(db->exec("CREATE TABLE notes(body TEXT); CREATE TABLE other(x);").ok());
            auto ins = db->prepare("INSERT INTO notes VALUES (?);");
            for (int i = 0; i < 20; ++i)
                QVERIFY(ins->bind(1, QStringLiteral("家访记录 %1").arg(i)).exec().ok());
        }
        QVERIFY(damagePage(path, rootPageOf(path, key, QStringLiteral("notes"))));

        auto a = test::openDatabase(path, &key, false);
        QVERIFY(a);
        QVERIFY(!a->isMarkedDamaged());
        auto tx = Transaction::begin(*a);
        QVERIFY(tx.ok());
        QVERIFY(a->exec("INSERT INTO other VALUES (1);").ok());
        auto read = fetchAll(*a, "SELECT body FROM notes;", {},
                             [](const Statement& st) { return st.text(0); });
        QCOMPARE(test::errorOf(read).code, ErrorCode::Corrupt);
        QVERIFY(QFile::exists(Database::damageMarkerPath(path)));
        // The transaction that met the damage keeps nothing.
        QCOMPARE(test::errorOf(tx->commit()).code, ErrorCode::Corrupt);
        a.reset();

        auto b = test::openDatabase(path, &key, false);
        QVERIFY(b);
        QCOMPARE(b->queryText("SELECT count(*) FROM other;").value(), QStringLiteral("0"));
        QCOMPARE(test::errorOf(Transaction::begin(*b)).code, ErrorCode::Corrupt);
        QVERIFY(b->exec("SELECT 1;").ok()); // reads go on
        // A failed integrity check marks a database too.
        QVERIFY(Database::clearDamageMarker(path).ok());
        QVERIFY(Transaction::begin(*b).ok());
        auto problems = b->integrityCheck();
        QVERIFY(!problems.ok() || !problems->isEmpty());
        QVERIFY(QFile::exists(Database::damageMarkerPath(path)));
    }

    void doctorClearsTheMarkerOnlyWhenTheIntegrityCheckPasses()
    {
        const QString path = createVault();
        QVERIFY(!path.isEmpty());
        const QString marker = Database::damageMarkerPath(path);
        QVERIFY(test::writeAll(marker, "found damaged (step)\n"));
        auto refused = Vault::unlock(path, QStringLiteral("admin"), test::secret(kAdminPassword));
        QCOMPARE(test::errorOf(refused).code, ErrorCode::Corrupt);
        // Without a password doctor can only report it.
        QVERIFY(!Vault::inspectFiles(path).healthy());
        QVERIFY(QFile::exists(marker));
        // A wrong password checks nothing and clears nothing.
        auto wrong =
            Vault::diagnose(path, QStringLiteral("admin"), test::secret("not-the-password"));
        QCOMPARE(test::errorOf(wrong).code, ErrorCode::WrongPassword);
        QVERIFY(QFile::exists(marker));
        QFile::remove(UnlockThrottle::statePathFor(path));
        // Signed in, doctor finds the database sound and lifts the refusal.
        auto report = Vault::diagnose(path, QStringLiteral("admin"), test::secret(kAdminPassword));
        QVERIFY(report.ok());
        for (const auto& f : report->findings)
            QVERIFY2(!f.problem, qPrintable(f.text));
        QVERIFY(!QFile::exists(marker));
        auto vault = Vault::unlock(path, QStringLiteral("admin"), test::secret(kAdminPassword));
        QVERIFY2(vault.ok(), qPrintable(test::errorOf(vault).toString()));
        // The check of a sound database is in the audit log, by whom it was made.
        auto entries = vault.value()->auditEntries({});
        QVERIFY(entries.ok() && entries->rows.size() >= 2);
        const AuditEntry& doctor = entries->rows.at(entries->rows.size() - 2);
        QCOMPARE(doctor.record.action, QStringLiteral("database.doctor"));
        QCOMPARE(doctor.record.userName, QStringLiteral("admin"));
        QCOMPARE(doctor.record.userId, vault.value()->user().id);
    }

    void addUserDoesNotTakeAFailedLookupForNoSuchUser()
    {
        const QString path = createVault();
        QVERIFY(!path.isEmpty());
        auto vault = Vault::unlock(path, QStringLiteral("admin"), test::secret(kAdminPassword));
        QVERIFY(vault.ok());
        Vault& admin = *vault.value();
        const QByteArray keyringBefore = test::readAll(Keyring::pathFor(path));
        // The lookup of the new name fails (as a busy or damaged read would); nothing is added.
        OneShotInterrupt shot{true};
        sqlite3_progress_handler(admin.database().handle(), 1, &interruptOnce, &shot);
        auto added = admin.addUser({QStringLiteral("newbie"), {}, Role::Caseworker},
                                   test::secret("newbie-password-3"), test::fastKdf());
        sqlite3_progress_handler(admin.database().handle(), 0, nullptr, nullptr);
        QVERIFY(!shot.armed);
        QVERIFY(!added.ok());
        QCOMPARE(test::readAll(Keyring::pathFor(path)), keyringBefore);
        QCOMPARE(admin.users()->size(), 2);
    }

    void signInDoesNotTakeAFailedLookupForARemovedAccount()
    {
        const QString path = createVault();
        QVERIFY(!path.isEmpty());
        const SecureBytes key = dataKeyOf(path);
        {
            // The users table unreadable (not damaged): the sign-in reports that read error.
            auto db = test::openDatabase(path, &key, false);
            QVERIFY(db && db->exec("ALTER TABLE users RENAME TO users_elsewhere;").ok());
        }
        auto vault = Vault::unlock(path, QStringLiteral("worker"), test::secret(kWorkerPassword));
        QVERIFY(!vault.ok());
        QVERIFY2(!vault.error().message.contains(QStringLiteral("removed")),
                 qPrintable(vault.error().message));
        QVERIFY(vault.error().code != ErrorCode::PermissionDenied);
        // doctor reports what it could not read instead of passing over it.
        auto report =
            Vault::diagnose(path, QStringLiteral("worker"), test::secret(kWorkerPassword));
        QVERIFY(report.ok());
        QVERIFY(!report->healthy());
        QVERIFY(anyProblemContains(report.value(), QStringLiteral("users")));
    }
};

QTEST_GUILESS_MAIN(TestDamage)
#include "tst_damage.moc"
