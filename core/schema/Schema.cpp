#include "Schema.h"

#include "common/Clock.h"
#include "domain/AssessmentTemplate.h"
#include "domain/FollowUpCadence.h"
#include "projection/FamilyProjection.h"
#include "schema/ChangeLogTriggers.h"
#include "storage/Database.h"
#include "storage/MetaSettings.h"
#include "storage/Query.h"

#include <QHash>

namespace jiahu {

namespace {

constexpr const char* kAppendOnly[] = {"assessments", "risk_events", "referral_events",
                                       "guidance_sessions", "follow_ups"};
constexpr const char* kSoftDelete[] = {"families",     "people",    "assessment_templates", "plans",
                                       "plan_actions", "referrals", "attachments"};

/// Synced tables: outbox triggers, and either append-only or soft-delete-only.
Status installSyncedTableTriggers(Database& db)
{
    for (const char* table : kAppendOnly) {
        JIAHU_TRY(ChangeLogTriggers::install(db, table));
        JIAHU_TRY(ChangeLogTriggers::installAppendOnly(db, table));
    }
    // Left out of the outbox: an attachment's content (it travels apart, named by its sha256)
    // and caches derived from synced rows (every machine derives them again).
    const QHash<QByteArray, QStringList> notSynced = {
        {"attachments", {QStringLiteral("content")}},
        {"families",
         {QStringLiteral("risk_code"), QStringLiteral("last_activity_at"),
          QStringLiteral("next_due")}},
        {"referrals", {QStringLiteral("status")}}};
    for (const char* table : kSoftDelete) {
        JIAHU_TRY(ChangeLogTriggers::install(db, table, notSynced.value(table)));
        JIAHU_TRY(ChangeLogTriggers::installSoftDeleteOnly(db, table));
    }
    return {};
}

Status installCaseRecordTriggers(Database& db)
{
    JIAHU_TRY(installSyncedTableTriggers(db));
    JIAHU_TRY(db.exec("CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log "
                      "BEGIN SELECT RAISE(ABORT, 'change_log rows are not edited'); END;"));
    // The shipped assessment template, with a fixed id and clock so every machine has the same
    // row (sync sees one template, not one per installation).
    auto tpl = db.prepare("INSERT INTO assessment_templates(id, name, version, is_default, "
                          "definition, created_at, updated_at, updated_by, hlc) "
                          "VALUES (?, 'jiahu-default', 1, 1, ?, 0, 0, 'jiahu', "
                          "'0000000000000000-00000000-jiahu');");
    if (!tpl.ok())
        return tpl.error();
    return tpl
        ->bindAll(AssessmentTemplate::defaultTemplateId(),
                  QString::fromUtf8(AssessmentTemplate::defaultDefinition()))
        .exec();
}

/// Schema 4: the triggers again for the new columns; code events written before get the due
/// date their cadence gave; every family's derived data is computed afresh (search documents
/// move to the new layout, last activity comes from the records' HLC).
Status upgradeToDerivedData(Database& db)
{
    // The backfill below updates an append-only table; installing the triggers again afterwards
    // restores its guard and covers the new columns.
    JIAHU_TRY(db.exec("DROP TRIGGER risk_events_no_update;"));
    auto cadenceText = MetaSettings(db).value(QString::fromLatin1(FollowUpCadence::kSettingKey));
    if (!cadenceText.ok())
        return cadenceText.error();
    const FollowUpCadence cadence = FollowUpCadence::fromSetting(cadenceText.value());
    auto events = fetchAll(
        db,
        "SELECT id, created_at, code FROM risk_events WHERE kind IN "
        "('set', 'approve') AND next_due IS NULL;",
        {}, [](const Statement& st) { return std::tuple(st.text(0), st.int64(1), st.int64(2)); });
    if (!events.ok())
        return events.error();
    for (const auto& [id, createdAt, code] : events.value()) {
        const RiskCode c = RiskCodes::fromSeverity(code).value_or(RiskCode::Blue);
        JIAHU_TRY(execute(db, "UPDATE risk_events SET next_due = ? WHERE id = ?;",
                          {caseDate(createdAt).addDays(cadence.days(c)), id}));
    }
    JIAHU_TRY(installSyncedTableTriggers(db));
    return FamilyProjection::refreshAll(db);
}

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
    {3, "case records", R"sql(
-- Reference data an administrator manages.
CREATE TABLE towns (
    name TEXT PRIMARY KEY NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 8)  -- used in file numbers
) WITHOUT ROWID;
-- Where a user may work: towns (caseworkers, supervisors; '*' = every town), schools
-- (counselors), an agency (legal liaisons), or an extra case role for an administrator.
CREATE TABLE user_scopes (
    user_id TEXT NOT NULL REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
    kind    TEXT NOT NULL CHECK (kind IN ('town', 'school', 'agency', 'case_role')),
    value   TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 100),
    PRIMARY KEY (user_id, kind, value)
) WITHOUT ROWID;
CREATE TABLE file_counters (
    town TEXT NOT NULL,
    year INTEGER NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (town, year)
) WITHOUT ROWID;

-- Every synced table: UUIDv7 id, created_at/updated_at (UTC ms), updated_by (user id), hlc,
-- deleted_at (soft delete). Outbox triggers are generated after this script.
CREATE TABLE families (
    id               TEXT PRIMARY KEY NOT NULL,
    file_no          TEXT NOT NULL UNIQUE,
    town             TEXT NOT NULL,
    community        TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL DEFAULT '',
    schools          TEXT NOT NULL DEFAULT '',      -- linked schools, newline-separated
    categories       INTEGER NOT NULL DEFAULT 0,    -- bit set of FamilyCategory
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'transferred')),
    status_reason    TEXT NOT NULL DEFAULT '',
    caseworker_id    TEXT REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
    risk_code        INTEGER NOT NULL DEFAULT 0 CHECK (risk_code BETWEEN 0 AND 4), -- derived: 0 = not coded
    last_activity_at INTEGER NOT NULL,
    next_due         TEXT,                          -- YYYY-MM-DD of the next follow-up
    notes            TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted_at INTEGER
);
CREATE INDEX families_by_code ON families(risk_code DESC, last_activity_at DESC, id DESC)
    WHERE deleted_at IS NULL;
