// The keyring: right and wrong passwords, tampering, slots moved between databases, the file
// format.
#include "TestSupport.h"

#include "crypto/Keyring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace jiahu;

class TestKeyring : public QObject {
    Q_OBJECT
private:
    SecureBytes m_dataKey = test::fixedKey(0x10);

    Keyring makeKeyring(const QUuid& id)
    {
        Keyring k = Keyring::create(id);
        auto slot = k.makeSlot(SlotKind::User, QStringLiteral("lihua"),
                               test::secret("password-one-1"), test::fastKdf(), m_dataKey);
        if (slot.ok())
            (void)k.addSlot(std::move(slot.value()));
        auto rec = k.makeSlot(SlotKind::Recovery, {}, test::secret("RECOVERYCODE"), test::fastKdf(),
                              m_dataKey);
        if (rec.ok())
            (void)k.addSlot(std::move(rec.value()));
        return k;
    }

    /// Flips one bit in one base64 field of the first slot and returns the re-serialised file.
    static QByteArray tamper(const QByteArray& file, const QStringList& pathToField)
    {
        QJsonObject root = QJsonDocument::fromJson(file).object();
        QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
        QJsonObject slot = slots.at(0).toObject();
        std::function<QJsonValue(QJsonValue, int)> edit = [&](QJsonValue v,
                                                              int depth) -> QJsonValue {
            if (depth == pathToField.size()) {
                if (v.isString()) {
                    const QString s = v.toString();
                    auto decoded = QByteArray::fromBase64Encoding(
                        s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                    if (decoded && !(*decoded).isEmpty() && !s.contains(u'-')) {
                        QByteArray b = *decoded;
                        b[b.size() / 2] = char(b[b.size() / 2] ^ 0x04);
                        return QString::fromLatin1(b.toBase64());
                    }
                    return s + QStringLiteral("x"); // user names, ids
                }
                return v.toDouble() + 1; // numbers
            }
            QJsonObject o = v.toObject();
            o.insert(pathToField[depth], edit(o.value(pathToField[depth]), depth + 1));
            return o;
        };
        slot = edit(slot, 0).toObject();
        slots.replace(0, slot);
        root.insert(QStringLiteral("slots"), slots);
        return QJsonDocument(root).toJson();
    }

private Q_SLOTS:
    void rightPasswordOpensWrongDoesNot()
    {
        Keyring k = makeKeyring(QUuid::createUuid());
        const KeySlot* slot = k.findUser(QStringLiteral("lihua"));
        QVERIFY(slot);
        auto opened = k.open(*slot, test::secret("password-one-1"));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        QVERIFY(opened->dataKey.equals(m_dataKey));
        QVERIFY(!opened->pendingDataKey);

        auto wrong = k.open(*slot, test::secret("password-one-2"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        QCOMPARE(wrong.error().message, QStringLiteral("Wrong user name or password."));
    }

    void fileRoundTrips()
    {
        QTemporaryDir dir;
        Keyring k = makeKeyring(QUuid::createUuid());
        const QString path = dir.filePath(QStringLiteral("x.keyring"));
        QVERIFY(k.save(path).ok());
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        auto loaded = Keyring::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->databaseId(), k.databaseId());
        QCOMPARE(loaded->entries().size(), 2);
        QCOMPARE(loaded->serialize(), k.serialize());
        auto opened = loaded->open(*loaded->findUser(QStringLiteral("lihua")),
                                   test::secret("password-one-1"));
        QVERIFY(opened.ok());
    }

    void tamperedFieldGivesClearError_data()
    {
        QTest::addColumn<QStringList>("field");
        QTest::newRow("id") << QStringList{QStringLiteral("id")};
        QTest::newRow("user") << QStringList{QStringLiteral("user")};
        QTest::newRow("created_at") << QStringList{QStringLiteral("created_at")};
        QTest::newRow("kdf.ops") << QStringList{QStringLiteral("kdf"), QStringLiteral("ops")};
        QTest::newRow("kdf.mem") << QStringList{QStringLiteral("kdf"), QStringLiteral("mem")};
        QTest::newRow("kdf.salt") << QStringList{QStringLiteral("kdf"), QStringLiteral("salt")};
        QTest::newRow("public_key") << QStringList{QStringLiteral("public_key")};
        QTest::newRow("nonce") << QStringList{QStringLiteral("wrapped_secret_key"),
                                              QStringLiteral("nonce")};
        QTest::newRow("ciphertext")
            << QStringList{QStringLiteral("wrapped_secret_key"), QStringLiteral("ciphertext")};
        QTest::newRow("sealed_data_key") << QStringList{QStringLiteral("sealed_data_key")};
        QTest::newRow("checksum") << QStringList{QStringLiteral("checksum")};
    }
    void tamperedFieldGivesClearError()
    {
        QFETCH(QStringList, field);
        Keyring k = makeKeyring(QUuid::createUuid());
        const QByteArray bad = tamper(k.serialize(), field);
        QVERIFY(bad != k.serialize());
        auto parsed = Keyring::parse(bad);
        if (!parsed.ok()) {
            QCOMPARE(parsed.error().code, ErrorCode::KeyringDamaged); // structurally invalid now
            return;
        }
        const KeySlot& slot = parsed->entries().at(0);
        auto opened = parsed->open(slot, test::secret("password-one-1"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::KeyringDamaged);
        QVERIFY(opened.error().message.contains(QStringLiteral("damaged")));
    }

    void tamperedSealedKeyWithFixedChecksumStillFails()
    {
        // An attacker who recomputes the checksum still cannot swap in another data key.
        Keyring k = makeKeyring(QUuid::createUuid());
        KeySlot slot = *k.findUser(QStringLiteral("lihua"));
        slot.sealedDataKey[10] = char(slot.sealedDataKey[10] ^ 1);
        slot.checksum = slot.computeChecksum(k.databaseId());
        QVERIFY(k.replaceSlot(slot).ok());
        auto opened = k.open(*k.findUser(QStringLiteral("lihua")), test::secret("password-one-1"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::KeyringDamaged);
    }

    void slotCopiedToAnotherDatabaseDoesNotOpen()
    {
        Keyring a = makeKeyring(QUuid::createUuid());
        Keyring b = makeKeyring(QUuid::createUuid());
        b.removeUser(QStringLiteral("lihua"));
        // Copy it with its checksum recomputed for b, so only the cryptographic binding can stop
        // it.
        KeySlot copied = *a.findUser(QStringLiteral("lihua"));
        copied.checksum = copied.computeChecksum(b.databaseId());
        QVERIFY(b.addSlot(copied).ok());
        auto opened = b.open(*b.findUser(QStringLiteral("lihua")), test::secret("password-one-1"));
        QVERIFY(!opened.ok());
        // The AEAD's associated data names database a, so the wrap no longer authenticates.
        QVERIFY(opened.error().code == ErrorCode::WrongPassword ||
                opened.error().code == ErrorCode::KeyringDamaged);

        // Copied verbatim (checksum of a), the checksum already reports damage.
        Keyring c = makeKeyring(QUuid::createUuid());
        c.removeUser(QStringLiteral("lihua"));
        QVERIFY(c.addSlot(*a.findUser(QStringLiteral("lihua"))).ok());
        auto verbatim =
            c.open(*c.findUser(QStringLiteral("lihua")), test::secret("password-one-1"));
        QVERIFY(!verbatim.ok());
        QCOMPARE(verbatim.error().code, ErrorCode::KeyringDamaged);
    }

    void recoverySlotOpensWithItsCode()
    {
        Keyring k = makeKeyring(QUuid::createUuid());
        QVERIFY(k.recoverySlot());
        auto opened = k.open(*k.recoverySlot(), test::secret("RECOVERYCODE"));
        QVERIFY(opened.ok());
        QVERIFY(opened->dataKey.equals(m_dataKey));
        auto wrong = k.open(*k.recoverySlot(), test::secret("RECOVERYCODF"));
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
    }

    void pendingRotationCarriesBothKeys()
    {
        Keyring k = makeKeyring(QUuid::createUuid());
        const SecureBytes next = test::fixedKey(0x77);
        k.sealPendingDataKey(next);
        QVERIFY(k.hasPendingRotation());
        auto opened = k.open(*k.findUser(QStringLiteral("lihua")), test::secret("password-one-1"));
        QVERIFY(opened.ok());
        QVERIFY(opened->dataKey.equals(m_dataKey));
        QVERIFY(opened->pendingDataKey && opened->pendingDataKey->equals(next));
        k.promotePendingDataKey();
        QVERIFY(!k.hasPendingRotation());
        auto after = k.open(*k.recoverySlot(), test::secret("RECOVERYCODE"));
        QVERIFY(after.ok());
        QVERIFY(after->dataKey.equals(next));
    }

    void malformedFilesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::newRow("empty") << QByteArray() << int(ErrorCode::KeyringDamaged);
        QTest::newRow("not json") << QByteArray("\x00\x01garbage")
                                  << int(ErrorCode::KeyringDamaged);
        QTest::newRow("array") << QByteArray("[]") << int(ErrorCode::KeyringDamaged);
        QTest::newRow("other format")
            << QByteArray(R"({"format":"x","version":1})") << int(ErrorCode::KeyringDamaged);
        QTest::newRow("newer") << QByteArray(R"({"format":"jiahu-keyring","version":2})")
                               << int(ErrorCode::NewerVersion);
        QTest::newRow("no id") << QByteArray(R"({"format":"jiahu-keyring","version":1,"slots":[]})")
                               << int(ErrorCode::KeyringDamaged);
        QTest::newRow("slot not object")
            << QByteArray(
                   R"({"format":"jiahu-keyring","version":1,"database_id":"6f1c1f9e-8a0e-4a43-9d2e-1f1b9a1a2b3c","slots":[1]})")
            << int(ErrorCode::KeyringDamaged);
    }
    void malformedFilesAreRejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        auto parsed = Keyring::parse(bytes);
        QVERIFY(!parsed.ok());
        QCOMPARE(int(parsed.error().code), code);
    }

    void missingFileSaysWhatToDo()
    {
        auto loaded = Keyring::load(QStringLiteral("/nonexistent/x.keyring"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::NotFound);
        QVERIFY(loaded.error().message.contains(QStringLiteral("beside the database")));
    }
};

QTEST_GUILESS_MAIN(TestKeyring)
#include "tst_keyring.moc"
