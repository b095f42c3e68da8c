#include "Aead.h"

#include "Sodium.h"

#include <QCoreApplication>
#include <sodium.h>

namespace jiahu {

SealedData aeadEncrypt(const SecureBytes& key, QByteArrayView plaintext,
                       QByteArrayView associatedData)
{
    Q_ASSERT(key.size() == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    ensureSodium();
    SealedData out;
    out.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(out.nonce.data(), size_t(out.nonce.size()));
    out.ciphertext.resize(plaintext.size() + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(out.ciphertext.data()), &written,
        reinterpret_cast<const unsigned char*>(plaintext.data()), size_t(plaintext.size()),
        reinterpret_cast<const unsigned char*>(associatedData.data()),
        size_t(associatedData.size()), nullptr,
        reinterpret_cast<const unsigned char*>(out.nonce.constData()), key.data());
    out.ciphertext.resize(qsizetype(written));
    return out;
}

Result<SecureBytes> aeadDecrypt(const SecureBytes& key, const SealedData& sealed,
                                QByteArrayView associatedData)
{
    const auto fail = [] {
        return makeError(
            ErrorCode::Crypto,
            QCoreApplication::translate("Crypto", "Decryption failed: wrong key or altered data."));
    };
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES ||
        sealed.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        sealed.ciphertext.size() < qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return fail();
    SecureBytes plain(size_t(sealed.ciphertext.size()) - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    // A scratch byte keeps data() non-null for an empty plaintext.
    SecureBytes scratch(1);
    unsigned char* dest = plain.isEmpty() ? scratch.data() : plain.data();
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        dest, &written, nullptr,
        reinterpret_cast<const unsigned char*>(sealed.ciphertext.constData()),
        size_t(sealed.ciphertext.size()),
        reinterpret_cast<const unsigned char*>(associatedData.data()),
        size_t(associatedData.size()),
        reinterpret_cast<const unsigned char*>(sealed.nonce.constData()), key.data());
    if (rc != 0)
        return fail();
    return plain;
}

} // namespace jiahu