CREATE INDEX families_by_town ON families(town, risk_code DESC, last_activity_at DESC, id DESC)
    WHERE deleted_at IS NULL;
CREATE INDEX families_due ON families(next_due) WHERE deleted_at IS NULL AND status = 'open';
CREATE INDEX families_worker_due ON families(caseworker_id, next_due)
    WHERE deleted_at IS NULL AND status = 'open';

CREATE TABLE people (
    id            TEXT PRIMARY KEY NOT NULL,
    family_id     TEXT NOT NULL REFERENCES families(id) DEFERRABLE INITIALLY DEFERRED,
    member_role   TEXT NOT NULL CHECK (member_role IN ('child', 'guardian', 'member')),
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    gender        TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'male', 'female')),
    birth_date    TEXT NOT NULL DEFAULT '',
    id_number     TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    school        TEXT NOT NULL DEFAULT '',
    grade         TEXT NOT NULL DEFAULT '',
    relationship  TEXT NOT NULL DEFAULT '',
    special_needs TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted_at INTEGER
);
CREATE INDEX people_by_family ON people(family_id);
CREATE INDEX people_by_school ON people(school, family_id) WHERE school <> '' AND deleted_at IS NULL;
CREATE UNIQUE INDEX people_by_id_number ON people(id_number)
    WHERE id_number <> '' AND deleted_at IS NULL;

CREATE TABLE assessment_templates (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    is_default INTEGER NOT NULL DEFAULT 0,
    definition TEXT NOT NULL,                       -- JSON, see AssessmentTemplate
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted_at INTEGER,
    UNIQUE (name, version)
);

