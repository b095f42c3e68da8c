#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>

namespace jiahu {

/// XChaCha20-Poly1305 (IETF) with a random 192-bit nonce.
struct SealedData {
    QByteArray nonce;
    QByteArray ciphertext; ///< includes the 16-byte tag
};

constexpr size_t kAeadKeyBytes = 32;

/// Encrypts `plaintext` under `key` (32 bytes) and authenticates `associatedData` with it.
SealedData aeadEncrypt(const SecureBytes& key, QByteArrayView plaintext,
                       QByteArrayView associatedData);
/// Decrypts; fails if the key is wrong or any byte of nonce, ciphertext or associated data changed.
Result<SecureBytes> aeadDecrypt(const SecureBytes& key, const SealedData& sealed,
                                QByteArrayView associatedData);

} // namespace jiahu
