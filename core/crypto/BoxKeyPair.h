#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>

namespace jiahu {

/// An X25519 key pair (libsodium crypto_box). The secret half lives in guarded memory.
struct BoxKeyPair {
    QByteArray publicKey;
    SecureBytes secretKey;

    static BoxKeyPair generate();
};

/// Anonymous sealed box (crypto_box_seal): anyone with the public key can seal, only the holder
/// of the secret key can open. Lets an administrator hand a data key to every user.
QByteArray sealTo(const QByteArray& publicKey, QByteArrayView plaintext);
Result<SecureBytes> openSealed(const QByteArray& publicKey, const SecureBytes& secretKey,
                               const QByteArray& sealed);

} // namespace jiahu