CREATE TABLE assessments (
    id               TEXT PRIMARY KEY NOT NULL,
    family_id        TEXT NOT NULL REFERENCES families(id) DEFERRABLE INITIALLY DEFERRED,
    template_id      TEXT NOT NULL REFERENCES assessment_templates(id) DEFERRABLE INITIALLY DEFERRED,
    template_version INTEGER NOT NULL,
    answers          TEXT NOT NULL,                 -- JSON object item -> value
    score            INTEGER NOT NULL,
    suggested_code   INTEGER NOT NULL CHECK (suggested_code BETWEEN 1 AND 4),
    confirmed_code   INTEGER NOT NULL CHECK (confirmed_code BETWEEN 1 AND 4),
    override_reason  TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted_at INTEGER
);
CREATE INDEX assessments_by_family ON assessments(family_id, created_at);

-- Risk-code history, append-only. 'set' takes effect at once (first code, raises); 'propose'
-- asks for a downgrade; 'approve'/'decline' decide a proposal, 'review' acknowledges a raise.
-- The current code is the code of the latest 'set' or 'approve'.
CREATE TABLE risk_events (
    id            TEXT PRIMARY KEY NOT NULL,
    family_id     TEXT NOT NULL REFERENCES families(id) DEFERRABLE INITIALLY DEFERRED,
    kind          TEXT NOT NULL CHECK (kind IN ('set', 'propose', 'approve', 'decline', 'review')),
    code          INTEGER NOT NULL CHECK (code BETWEEN 1 AND 4),
    previous_code INTEGER NOT NULL CHECK (previous_code BETWEEN 0 AND 4),
    decides       TEXT REFERENCES risk_events(id) DEFERRABLE INITIALLY DEFERRED,
    assessment_id TEXT REFERENCES assessments(id) DEFERRABLE INITIALLY DEFERRED,
    reason        TEXT NOT NULL,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted_at INTEGER
);
CREATE INDEX risk_events_by_family ON risk_events(family_id, hlc);
CREATE UNIQUE INDEX risk_events_one_decision ON risk_events(decides) WHERE decides IS NOT NULL;
CREATE INDEX risk_events_open ON risk_events(kind, created_at) WHERE kind IN ('set', 'propose');

CREATE TABLE plans (
    id          TEXT PRIMARY KEY NOT NULL,
    family_id   TEXT NOT NULL REFERENCES families(id) DEFERRABLE INITIALLY DEFERRED,
    kind        TEXT NOT NULL CHECK (kind IN ('care', 'guidance')),
    title       TEXT NOT NULL,
    goals       TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'closed')),
    approved_by TEXT REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
    approved_at INTEGER,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted_at INTEGER
);
CREATE INDEX plans_by_family ON plans(family_id);
CREATE TABLE plan_actions (
    id          TEXT PRIMARY KEY NOT NULL,
    plan_id     TEXT NOT NULL REFERENCES plans(id) DEFERRABLE INITIALLY DEFERRED,
    family_id   TEXT NOT NULL REFERENCES families(id) DEFERRABLE INITIALLY DEFERRED,
    description TEXT NOT NULL,
    agency      TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT '',
    due_date    TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'doing', 'done', 'dropped')),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted_at INTEGER
);
CREATE INDEX plan_actions_by_plan ON plan_actions(plan_id);
CREATE INDEX plan_actions_by_family ON plan_actions(family_id);

