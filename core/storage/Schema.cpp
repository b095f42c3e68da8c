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
    {2, "hash-chained audit log", R"sql(
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,               -- chain order, 1, 2, 3, ...
    id        TEXT NOT NULL UNIQUE,              -- UUIDv7
    at        INTEGER NOT NULL,                  -- UTC milliseconds
    user_id   TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    family_id TEXT NOT NULL,
    reason    TEXT NOT NULL,
    prev_hash BLOB NOT NULL CHECK (length(prev_hash) = 32),
    hash      BLOB NOT NULL CHECK (length(hash) = 32)
);
CREATE INDEX audit_by_user ON audit_log(user_name, at);
CREATE INDEX audit_by_family ON audit_log(family_id, at) WHERE family_id <> '';
CREATE INDEX audit_by_time ON audit_log(at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
)sql"},
};

} // namespace

std::span<const Migration> schemaMigrations()
{
    return kMigrations;
}

} // namespace jiahu
