// Fuzz target for the keyring file parser: whatever the bytes, parse() returns a value or an
// error, never crashes; and anything it accepts serialises back to something it accepts again.
#include "crypto/Keyring.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = jiahu::Keyring::parse(bytes);
    if (parsed.ok()) {
        const QByteArray again = parsed->serialize();
        auto reparsed = jiahu::Keyring::parse(again);
        if (!reparsed.ok() || reparsed->serialize() != again)
            std::abort();
    }
    return 0;
}
