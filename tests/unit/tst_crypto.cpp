// Small crypto pieces: guarded bytes, AEAD binding, sealed boxes, recovery codes, UUIDv7, throttle.
#include "TestSupport.h"

#include "common/Uuid7.h"
#include "crypto/Aead.h"
#include "crypto/BoxKeyPair.h"
#include "crypto/ProcessHardening.h"
#include "crypto/RecoveryCode.h"
#include "services/UnlockThrottle.h"

#include <QSet>
#include <QtTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace jiahu;

class TestCrypto : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void secureBytesMoveAndCompare()
    {
        SecureBytes a = SecureBytes::copyOf("secret");
        SecureBytes b = a.clone();
        QVERIFY(a.equals(b));
        SecureBytes c = std::move(a);
        QVERIFY(a.isEmpty());
        QVERIFY(c.equals(b));
        QByteArray transient("wipe me");
        SecureBytes d = SecureBytes::takeFrom(transient);
        QVERIFY(transient.isEmpty());
        QCOMPARE(QByteArray(d.view().data(), d.view().size()), QByteArray("wipe me"));
        QVERIFY(!SecureBytes::random(32).equals(SecureBytes::random(32)));
    }

    void aeadBindsAssociatedData()
    {
        const SecureBytes key = test::fixedKey();
        const SealedData sealed = aeadEncrypt(key, "家庭档案", "context-a");
        auto plain = aeadDecrypt(key, sealed, "context-a");
        QVERIFY(plain.ok());
        QCOMPARE(QString::fromUtf8(plain->view().data(), plain->view().size()),
                 QStringLiteral("家庭档案"));
        QVERIFY(!aeadDecrypt(key, sealed, "context-b").ok());
        QVERIFY(!aeadDecrypt(test::fixedKey(1), sealed, "context-a").ok());
        SealedData flipped = sealed;
        flipped.ciphertext[0] = char(flipped.ciphertext[0] ^ 1);
        QVERIFY(!aeadDecrypt(key, flipped, "context-a").ok());
        SealedData shortNonce = sealed;
        shortNonce.nonce.chop(1);
        QVERIFY(!aeadDecrypt(key, shortNonce, "context-a").ok());
    }

    void sealedBoxOnlyOpensForItsOwner()
    {
        BoxKeyPair alice = BoxKeyPair::generate();
        BoxKeyPair bob = BoxKeyPair::generate();
        const QByteArray sealed = sealTo(alice.publicKey, "data key");
        QVERIFY(openSealed(alice.publicKey, alice.secretKey, sealed).ok());
        QVERIFY(!openSealed(bob.publicKey, bob.secretKey, sealed).ok());
        QVERIFY(!openSealed(alice.publicKey, alice.secretKey, sealed.left(10)).ok());
    }

    void recoveryCodesAreWellFormedAndChecked()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 50; ++i) {
            const SecureBytes code = RecoveryCode::generate();
            const QByteArray text(code.view().data(), code.view().size());
            QVERIFY(QRegularExpression(
                        QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$"))
                        .match(QString::fromLatin1(text))
                        .hasMatch());
            seen.insert(text);
            auto canonical = RecoveryCode::normalize(text);
            QVERIFY(canonical.ok());
            QCOMPARE(canonical->size(), size_t(32));
            // Every single-character change is caught (or maps to a look-alike of the same value).
            QByteArray typo = text;
            typo[5] = typo[5] == '7' ? '8' : '7';
            auto bad = RecoveryCode::normalize(typo);
            QVERIFY(!bad.ok() || !bad->equals(canonical.value()));
        }
        QCOMPARE(seen.size(), 50);
        QVERIFY(!RecoveryCode::normalize("too-short").ok());
        QVERIFY(!RecoveryCode::normalize("UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU")
                     .ok()); // U not in alphabet
    }

    void recoveryCodeAcceptsLookAlikes()
    {
        const SecureBytes code = RecoveryCode::generate();
        QByteArray text(code.view().data(), code.view().size());
        auto canonical = RecoveryCode::normalize(text);
        QByteArray sloppy = text.toLower();
        sloppy.replace('-', "  ");
        sloppy.replace('0', 'o');
        sloppy.replace('1', 'l');
        auto again = RecoveryCode::normalize(sloppy);
        QVERIFY(again.ok());
        QVERIFY(again->equals(canonical.value()));
    }

    void uuid7IsTimeOrderedAndVersioned()
    {
        const QUuid a = createUuid7(1700000000000);
        const QUuid b = createUuid7(1700000000001);
        const QByteArray bytes = a.toRfc4122();
        QCOMPARE(quint8(bytes[6]) >> 4, 7); // version 7 (Qt 6.4 does not name it yet)
        QCOMPARE(quint8(bytes[8]) >> 6, 2); // RFC variant
        QVERIFY(a.toString() < b.toString());
        QCOMPARE(a.toRfc4122().left(6).toHex(),
                 QByteArray::number(1700000000000LL, 16).rightJustified(12, '0'));
        QVERIFY(createUuid7() != createUuid7());
    }

    void releaseBuildsCannotDumpCore()
    {
#ifdef NDEBUG
        hardenProcess();
        rlimit core{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#else
        QSKIP("debug builds keep core dumps for debugging");
#endif
    }

    void throttleDoublesAndResets()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.jiahu"));
        qint64 now = 1000000;
        const auto clock = [&now] { return now; };
        {
            UnlockThrottle t(db, QStringLiteral("liuying"), clock);
            QCOMPARE(t.remainingMs(), 0);
            QVERIFY(t.checkAllowed().ok());
            t.recordFailure();
            QCOMPARE(t.remainingMs(), 1000);
            QCOMPARE(t.checkAllowed().error().code, ErrorCode::Throttled);
            now += 1000;
            QVERIFY(t.checkAllowed().ok());
            t.recordFailure();
            QCOMPARE(t.remainingMs(), 2000);
            now += 2000;
            t.recordFailure();
            QCOMPARE(t.remainingMs(), 4000);
        }
        {
            // The count survives a restart of the program.
            UnlockThrottle t(db, QStringLiteral("liuying"), clock);
            QCOMPARE(t.failures(), 3);
            QCOMPARE(t.remainingMs(), 4000);
            now -= 100000; // clock set back: never more than one delay
            QCOMPARE(t.remainingMs(), 4000);
            now += 100000;
            t.recordSuccess();
            QCOMPARE(t.remainingMs(), 0);
        }
        QCOMPARE(UnlockThrottle(db, QStringLiteral("liuying"), clock).failures(), 0);
        QCOMPARE(UnlockThrottle::delayAfter(30), UnlockThrottle::kMaxDelayMs);
    }

    void throttleCountsEachUserApart()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.jiahu"));
        qint64 now = 5000000;
        const auto clock = [&now] { return now; };
        UnlockThrottle a(db, QStringLiteral("liuying"), clock);
        a.recordFailure();
        a.recordFailure();
        QCOMPARE(a.remainingMs(), 2000);
        // Another user, and the recovery code, are not delayed by liuying's typos.
        UnlockThrottle b(db, QStringLiteral("chenjing"), clock);
        QCOMPARE(b.failures(), 0);
        QVERIFY(b.checkAllowed().ok());
        QVERIFY(UnlockThrottle::forRecoveryCode(db, clock).checkAllowed().ok());
        b.recordFailure();
        UnlockThrottle::forRecoveryCode(db, clock).recordFailure();
        // Each count survives in the one state file, next to the others.
        QCOMPARE(UnlockThrottle(db, QStringLiteral("liuying"), clock).failures(), 2);
        QCOMPARE(UnlockThrottle(db, QStringLiteral("chenjing"), clock).failures(), 1);
        QCOMPARE(UnlockThrottle::forRecoveryCode(db, clock).failures(), 1);
        // A user named like the recovery key is still a user.
        QCOMPARE(UnlockThrottle(db, QStringLiteral("recovery"), clock).failures(), 0);
        // One user's success clears only that user's count.
        b.recordSuccess();
        QCOMPARE(UnlockThrottle(db, QStringLiteral("chenjing"), clock).failures(), 0);
        QCOMPARE(UnlockThrottle(db, QStringLiteral("liuying"), clock).failures(), 2);
        QCOMPARE(UnlockThrottle(db, QStringLiteral("liuying"), clock).remainingMs(), 2000);
        a.recordSuccess();
        UnlockThrottle::forRecoveryCode(db, clock).recordSuccess();
        QVERIFY(!QFile::exists(UnlockThrottle::statePathFor(db))); // nothing left to remember
        // Names typed at random do not grow the file without bound.
        for (int i = 0; i < UnlockThrottle::kMaxEntries + 20; ++i) {
            ++now;
            UnlockThrottle(db, QStringLiteral("guess%1").arg(i), clock).recordFailure();
        }
        QVERIFY(QFileInfo(UnlockThrottle::statePathFor(db)).size() < 64 * 1024);
        QCOMPARE(UnlockThrottle(db, QStringLiteral("guess0"), clock).failures(), 0);
        QCOMPARE(UnlockThrottle(db, QStringLiteral("guess219"), clock).failures(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
