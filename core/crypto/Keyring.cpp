#include "Keyring.h"

#include "BoxKeyPair.h"
#include "Hash.h"

#include "common/Logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <sodium.h>

#include <unistd.h>

namespace jiahu {

namespace {

constexpr char kFormatName[] = "jiahu-keyring";
constexpr char kDataKeyMagic[] = "JHDK1"; // prefix of every sealed data key
constexpr qsizetype kMaxFileBytes = 1 << 20;
constexpr qsizetype kMaxSlots = 1000;

/// Length-prefixed concatenation: unambiguous, independent of JSON formatting.
class Canonical {
public:
    Canonical& add(QByteArrayView bytes)
    {
        const quint32 n = quint32(bytes.size());
        for (int i = 3; i >= 0; --i)
            m_out.append(char((n >> (8 * i)) & 0xFF));
        m_out.append(bytes.data(), bytes.size());
        return *this;
    }
    Canonical& add(const QByteArray& bytes) { return add(QByteArrayView(bytes)); }
    Canonical& add(const QString& text) { return add(text.toUtf8()); }
    Canonical& add(quint64 value) { return add(QByteArray::number(value)); }
    QByteArray bytes() const { return m_out; }

private:
    QByteArray m_out;
};

QString kindName(SlotKind kind)
{
    return kind == SlotKind::User ? QStringLiteral("user") : QStringLiteral("recovery");
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

/// Strict base64 field of an exact (or, with exactSize < 0, any non-zero) size.
bool readB64(const QJsonObject& o, const char* key, qsizetype exactSize, QByteArray& out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return false;
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    out = *decoded;
    return exactSize < 0 ? (!out.isEmpty() && out.size() <= 4096) : out.size() == exactSize;
}

/// A UUID written exactly as we write them; anything else (trailing bytes, braces) is rejected.
QUuid strictUuid(const QJsonValue& v)
{
    const QString text = v.toString();
    const QUuid id = QUuid::fromString(text);
    return id.toString(QUuid::WithoutBraces) == text ? id : QUuid();
}

} // namespace

QByteArray KeySlot::associatedData(const QUuid& databaseId) const
{
    return Canonical()
        .add(QByteArrayView("jiahu-slot-v1"))
        .add(databaseId.toRfc4122())
        .add(id.toRfc4122())
        .add(kindName(kind))
        .add(userName)
        .add(quint64(createdAt))
        .add(QByteArrayView("argon2id13"))
        .add(kdf.opsLimit)
        .add(kdf.memLimit)
        .add(kdf.salt)
        .add(publicKey)
        .bytes();
}

QByteArray KeySlot::computeChecksum(const QUuid& databaseId) const
{
    const QByteArray all = Canonical()
                               .add(associatedData(databaseId))
                               .add(wrappedSecretKey.nonce)
                               .add(wrappedSecretKey.ciphertext)
                               .add(sealedDataKey)
                               .add(pendingSealedDataKey)
                               .bytes();
    return blake2b256("jiahu-slot-checksum", all);
}

QString Keyring::pathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".keyring");
}

Keyring Keyring::create(const QUuid& databaseId)
{
    Keyring k;
    k.m_databaseId = databaseId;
    return k;
}

Result<Keyring> Keyring::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(
            ErrorCode::NotFound,
            tr("The keyring %1 is missing. It must lie beside the database; restore it "
               "from the backup made with the database.")
                .arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("The keyring %1 cannot be read.").arg(path),
                         file.errorString());
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    return parse(bytes);
}

