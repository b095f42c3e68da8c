#pragma once

#include "common/Result.h"
#include "crypto/PasswordKdf.h"
#include "crypto/SecureBytes.h"
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

} // namespace jiahu::test