CREATE TABLE referrals (
    id               TEXT PRIMARY KEY NOT NULL,
    family_id        TEXT NOT NULL REFERENCES families(id) DEFERRABLE INITIALLY DEFERRED,
    agency           TEXT NOT NULL CHECK (length(agency) BETWEEN 1 AND 100),
    request          TEXT NOT NULL,                 -- ReferralRequest id
    reason           TEXT NOT NULL DEFAULT '',
    legal_basis      TEXT NOT NULL DEFAULT '',
    problems         TEXT NOT NULL DEFAULT '',
    required_actions TEXT NOT NULL DEFAULT '',
    frequency        TEXT NOT NULL DEFAULT '',
    duration         TEXT NOT NULL DEFAULT '',
    provider         TEXT NOT NULL DEFAULT '',
    venue            TEXT NOT NULL DEFAULT '',
    served_how       TEXT NOT NULL DEFAULT '',
    required_hours   REAL NOT NULL DEFAULT 0,
    response         TEXT NOT NULL DEFAULT '',
    outcome          TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'draft',  -- derived: latest referral_events status
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted_at INTEGER
);
CREATE INDEX referrals_by_family ON referrals(family_id);
CREATE INDEX referrals_by_agency ON referrals(agency, status, created_at);
CREATE TABLE referral_events (
    id          TEXT PRIMARY KEY NOT NULL,
    referral_id TEXT NOT NULL REFERENCES referrals(id) DEFERRABLE INITIALLY DEFERRED,
    family_id   TEXT NOT NULL REFERENCES families(id) DEFERRABLE INITIALLY DEFERRED,
    status      TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted_at INTEGER
);
CREATE INDEX referral_events_by_referral ON referral_events(referral_id, hlc);
CREATE INDEX referral_events_by_family ON referral_events(family_id);

CREATE TABLE guidance_sessions (
    id           TEXT PRIMARY KEY NOT NULL,
    family_id    TEXT NOT NULL REFERENCES families(id) DEFERRABLE INITIALLY DEFERRED,
    guardian_id  TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
    referral_id  TEXT REFERENCES referrals(id) DEFERRABLE INITIALLY DEFERRED,     -- the order these hours count against
    session_date TEXT NOT NULL,
    hours        REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
    topic        TEXT NOT NULL,
    provider     TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted_at INTEGER
);
CREATE INDEX guidance_by_family ON guidance_sessions(family_id, session_date);
CREATE INDEX guidance_by_referral ON guidance_sessions(referral_id) WHERE referral_id IS NOT NULL;

CREATE TABLE follow_ups (
    id         TEXT PRIMARY KEY NOT NULL,
    family_id  TEXT NOT NULL REFERENCES families(id) DEFERRABLE INITIALLY DEFERRED,
    person_id  TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
    kind       TEXT NOT NULL CHECK (kind IN ('home_visit', 'phone', 'school', 'psych_check', 'other')),
    visit_date TEXT NOT NULL,
    notes      TEXT NOT NULL DEFAULT '',
    findings   TEXT NOT NULL DEFAULT '',
    next_due   TEXT NOT NULL,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted_at INTEGER
);
CREATE INDEX follow_ups_by_family ON follow_ups(family_id, visit_date);

CREATE TABLE attachments (
    id          TEXT PRIMARY KEY NOT NULL,
    family_id   TEXT NOT NULL REFERENCES families(id) DEFERRABLE INITIALLY DEFERRED,
    file_name   TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    mime_type   TEXT NOT NULL DEFAULT '',
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    description TEXT NOT NULL DEFAULT '',
    content     BLOB NOT NULL,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    hlc TEXT NOT NULL, deleted_at INTEGER
);
CREATE INDEX attachments_by_family ON attachments(family_id);

-- The sync outbox, filled by triggers in the writing transaction.
CREATE TABLE change_log (
    seq     INTEGER PRIMARY KEY,
    entity  TEXT NOT NULL,
    row_id  TEXT NOT NULL,
    op      TEXT NOT NULL CHECK (op IN ('insert', 'update')),
    fields  TEXT NOT NULL,                          -- JSON object: changed field -> new value
    hlc     TEXT NOT NULL,
    user_id TEXT NOT NULL,
    at      INTEGER NOT NULL
);

