#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace jiahu {

/// Argon2id cost and salt, stored per keyring slot so each slot can have its own cost.
struct KdfParams {
    quint64 opsLimit = 0; ///< passes
    quint64 memLimit = 0; ///< bytes
    QByteArray salt;      ///< crypto_pwhash_SALTBYTES random bytes

    /// Release default: 256 MiB, 3 passes (libsodium's MODERATE).
    static KdfParams release();
    /// 64 MiB, 2 passes (libsodium's INTERACTIVE): the cheapest the CLI accepts.
    static KdfParams interactive();
    /// 1 GiB, 4 passes (libsodium's SENSITIVE).
    static KdfParams sensitive();
    /// The lowest cost Argon2id allows. Only for tests, which must ask for it explicitly.
    static KdfParams testOnlyMinimal();

    /// Same cost, fresh random salt.
    KdfParams withFreshSalt() const;
    bool isValid() const;
    bool operator==(const KdfParams&) const = default;
};

/// Argon2id (crypto_pwhash, ALG_ARGON2ID13): derives `outputSize` key bytes from a password.
Result<SecureBytes> derivePasswordKey(const SecureBytes& password, const KdfParams& params,
                                      size_t outputSize);

} // namespace jiahu
