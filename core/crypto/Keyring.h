#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/Aead.h"
#include "crypto/PasswordKdf.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace jiahu {

enum class SlotKind { User, Recovery };

/// One way into the database, LUKS-style. The slot's X25519 secret key is wrapped with
/// XChaCha20-Poly1305 under an Argon2id key from the user's password (or the recovery code);
/// the database's data key is sealed to the slot's public key, so an administrator can hand a
/// new data key to every slot without knowing anyone's password.
///
/// Everything that describes the slot (database id, slot id, kind, user, KDF cost and salt,
/// public key) is the AEAD's associated data, so a slot copied into another database's keyring,
/// or edited, does not open. A BLAKE2b checksum over all fields tells damage from a wrong password.
struct KeySlot {
    QUuid id;
    SlotKind kind = SlotKind::User;
    QString userName; ///< empty for the recovery slot
    qint64 createdAt = 0;
    KdfParams kdf;
    QByteArray publicKey;
    SealedData wrappedSecretKey;
    QByteArray sealedDataKey;
    QByteArray pendingSealedDataKey; ///< set only while a data-key rotation is in progress
    QByteArray checksum;

    QByteArray associatedData(const QUuid& databaseId) const;
    QByteArray computeChecksum(const QUuid& databaseId) const;
};

/// The keyring file beside a database (`<database>.keyring`): a header with the database id and
/// one slot per user plus one recovery slot. Written atomically.
class Keyring {
    Q_DECLARE_TR_FUNCTIONS(Keyring)
public:
    static constexpr int kFormatVersion = 1;

    /// What opening a slot yields: the slot's secret key and the data key(s) sealed to it.
    struct OpenedSlot {
        SecureBytes secretKey;
        SecureBytes dataKey;
        std::optional<SecureBytes> pendingDataKey;
    };

    static QString pathFor(const QString& databasePath);
    static Keyring create(const QUuid& databaseId);
    static Result<Keyring> load(const QString& path);
    /// Parses and validates the file format (not the cryptography). Fuzzed.
    static Result<Keyring> parse(const QByteArray& bytes);
    QByteArray serialize() const;
    /// Atomic write (temporary file, fsync, rename), readable by the owner only.
    Status save(const QString& path) const;

    const QUuid& databaseId() const { return m_databaseId; }
    const QList<KeySlot>& entries() const { return m_slots; }
    const KeySlot* findUser(const QString& userName) const;
    const KeySlot* recoverySlot() const;
    bool hasPendingRotation() const;

    /// A new slot for `secret` (a password or a canonical recovery code) holding `dataKey`,
    /// stamped with `clock` (the system clock when none is given).
    Result<KeySlot> makeSlot(SlotKind kind, const QString& userName, const SecureBytes& secret,
                             const KdfParams& kdf, const SecureBytes& dataKey,
                             const Clock& clock = {}) const;
    /// Unwraps a slot with its password or recovery code.
    Result<OpenedSlot> open(const KeySlot& slot, const SecureBytes& secret) const;

    /// Adds a slot; a user slot's name must be new, a recovery slot replaces the old one.
    Status addSlot(KeySlot slot);
    /// Replaces the slot with the same id.
    Status replaceSlot(KeySlot slot);
    bool removeUser(const QString& userName);

    /// Rotation, step 1: seal `newDataKey` to every slot as pending (the old key still works).
    void sealPendingDataKey(const SecureBytes& newDataKey);
    /// Rotation, step 3 (after the database was rekeyed): the pending key becomes current.
    void promotePendingDataKey();
    /// Abandons a rotation that did not reach the database.
    void dropPendingDataKey();

private:
    QByteArray sealDataKey(const QByteArray& publicKey, const SecureBytes& dataKey) const;
    Result<SecureBytes> openDataKey(const KeySlot& slot, const SecureBytes& secretKey,
                                    const QByteArray& sealed) const;
    void updateChecksum(KeySlot& slot) const;
    Error damaged(const KeySlot& slot) const;

    QUuid m_databaseId;
    QList<KeySlot> m_slots;
};

} // namespace jiahu