-- Search: one document per family (docid = families.rowid), tokens made by SearchTokens.
-- ident: names, file number, identity-number tails, phones; notes: follow-up and assessment text.
CREATE VIRTUAL TABLE family_search USING fts4(ident, notes, tokenize=simple);
)sql",
     &installCaseRecordTriggers},
    {4, "edits, corrections and derived data", R"sql(
-- Corrections of history records: a new row names the one it corrects and says why.
ALTER TABLE follow_ups ADD COLUMN amends TEXT REFERENCES follow_ups(id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE follow_ups ADD COLUMN amend_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX follow_ups_amends ON follow_ups(amends) WHERE amends IS NOT NULL;
ALTER TABLE assessments ADD COLUMN amends TEXT REFERENCES assessments(id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE assessments ADD COLUMN amend_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX assessments_amends ON assessments(amends) WHERE amends IS NOT NULL;
-- A next-due date beyond the code's cadence says why (and shows in the supervisor's queue).
ALTER TABLE follow_ups ADD COLUMN next_due_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX follow_ups_extended ON follow_ups(family_id) WHERE next_due_reason <> '';
-- A code event fixes when the next follow-up is due under the new code, from the cadence in
-- force when it was made, so the derived due date depends only on the records.
ALTER TABLE risk_events ADD COLUMN next_due TEXT;
-- The same identity number may be recorded in two files (a child who moved, records that
-- arrived by sync); duplicates are shown where the user may see them, not refused blindly.
DROP INDEX people_by_id_number;
CREATE INDEX people_by_id_number ON people(id_number) WHERE id_number <> '' AND deleted_at IS NULL;
-- The list's sort orders, each on an index that matches it.
CREATE INDEX families_by_due ON families(next_due, id) WHERE deleted_at IS NULL;
CREATE INDEX families_by_activity ON families(last_activity_at DESC, id DESC)
    WHERE deleted_at IS NULL;
CREATE INDEX families_open_by_code_due ON families(risk_code DESC, next_due, id)
    WHERE deleted_at IS NULL AND status = 'open';
-- One worker's queue, in the same order (most severe code first, then the most overdue).
DROP INDEX families_worker_due;
CREATE INDEX families_worker_open ON families(caseworker_id, risk_code DESC, next_due, id)
    WHERE deleted_at IS NULL AND status = 'open';
-- Counts for list headers: a covering index of the filters, so counting 100,000 files reads a
-- few hundred pages instead of the table.
CREATE INDEX families_facets ON families(status, deleted_at, next_due, categories, risk_code, town);
-- Search: places get their own column; counselors search children only.
DROP TABLE family_search;
CREATE VIRTUAL TABLE family_search USING fts4(ident, place, notes, tokenize=simple);
CREATE VIRTUAL TABLE person_search USING fts4(ident, tokenize=simple);
)sql",
     &upgradeToDerivedData},
    {5, "indexes of the work page's queues", R"sql(
-- One worker's follow-ups by date (due this week), and the count of their overdue files, without
-- walking every file of theirs in code order.
CREATE INDEX families_worker_next ON families(caseworker_id, next_due, id)
    WHERE deleted_at IS NULL AND status = 'open';
-- Code changes waiting for a supervisor: proposals and raises only, in queue order, instead of
-- every code ever set.
CREATE INDEX risk_events_pending ON risk_events(created_at, id)
    WHERE kind = 'propose' OR (kind = 'set' AND previous_code > 0);
-- Referrals by status, newest first (waiting for a response), and all of them newest first.
CREATE INDEX referrals_by_status ON referrals(status, created_at DESC, id DESC)
    WHERE deleted_at IS NULL;
CREATE INDEX referrals_by_created ON referrals(created_at DESC, id DESC) WHERE deleted_at IS NULL;
)sql"},
};

} // namespace

std::span<const Migration> schemaMigrations()
{
    return kMigrations;
}

} // namespace jiahu
