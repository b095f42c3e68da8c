#pragma once

#include "storage/Migrator.h"

#include <span>

namespace jiahu {

/// Jiahu's schema as an ordered list of migrations. Append new steps; never edit shipped ones.
std::span<const Migration> schemaMigrations();

} // namespace jiahu
