#pragma once

namespace jiahu {

/// Stops this process from writing core dumps (which would hold keys and case data) and from
/// being attached to by other processes of the same user. Applied in release builds.
void hardenProcess();

} // namespace jiahu
