#include "Hash.h"

#include "Sodium.h"

#include <sodium.h>

namespace jiahu {

QByteArray blake2b256(QByteArrayView label, QByteArrayView data)
{
    ensureSodium();
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    const quint8 labelSize = quint8(label.size());
    crypto_generichash_update(&state, &labelSize, 1);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(label.data()),
                              size_t(label.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(data.data()),
                              size_t(data.size()));
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()), 32);
    return out;
}

} // namespace jiahu
