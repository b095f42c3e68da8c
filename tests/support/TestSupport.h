#pragma once

#include "common/Result.h"
#include "crypto/PasswordKdf.h"
#include "crypto/SecureBytes.h"
#include "services/Vault.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace jiahu::test {

/// A fixed 256-bit key, for tests that open databases directly.
SecureBytes fixedKey(unsigned char seed = 0x42);
/// The key as 64 hex digits (for the sqlcipher shell).
QByteArray keyHex(const SecureBytes& key);
/// The cheapest Argon2id cost; tests ask for it explicitly.
KdfParams fastKdf();
SecureBytes secret(const char* text);

/// Opens (creating) an encrypted database in `dir` and fails the test on error.
std::unique_ptr<Database> openDatabase(const QString& path, const SecureBytes* key,
                                       bool create = true);

/// Every file a database uses: the file itself, -wal, -shm, -journal, and its keyring.
QStringList databaseFiles(const QString& path);
/// Files among `files` that contain `marker` as UTF-8 or UTF-16 (LE or BE).
QStringList filesContaining(const QStringList& files, const QString& marker);

/// The error of a result that is expected to fail; a result that succeeded gives an Internal
/// error saying so, so the test's comparison fails instead of the test crashing.
template <typename R> Error errorOf(const R& result)
{
    if (result.ok())
        return makeError(ErrorCode::Internal, QStringLiteral("<the call succeeded>"));
    return result.error();
}

/// What a run of a command-line program gave back.
struct ProgramRun {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject object() const;
    QJsonArray array() const;
};
/// Runs `program` with `arguments`, feeding `stdinText`, without JIAHU_DB / JIAHU_USER from the
/// environment; waits up to five minutes.
ProgramRun runProgram(const QString& program, const QStringList& arguments,
                      const QByteArray& stdinText = {});

QByteArray readAll(const QString& path);
bool writeAll(const QString& path, const QByteArray& bytes);

/// The passwords of the two users of createTwoUserDatabase().
inline constexpr const char* kAdminPassword = "admin-password-1";
inline constexpr const char* kWorkerPassword = "worker-password-2";

/// What createTwoUserDatabase() made.
struct TwoUserDatabase {
    QString path;         ///< empty when creating failed (a warning says why)
    QString recoveryCode; ///< as Vault::create gave it
};
/// A new database at `path` with the administrator "admin" (王管理, kAdminPassword) and the
/// caseworker "worker" (李社工, kWorkerPassword), both with the cheapest password hashing.
TwoUserDatabase createTwoUserDatabase(const QString& path);

/// Whether any problem `report` found says `text`.
bool anyProblemContains(const HealthReport& report, const QString& text,
                        Qt::CaseSensitivity cs = Qt::CaseSensitive);

/// One entry of the sync outbox (a change_log row), its fields read as a JSON object.
struct OutboxEntry {
    qint64 seq = 0;
    QString entity, rowId, op;
    QJsonObject fields;
    QString hlc, userId;
};
/// The last outbox sequence number (0 when the outbox is empty).
qint64 lastOutboxSeq(Database& db);
/// The outbox entries written after `seq`, in order; an entry whose fields are not a JSON object
/// gets a warning (and empty fields).
QList<OutboxEntry> outboxAfter(Database& db, qint64 seq);

} // namespace jiahu::test
