#pragma once

namespace jiahu {

/// Initialises libsodium once per process. Returns false if it cannot (no entropy source).
bool ensureSodium();

} // namespace jiahu
