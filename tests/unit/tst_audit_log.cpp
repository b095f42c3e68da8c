// The hash-chained audit log: appends, filters, and a verifier that names the first entry that
// was changed, removed or reordered.
#include "TestSupport.h"

#include "schema/Schema.h"
#include "services/AuditLog.h"
#include "services/Vault.h"
#include "storage/Migrator.h"

#include <QtTest>

using namespace jiahu;
using test::errorOf;

class TestAuditLog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    SecureBytes m_key = test::fixedKey();

    std::unique_ptr<Database> freshLog(int entries)
    {
        auto db =
            test::openDatabase(m_dir.filePath(QStringLiteral("audit%1.db").arg(++m_n)), &m_key);
        if (!db || !Migrator::migrate(*db, schemaMigrations()).ok())
            return nullptr;
        AuditLog log(*db);
        for (int i = 1; i <= entries; ++i) {
            const QString user = i % 2 ? QStringLiteral("liuying") : QStringLiteral("chenjing");
            const QString family = i % 3 ? QStringLiteral("fam-%1").arg(i % 3) : QString();
            if (!log.append({QStringLiteral("u-%1").arg(user), user, QStringLiteral("family.open"),
                             QStringLiteral("family"), family, family,
                             QStringLiteral("回访前查看 %1").arg(i)})
                     .ok())
                return nullptr;
        }
        return db;
    }
    /// Tampering the way someone with the key and an SQL shell would: drop the guard, edit.
    static void tamper(Database& db, const char* sql)
    {
        QVERIFY(
            db.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;").ok());
        QVERIFY(db.exec(sql).ok());
    }
    static AuditVerification verify(Database& db)
    {
        auto v = AuditLog(db).verify();
        return v.ok() ? v.value() : AuditVerification{false, -1, -1, v.error().toString()};
    }

private Q_SLOTS:
    void intactChainVerifies()
    {
        auto db = freshLog(50);
        QVERIFY(db);
        const AuditVerification v = verify(*db);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.entries, 50);
        auto empty = freshLog(0);
        QVERIFY(verify(*empty).intact);
    }

    void appendOnlyIsEnforcedByTriggers()
    {
        auto db = freshLog(3);
        QVERIFY(!db->exec("UPDATE audit_log SET reason = 'x' WHERE seq = 2;").ok());
        QVERIFY(!db->exec("DELETE FROM audit_log WHERE seq = 3;").ok());
        QVERIFY(verify(*db).intact);
    }

    void editedEntryIsNamed()
    {
        auto db = freshLog(20);
        tamper(*db, "UPDATE audit_log SET reason = '无' WHERE seq = 7;");
        const AuditVerification v = verify(*db);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 7);
        QVERIFY(v.problem.contains(QStringLiteral("changed")));
    }

    void editedEntryWithRecomputedHashBreaksTheNext()
    {
        auto db = freshLog(20);
        // Change entry 7 and fix its own hash: entry 8 no longer follows it.
        tamper(*db, "UPDATE audit_log SET user_name = 'someone' WHERE seq = 7;");
        AuditFilter upToSeven;
        upToSeven.limit = 7;
        auto rows = AuditLog(*db).list(upToSeven);
        AuditEntry e = rows->rows.last();
        QCOMPARE(e.seq, 7);
        const QByteArray fixed = AuditLog::entryHash(e.prevHash, e);
        auto st = db->prepare("UPDATE audit_log SET hash = ? WHERE seq = 7;");
        QVERIFY(st->bind(1, fixed).exec().ok());
        const AuditVerification v = verify(*db);
        QCOMPARE(v.firstBadSeq, 8);
    }

    void deletedEntryIsNamed()
    {
        auto db = freshLog(20);
        tamper(*db, "DELETE FROM audit_log WHERE seq = 12;");
        const AuditVerification v = verify(*db);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 12);
        QVERIFY(v.problem.contains(QStringLiteral("removed")));
    }

    void deletedTailIsNamed()
    {
        auto db = freshLog(20);
        tamper(*db, "DELETE FROM audit_log WHERE seq > 17;");
        const AuditVerification v = verify(*db);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 18);
    }

    void reorderedEntriesAreNamed()
    {
        auto db = freshLog(20);
        // Swap the contents of entries 5 and 9, hashes and all.
        tamper(*db, "UPDATE audit_log SET seq = -5 WHERE seq = 5;"
                    "UPDATE audit_log SET seq = 5 WHERE seq = 9;"
                    "UPDATE audit_log SET seq = 9 WHERE seq = -5;");
        const AuditVerification v = verify(*db);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 5);
    }

    void listFiltersAndPages()
    {
        auto db = freshLog(30);
        AuditLog log(*db);
        AuditFilter byUser;
        byUser.userName = QStringLiteral("chenjing");
        auto rows = log.list(byUser);
        QCOMPARE(rows->rows.size(), 15);
        for (const AuditEntry& e : rows->rows)
            QCOMPARE(e.record.userName, QStringLiteral("chenjing"));

        AuditFilter byFamily;
        byFamily.familyId = QStringLiteral("fam-1");
        QCOMPARE(log.list(byFamily)->rows.size(), 10);

        // Pages: every entry once, in chain order, and newest first the other way round.
        for (bool newestFirst : {false, true}) {
            AuditFilter page;
            page.limit = 8;
            page.newestFirst = newestFirst;
            QList<qint64> seen;
            for (int i = 0; i < 10; ++i) {
                auto p = log.list(page);
                QVERIFY(p.ok());
                for (const AuditEntry& e : p->rows)
                    seen << e.seq;
                if (!p->hasMore())
                    break;
                page.after = p->next;
            }
            QCOMPARE(seen.size(), 30);
            QCOMPARE(seen.first(), newestFirst ? 30 : 1);
            QVERIFY(std::is_sorted(seen.begin(), seen.end(), [&](qint64 a, qint64 b) {
                return newestFirst ? a > b : a < b;
            }));
        }
        AuditFilter tampered;
        tampered.after = QStringLiteral("not-a-cursor");
        QCOMPARE(errorOf(log.list(tampered)).code, ErrorCode::InvalidArgument);

        AuditFilter future;
        future.fromMs = QDateTime::currentMSecsSinceEpoch() + 60000;
        QCOMPARE(log.list(future)->rows.size(), 0);
    }

    void entriesCarryTheInjectedTime()
    {
        auto db = test::openDatabase(m_dir.filePath(QStringLiteral("clock.db")), &m_key);
        QVERIFY(db && Migrator::migrate(*db, schemaMigrations()).ok());
        qint64 now = 1262304000000; // 2010-01-01, far from the machine's time
        AuditLog log(*db, [&now] { return now; });
        for (int i = 0; i < 3; ++i) {
            QVERIFY(log.append({QStringLiteral("u-1"),
                                QStringLiteral("liuying"),
                                QStringLiteral("family.open"),
                                QStringLiteral("family"),
                                QStringLiteral("f1"),
                                QStringLiteral("f1"),
                                {}})
                        .ok());
            now += 60000;
        }
        auto entries = log.list({});
        QVERIFY(entries.ok());
        QCOMPARE(entries->rows.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(entries->rows.at(i).at, 1262304000000 + i * 60000);
            // The id's UUIDv7 time is the same instant.
            const QByteArray hex = entries->rows.at(i).id.toLatin1().replace('-', "").left(12);
            QCOMPARE(hex.toLongLong(nullptr, 16), entries->rows.at(i).at);
        }
        QVERIFY(log.verify()->intact);
    }

    void doctorReportsABrokenChain()
    {
        const QString path = m_dir.filePath(QStringLiteral("doctor.jiahu"));
        auto created = Vault::create({path, QStringLiteral("admin"), {}, test::fastKdf()},
                                     test::secret("admin-password-1"));
        QVERIFY(created.ok());
        Vault& admin = *created->vault;
        QVERIFY(admin
                    .audit(QStringLiteral("family.open"), QStringLiteral("family"),
                           QStringLiteral("f1"))
                    .ok());
        QVERIFY(admin.checkHealth().healthy());
        tamper(admin.database(), "UPDATE audit_log SET entity_id = 'f2' WHERE seq = 2;");
        const HealthReport report = admin.checkHealth();
        QVERIFY(!report.healthy());
        QVERIFY(std::any_of(
            report.findings.begin(), report.findings.end(), [](const HealthReport::Finding& f) {
                return f.problem && f.text.contains(QStringLiteral("entry 2 was changed"));
            }));
    }

    void vaultAuditsAdministration()
    {
        const QString path = m_dir.filePath(QStringLiteral("vault.jiahu"));
        auto created = Vault::create({path, QStringLiteral("admin"), {}, test::fastKdf()},
                                     test::secret("admin-password-1"));
        QVERIFY(created.ok());
        Vault& admin = *created->vault;
        QVERIFY(admin
                    .addUser({QStringLiteral("worker"), {}, Role::Caseworker},
                             test::secret("worker-password-1"), test::fastKdf())
                    .ok());
        QVERIFY(admin
                    .addUser({QStringLiteral("boss"), {}, Role::Supervisor},
                             test::secret("boss-password-1"), test::fastKdf())
                    .ok());
        QVERIFY(admin.rotateDataKey().ok());
        auto entries = admin.auditEntries({});
        QVERIFY(entries.ok());
        QStringList actions;
        for (const AuditEntry& e : entries->rows)
            actions << e.record.action;
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("database.create"), QStringLiteral("user.add"),
                              QStringLiteral("user.add"), QStringLiteral("key.rotate")}));
        created->vault.reset();

        auto worker =
            Vault::unlock(path, QStringLiteral("worker"), test::secret("worker-password-1"));
        QVERIFY(worker.ok());
        QCOMPARE(worker.value()->auditEntries({}).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(worker.value()->verifyAudit().error().code, ErrorCode::PermissionDenied);
        worker.value().reset();

        auto boss = Vault::unlock(path, QStringLiteral("boss"), test::secret("boss-password-1"));
        QVERIFY(boss.ok());
        auto v = boss.value()->verifyAudit();
        QVERIFY(v.ok() && v->intact);
        QCOMPARE(v->entries, 6); // + two sign-ins
        AuditFilter signIns;
        signIns.userName = QStringLiteral("worker");
        auto workerEntries = boss.value()->auditEntries(signIns);
        QCOMPARE(workerEntries->rows.size(), 1);
        QCOMPARE(workerEntries->rows.first().record.action, QStringLiteral("session.unlock"));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"
