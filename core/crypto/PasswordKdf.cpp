#include "PasswordKdf.h"

#include "Sodium.h"

#include <QCoreApplication>
#include <sodium.h>

namespace jiahu {

namespace {
KdfParams withCost(quint64 ops, quint64 mem)
{
    KdfParams p;
    p.opsLimit = ops;
    p.memLimit = mem;
    return p.withFreshSalt();
}
} // namespace

KdfParams KdfParams::release()
{
    return withCost(crypto_pwhash_argon2id_OPSLIMIT_MODERATE,
                    crypto_pwhash_argon2id_MEMLIMIT_MODERATE);
}

KdfParams KdfParams::interactive()
{
    return withCost(crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
                    crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE);
}

KdfParams KdfParams::sensitive()
{
    return withCost(crypto_pwhash_argon2id_OPSLIMIT_SENSITIVE,
                    crypto_pwhash_argon2id_MEMLIMIT_SENSITIVE);
}

KdfParams KdfParams::testOnlyMinimal()
{
    return withCost(crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN);
}

KdfParams KdfParams::withFreshSalt() const
{
    ensureSodium();
    KdfParams p = *this;
    p.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(p.salt.data(), size_t(p.salt.size()));
    return p;
}

bool KdfParams::isValid() const
{
    return salt.size() == crypto_pwhash_SALTBYTES &&
           opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN &&
           opsLimit <= quint64(crypto_pwhash_argon2id_OPSLIMIT_SENSITIVE) * 4 &&
           memLimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN &&
           memLimit <= quint64(crypto_pwhash_argon2id_MEMLIMIT_SENSITIVE) * 4;
}

Result<SecureBytes> derivePasswordKey(const SecureBytes& password, const KdfParams& params,
                                      size_t outputSize)
{
    if (!ensureSodium())
        return makeError(
            ErrorCode::Crypto,
            QCoreApplication::translate("Crypto", "The cryptography library could not start."));
    if (!params.isValid())
        return makeError(ErrorCode::KeyringDamaged,
                         QCoreApplication::translate(
                             "Crypto", "The key derivation settings in the keyring are invalid."));
    SecureBytes out(outputSize);
    const int rc =
        crypto_pwhash(out.data(), outputSize, password.constChars(), password.size(),
                      reinterpret_cast<const unsigned char*>(params.salt.constData()),
                      params.opsLimit, size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return makeError(
            ErrorCode::Crypto,
            QCoreApplication::translate(
                "Crypto", "Not enough memory to derive the key from the password (%1 MiB needed).")
                .arg(params.memLimit / (1024 * 1024)));
    return out;
}

} // namespace jiahu
