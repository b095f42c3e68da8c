#include "Sodium.h"

#include <sodium.h>

namespace jiahu {

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace jiahu
