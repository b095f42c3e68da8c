#include "Uuid7.h"

#include <QDateTime>
#include <sodium.h>

#include <array>

namespace jiahu {

namespace {
QUuid fromBytes(std::array<unsigned char, 16>& b, qint64 unixMillis)
{
    const auto ms = static_cast<quint64>(unixMillis);
    for (int i = 0; i < 6; ++i)
        b[static_cast<size_t>(i)] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x70); // version 7
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80); // RFC variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(b.data()), 16));
}
} // namespace

QUuid createUuid7(qint64 unixMillis)
{
    std::array<unsigned char, 16> b{};
    randombytes_buf(b.data(), b.size());
    return fromBytes(b, unixMillis);
}

QUuid createUuid7(qint64 unixMillis, quint64 random1, quint64 random2)
{
    std::array<unsigned char, 16> b{};
    for (size_t i = 0; i < 8; ++i) {
        b[i] = static_cast<unsigned char>(random1 >> (8 * i));
        b[8 + i] = static_cast<unsigned char>(random2 >> (8 * i));
    }
    return fromBytes(b, unixMillis);
}

QUuid createUuid7()
{
    return createUuid7(QDateTime::currentMSecsSinceEpoch());
}

} // namespace jiahu