Result<Keyring> Keyring::parse(const QByteArray& bytes)
{
    const auto malformed = [](const QString& what) {
        return makeError(ErrorCode::KeyringDamaged,
                         tr("The keyring file is damaged and cannot be read. Restore it from a "
                            "backup or use the recovery code."),
                         what);
    };
    if (bytes.size() > kMaxFileBytes)
        return malformed(QStringLiteral("file too large"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(QStringLiteral("not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormatName))
        return malformed(QStringLiteral("not a Jiahu keyring"));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble())
        return malformed(QStringLiteral("no version"));
    if (version.toInt() > kFormatVersion)
        return makeError(
            ErrorCode::NewerVersion,
            tr("The keyring was written by a newer version of Jiahu. Install the newer "
               "version to open this database."));
    if (version.toInt() != kFormatVersion)
        return malformed(QStringLiteral("unknown version"));

    Keyring keyring;
    keyring.m_databaseId = strictUuid(root.value(QLatin1String("database_id")));
    if (keyring.m_databaseId.isNull())
        return malformed(QStringLiteral("database_id"));
    const QJsonValue slotsValue = root.value(QLatin1String("slots"));
    if (!slotsValue.isArray() || slotsValue.toArray().size() > kMaxSlots)
        return malformed(QStringLiteral("slots"));

    for (const QJsonValue& v : slotsValue.toArray()) {
        if (!v.isObject())
            return malformed(QStringLiteral("slot"));
        const QJsonObject o = v.toObject();
        KeySlot s;
        s.id = strictUuid(o.value(QLatin1String("id")));
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("user"))
            s.kind = SlotKind::User;
        else if (kind == QLatin1String("recovery"))
            s.kind = SlotKind::Recovery;
        else
            return malformed(QStringLiteral("slot kind"));
        s.userName = o.value(QLatin1String("user")).toString();
        const QJsonValue created = o.value(QLatin1String("created_at"));
        const QJsonObject kdf = o.value(QLatin1String("kdf")).toObject();
        const QJsonObject wrapped = o.value(QLatin1String("wrapped_secret_key")).toObject();
        if (s.id.isNull() || !created.isDouble() ||
            kdf.value(QLatin1String("alg")).toString() != QLatin1String("argon2id13") ||
            !kdf.value(QLatin1String("ops")).isDouble() ||
            !kdf.value(QLatin1String("mem")).isDouble())
            return malformed(QStringLiteral("slot header"));
        if ((s.kind == SlotKind::User) == s.userName.isEmpty() || s.userName.size() > 64)
            return malformed(QStringLiteral("slot user"));
        s.createdAt = qint64(created.toDouble());
        s.kdf.opsLimit = quint64(kdf.value(QLatin1String("ops")).toDouble());
        s.kdf.memLimit = quint64(kdf.value(QLatin1String("mem")).toDouble());
        if (!readB64(kdf, "salt", crypto_pwhash_SALTBYTES, s.kdf.salt) || !s.kdf.isValid())
            return malformed(QStringLiteral("slot kdf"));
        if (!readB64(o, "public_key", crypto_box_PUBLICKEYBYTES, s.publicKey) ||
            !readB64(wrapped, "nonce", crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                     s.wrappedSecretKey.nonce) ||
            !readB64(wrapped, "ciphertext",
                     crypto_box_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                     s.wrappedSecretKey.ciphertext) ||
            !readB64(o, "sealed_data_key", -1, s.sealedDataKey) ||
            !readB64(o, "checksum", 32, s.checksum))
            return malformed(QStringLiteral("slot keys"));
        if (o.contains(QLatin1String("pending_sealed_data_key")) &&
            !readB64(o, "pending_sealed_data_key", -1, s.pendingSealedDataKey))
            return malformed(QStringLiteral("slot pending key"));
        for (const KeySlot& other : keyring.m_slots) {
            if (other.id == s.id || (s.kind == SlotKind::Recovery && other.kind == s.kind) ||
                (s.kind == SlotKind::User && other.kind == s.kind && other.userName == s.userName))
                return malformed(QStringLiteral("duplicate slot"));
        }
        keyring.m_slots.append(std::move(s));
    }
    return keyring;
}

QByteArray Keyring::serialize() const
{
    QJsonArray slotArray;
    for (const KeySlot& s : m_slots) {
        QJsonObject o{
            {QStringLiteral("id"), s.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("kind"), kindName(s.kind)},
            {QStringLiteral("user"), s.userName},
            {QStringLiteral("created_at"), double(s.createdAt)},
            {QStringLiteral("kdf"),
             QJsonObject{{QStringLiteral("alg"), QStringLiteral("argon2id13")},
                         {QStringLiteral("ops"), double(s.kdf.opsLimit)},
                         {QStringLiteral("mem"), double(s.kdf.memLimit)},
                         {QStringLiteral("salt"), b64(s.kdf.salt)}}},
            {QStringLiteral("public_key"), b64(s.publicKey)},
            {QStringLiteral("wrapped_secret_key"),
             QJsonObject{{QStringLiteral("nonce"), b64(s.wrappedSecretKey.nonce)},
                         {QStringLiteral("ciphertext"), b64(s.wrappedSecretKey.ciphertext)}}},
            {QStringLiteral("sealed_data_key"), b64(s.sealedDataKey)},
            {QStringLiteral("checksum"), b64(s.checksum)},
        };
        if (!s.pendingSealedDataKey.isEmpty())
            o.insert(QStringLiteral("pending_sealed_data_key"), b64(s.pendingSealedDataKey));
        slotArray.append(o);
    }
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(kFormatName)},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("database_id"), m_databaseId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("slots"), slotArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status Keyring::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("The keyring %1 cannot be written.").arg(path),
                         file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = serialize();
    if (file.write(bytes) != bytes.size() || !file.flush() || ::fsync(file.handle()) != 0 ||
        !file.commit())
        return makeError(ErrorCode::Io, tr("The keyring %1 cannot be written.").arg(path),
                         file.errorString());
    qCInfo(lcKeyring) << "keyring saved" << path << "slots" << m_slots.size();
    return {};
}

const KeySlot* Keyring::findUser(const QString& userName) const
{
    for (const KeySlot& s : m_slots)
        if (s.kind == SlotKind::User && s.userName == userName)
            return &s;
    return nullptr;
}

const KeySlot* Keyring::recoverySlot() const
{
    for (const KeySlot& s : m_slots)
        if (s.kind == SlotKind::Recovery)
            return &s;
    return nullptr;
}

bool Keyring::hasPendingRotation() const
{
    for (const KeySlot& s : m_slots)
        if (!s.pendingSealedDataKey.isEmpty())
            return true;
    return false;
}

QByteArray Keyring::sealDataKey(const QByteArray& publicKey, const SecureBytes& dataKey) const
{
    // The database id inside the sealed box binds the data key to this database.
    SecureBytes plain(sizeof(kDataKeyMagic) - 1 + 16 + dataKey.size());
    const QByteArray id = m_databaseId.toRfc4122();
    memcpy(plain.data(), kDataKeyMagic, sizeof(kDataKeyMagic) - 1);
    memcpy(plain.data() + sizeof(kDataKeyMagic) - 1, id.constData(), 16);
    memcpy(plain.data() + sizeof(kDataKeyMagic) - 1 + 16, dataKey.data(), dataKey.size());
    return sealTo(publicKey, plain.view());
}

Result<SecureBytes> Keyring::openDataKey(const KeySlot& slot, const SecureBytes& secretKey,
                                         const QByteArray& sealed) const
{
    auto plain = openSealed(slot.publicKey, secretKey, sealed);
    constexpr size_t header = sizeof(kDataKeyMagic) - 1 + 16;
    if (!plain.ok() || plain->size() != header + 32 ||
        memcmp(plain->data(), kDataKeyMagic, sizeof(kDataKeyMagic) - 1) != 0 ||
        QByteArrayView(plain->constChars() + sizeof(kDataKeyMagic) - 1, 16) !=
            m_databaseId.toRfc4122())
        return damaged(slot);
    return SecureBytes::copyOf(QByteArrayView(plain->constChars() + header, 32));
}

Error Keyring::damaged(const KeySlot& slot) const
{
    const QString who = slot.kind == SlotKind::Recovery ? tr("the recovery code") : slot.userName;
    return makeError(ErrorCode::KeyringDamaged,
                     tr("The keyring entry for %1 is damaged or belongs to another database. "
                        "Restore the keyring from a backup, or ask an administrator to reset it.")
                         .arg(who));
}

void Keyring::updateChecksum(KeySlot& slot) const
{
    slot.checksum = slot.computeChecksum(m_databaseId);
}

Result<KeySlot> Keyring::makeSlot(SlotKind kind, const QString& userName, const SecureBytes& secret,
                                  const KdfParams& kdf, const SecureBytes& dataKey,
                                  const Clock& clock) const
{
    KeySlot slot;
    slot.id = QUuid::createUuid();
    slot.kind = kind;
    slot.userName = kind == SlotKind::User ? userName : QString();
    slot.createdAt = orSystemClock(clock)();
    slot.kdf = kdf;
    BoxKeyPair pair = BoxKeyPair::generate();
    slot.publicKey = pair.publicKey;
    auto wrapKey = derivePasswordKey(secret, kdf, kAeadKeyBytes);
    if (!wrapKey.ok())
        return wrapKey.error();
    slot.wrappedSecretKey =
        aeadEncrypt(wrapKey.value(), pair.secretKey.view(), slot.associatedData(m_databaseId));
    slot.sealedDataKey = sealDataKey(slot.publicKey, dataKey);
    updateChecksum(slot);
    return slot;
}

Result<Keyring::OpenedSlot> Keyring::open(const KeySlot& slot, const SecureBytes& secret) const
{
    if (slot.checksum != slot.computeChecksum(m_databaseId))
        return damaged(slot);
    auto wrapKey = derivePasswordKey(secret, slot.kdf, kAeadKeyBytes);
    if (!wrapKey.ok())
        return wrapKey.error();
    auto secretKey =
        aeadDecrypt(wrapKey.value(), slot.wrappedSecretKey, slot.associatedData(m_databaseId));
    if (!secretKey.ok()) {
        return makeError(ErrorCode::WrongPassword,
                         slot.kind == SlotKind::Recovery
                             ? tr("The recovery code does not match this database.")
                             : tr("Wrong user name or password."));
    }
    OpenedSlot opened;
    opened.secretKey = std::move(secretKey.value());
    auto dataKey = openDataKey(slot, opened.secretKey, slot.sealedDataKey);
    if (!dataKey.ok())
        return dataKey.error();
    opened.dataKey = std::move(dataKey.value());
    if (!slot.pendingSealedDataKey.isEmpty()) {
        auto pending = openDataKey(slot, opened.secretKey, slot.pendingSealedDataKey);
        if (!pending.ok())
            return pending.error();
        opened.pendingDataKey = std::move(pending.value());
    }
    return opened;
}

Status Keyring::addSlot(KeySlot slot)
{
    if (slot.kind == SlotKind::User && findUser(slot.userName))
        return makeError(ErrorCode::AlreadyExists,
                         tr("A user named %1 already exists.").arg(slot.userName));
    if (slot.kind == SlotKind::Recovery)
        m_slots.removeIf([](const KeySlot& s) { return s.kind == SlotKind::Recovery; });
    m_slots.append(std::move(slot));
    return {};
}

Status Keyring::replaceSlot(KeySlot slot)
{
    for (KeySlot& s : m_slots) {
        if (s.id == slot.id) {
            s = std::move(slot);
            return {};
        }
    }
    return makeError(ErrorCode::NotFound, tr("The keyring has no such entry."));
}

bool Keyring::removeUser(const QString& userName)
{
    return m_slots.removeIf([&](const KeySlot& s) {
        return s.kind == SlotKind::User && s.userName == userName;
    }) > 0;
}

void Keyring::sealPendingDataKey(const SecureBytes& newDataKey)
{
    for (KeySlot& s : m_slots) {
        s.pendingSealedDataKey = sealDataKey(s.publicKey, newDataKey);
        updateChecksum(s);
    }
}

void Keyring::promotePendingDataKey()
{
    for (KeySlot& s : m_slots) {
        if (s.pendingSealedDataKey.isEmpty())
            continue;
        s.sealedDataKey = std::exchange(s.pendingSealedDataKey, QByteArray());
        updateChecksum(s);
    }
}

void Keyring::dropPendingDataKey()
{
    for (KeySlot& s : m_slots) {
        s.pendingSealedDataKey.clear();
        updateChecksum(s);
    }
}

} // namespace jiahu
