#include "RecoveryCode.h"

#include "Sodium.h"

#include <QCoreApplication>
#include <sodium.h>

namespace jiahu::RecoveryCode {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base 32
constexpr size_t kRandomBytes = 19;
constexpr size_t kTotalBytes = kRandomBytes + 1; // + check byte
constexpr size_t kChars = kTotalBytes * 8 / 5;   // 32

unsigned char checkByte(const unsigned char* data, size_t size)
{
    unsigned char digest[crypto_generichash_BYTES_MIN];
    crypto_generichash(digest, sizeof digest, data, size,
                       reinterpret_cast<const unsigned char*>("jiahu-recovery"), 14);
    return digest[0];
}

int decodeChar(char c)
{
    if (c >= 'a' && c <= 'z')
        c = char(c - 'a' + 'A');
    switch (c) {
    case 'O':
        return 0;
    case 'I':
    case 'L':
        return 1;
    default:
        break;
    }
    for (int i = 0; i < 32; ++i)
        if (kAlphabet[i] == c)
            return i;
    return -1;
}

QString invalidMessage()
{
    return QCoreApplication::translate(
        "Crypto", "This is not a valid recovery code. Check each group of four characters.");
}

} // namespace

SecureBytes generate()
{
    ensureSodium();
    SecureBytes raw(kTotalBytes);
    randombytes_buf(raw.data(), kRandomBytes);
    raw.data()[kRandomBytes] = checkByte(raw.data(), kRandomBytes);
    SecureBytes canonical(kChars);
    // 160 bits -> 32 groups of 5 bits, most significant first.
    for (size_t i = 0; i < kChars; ++i) {
        size_t bit = i * 5;
        unsigned value = 0;
        for (size_t b = 0; b < 5; ++b, ++bit)
            value = (value << 1) | ((raw.data()[bit / 8] >> (7 - bit % 8)) & 1u);
        canonical.data()[i] = static_cast<unsigned char>(kAlphabet[value]);
    }
    return format(canonical);
}

Result<SecureBytes> normalize(QByteArrayView typed)
{
    SecureBytes values(kChars);
    size_t n = 0;
    for (char c : typed) {
        if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        const int v = decodeChar(c);
        if (v < 0 || n >= kChars)
            return makeError(ErrorCode::InvalidArgument, invalidMessage());
        values.data()[n++] = static_cast<unsigned char>(v);
    }
    if (n != kChars)
        return makeError(ErrorCode::InvalidArgument, invalidMessage());
    SecureBytes raw(kTotalBytes);
    for (size_t i = 0; i < kChars * 5; ++i) {
        const unsigned bitValue = (values.data()[i / 5] >> (4 - i % 5)) & 1u;
        raw.data()[i / 8] =
            static_cast<unsigned char>(raw.data()[i / 8] | (bitValue << (7 - i % 8)));
    }
    if (checkByte(raw.data(), kRandomBytes) != raw.data()[kRandomBytes])
        return makeError(ErrorCode::InvalidArgument, invalidMessage());
    SecureBytes canonical(kChars);
    for (size_t i = 0; i < kChars; ++i)
        canonical.data()[i] = static_cast<unsigned char>(kAlphabet[values.data()[i]]);
    return canonical;
}

SecureBytes format(const SecureBytes& canonical)
{
    const size_t groups = (canonical.size() + 3) / 4;
    SecureBytes out(canonical.size() + (groups ? groups - 1 : 0));
    size_t o = 0;
    for (size_t i = 0; i < canonical.size(); ++i) {
        if (i && i % 4 == 0)
            out.data()[o++] = '-';
        out.data()[o++] = canonical.data()[i];
    }
    return out;
}

} // namespace jiahu::RecoveryCode
