#include "Uuid7.h"

#include <QDateTime>
#include <sodium.h>

#include <array>

namespace jiahu {

QUuid createUuid7(qint64 unixMillis)
{
    std::array<unsigned char, 16> b{};
    randombytes_buf(b.data(), b.size());
    const auto ms = static_cast<quint64>(unixMillis);
    for (int i = 0; i < 6; ++i)
        b[static_cast<size_t>(i)] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x70); // version 7
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80); // RFC variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(b.data()), 16));
}

QUuid createUuid7()
{
    return createUuid7(QDateTime::currentMSecsSinceEpoch());
}

} // namespace jiahu
