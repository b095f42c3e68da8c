#include "BoxKeyPair.h"

#include "Sodium.h"

#include <QCoreApplication>
#include <sodium.h>

namespace jiahu {

BoxKeyPair BoxKeyPair::generate()
{
    ensureSodium();
    BoxKeyPair kp;
    kp.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    kp.secretKey = SecureBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(kp.publicKey.data()), kp.secretKey.data());
    return kp;
}

QByteArray sealTo(const QByteArray& publicKey, QByteArrayView plaintext)
{
    Q_ASSERT(publicKey.size() == crypto_box_PUBLICKEYBYTES);
    ensureSodium();
    QByteArray out(plaintext.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(out.data()),
                    reinterpret_cast<const unsigned char*>(plaintext.data()),
                    size_t(plaintext.size()),
                    reinterpret_cast<const unsigned char*>(publicKey.constData()));
    return out;
}

Result<SecureBytes> openSealed(const QByteArray& publicKey, const SecureBytes& secretKey,
                               const QByteArray& sealed)
{
    const auto fail = [] {
        return makeError(
            ErrorCode::Crypto,
            QCoreApplication::translate(
                "Crypto",
                "A sealed key could not be opened: it was altered or is not for this user."));
    };
    if (publicKey.size() != crypto_box_PUBLICKEYBYTES ||
        secretKey.size() != crypto_box_SECRETKEYBYTES ||
        sealed.size() <= qsizetype(crypto_box_SEALBYTES))
        return fail();
    SecureBytes plain(size_t(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(
            plain.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
            size_t(sealed.size()), reinterpret_cast<const unsigned char*>(publicKey.constData()),
            secretKey.data()) != 0)
        return fail();
    return plain;
}

} // namespace jiahu
