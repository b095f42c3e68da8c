#include "Schema.h"

namespace jiahu {

namespace {

// SQL stays within what SQLite 3.15 (SQLCipher 3.4) and SQLCipher 4 both accept.
constexpr Migration kMigrations[] = {
    {1, "meta and users", R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id           TEXT PRIMARY KEY NOT NULL,      -- UUIDv7
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    display_name TEXT NOT NULL CHECK (length(display_name) <= 100),
    role         TEXT NOT NULL CHECK (role IN ('administrator', 'caseworker', 'counselor',
                                               'supervisor', 'liaison')),
    created_at   INTEGER NOT NULL,               -- UTC milliseconds
    updated_at   INTEGER NOT NULL,
    deleted_at   INTEGER                         -- soft delete: removed users stay for history
);
CREATE UNIQUE INDEX users_live_name ON users(name) WHERE deleted_at IS NULL;
)sql"},
};

} // namespace

std::span<const Migration> schemaMigrations()
{
    return kMigrations;
}

} // namespace jiahu
