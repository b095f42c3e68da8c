#include "Backup.h"

#include "Database.h"

#include "common/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>
#include <sqlite3.h>

#include <unistd.h>

namespace jiahu {

QStringList DatabaseFiles::companions(const QString& path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
}

Status DatabaseFiles::backup(Database& source, const QString& destPath, const SecureBytes* key)
{
    if (QFileInfo::exists(destPath))
        return makeError(
            ErrorCode::AlreadyExists,
            tr("%1 already exists. Choose a new file name for the backup.").arg(destPath));
    const QString partPath = destPath + QStringLiteral(".part");
    QFile::remove(partPath); // a leftover from an interrupted backup of ours
    {
        Database::Options options;
        options.path = partPath;
        options.key = key;
        options.create = true;
        options.wal = false;
        auto dest = Database::open(options);
        if (!dest.ok())
            return dest.error();
        sqlite3_backup* backup =
            sqlite3_backup_init(dest.value()->handle(), "main", source.handle(), "main");
        if (!backup) {
            const Error e = dest.value()->lastError(sqlite3_errcode(dest.value()->handle()),
                                                    QStringLiteral("backup_init"));
            dest.value().reset();
            QFile::remove(partPath);
            return e;
        }
        int rc = SQLITE_OK;
        for (int attempt = 0; attempt < 200; ++attempt) {
            rc = sqlite3_backup_step(backup, -1);
            if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
                break;
            QThread::msleep(50);
        }
        const int finish = sqlite3_backup_finish(backup);
        if (rc == SQLITE_DONE)
            rc = finish;
        if (rc != SQLITE_OK) {
            source.noteFailure(rc, QStringLiteral("backup")); // a damaged page of the source
            const Error e = sqliteError(rc, QStringLiteral("backup_step"),
                                        QString::fromUtf8(sqlite3_errstr(rc)));
            dest.value().reset();
            QFile::remove(partPath);
            return e;
        }
        auto problems = dest.value()->integrityCheck();
        if (!problems.ok() || !problems.value().isEmpty()) {
            dest.value().reset();
            QFile::remove(partPath);
            QFile::remove(Database::damageMarkerPath(partPath));
            return makeError(ErrorCode::Corrupt, tr("The backup copy failed its integrity check."));
        }
    }
    if (!QFile::rename(partPath, destPath))
        return makeError(ErrorCode::Io, tr("The backup could not be written to %1.").arg(destPath));
    qCInfo(lcStorage) << "backup written" << destPath;
    return {};
}

Result<QString> DatabaseFiles::moveAside(const QString& path, const QString& suffix)
{
    if (!QFileInfo::exists(path))
        return QString();
    const QString aside = path + u'.' + suffix;
    if (QFileInfo::exists(aside))
        return makeError(ErrorCode::AlreadyExists, tr("%1 already exists.").arg(aside));
    if (!QFile::rename(path, aside))
        return makeError(ErrorCode::Io, tr("%1 could not be moved aside.").arg(path));
    // The WAL belongs to the main file: move it with it, or the safety copy would lose commits.
    // A damage marker describes the file, so it goes with it too.
    const QStringList from = companions(path) << Database::damageMarkerPath(path);
    const QStringList to = companions(aside) << Database::damageMarkerPath(aside);
    for (int i = 0; i < from.size(); ++i) {
        if (QFileInfo::exists(from[i]) && !QFile::rename(from[i], to[i]))
            return makeError(ErrorCode::Io, tr("%1 could not be moved aside.").arg(from[i]));
    }
    return aside;
}

Status DatabaseFiles::copyFile(const QString& sourcePath, const QString& destPath)
{
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("%1 cannot be read.").arg(sourcePath), in.errorString());
    QSaveFile out(destPath);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("%1 cannot be written.").arg(destPath),
                         out.errorString());
    out.setPermissions(in.permissions()); // a keyring copy stays readable by its owner only
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return makeError(ErrorCode::Io, tr("%1 cannot be read.").arg(sourcePath),
                             in.errorString());
        if (out.write(chunk) != chunk.size())
            return makeError(ErrorCode::Io, tr("%1 cannot be written.").arg(destPath),
                             out.errorString());
    }
    if (!out.flush() || ::fsync(out.handle()) != 0 || !out.commit())
        return makeError(ErrorCode::Io, tr("%1 cannot be written.").arg(destPath),
                         out.errorString());
    return {};
}

} // namespace jiahu
