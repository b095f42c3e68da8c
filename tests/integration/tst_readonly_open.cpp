// A read-only open of a WAL database that has no -shm yet makes SQLite create -wal and -shm with
// the database file's own mode; for a read-only (0400) file that was a 0400 -shm which the owner's
// every later open then failed on ("unable to open database file"), read-write or not. A read-only
// open must leave nothing that blocks a later read-write open, whether it ran as the file's owner
// or as root.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QtTest>

#include <functional>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace jiahu;

namespace {

constexpr uid_t kOtherUser = 65534; // nobody
constexpr gid_t kOtherGroup = 65534;

/// Runs `fn` as `uid` in a child process (the test itself when that is who we are already);
/// true when it succeeded.
bool runAs(uid_t uid, gid_t gid, const std::function<bool()>& fn)
{
    if (::geteuid() == uid)
        return fn();
    const pid_t pid = ::fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
            ::_exit(3);
        ::_exit(fn() ? 0 : 1);
    }
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid)
        return false;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

mode_t modeOf(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

} // namespace

class TestReadOnlyOpen : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SecureBytes m_key = test::fixedKey(0x44);
    int m_n = 0;

    /// A WAL database closed cleanly (no -wal, no -shm), owned by `owner`, with mode `mode`.
    QString makeDatabase(uid_t owner, gid_t group, mode_t mode)
    {
        const QString path = m_dir.filePath(QStringLiteral("ro%1.jiahu").arg(++m_n));
        {
            auto db = test::openDatabase(path, &m_key);
            if (!db || !db->exec("CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES "
                                 "('入户走访');")
                            .ok())
                return {};
        }
        if (QFile::exists(path + QStringLiteral("-shm")) ||
            QFile::exists(path + QStringLiteral("-wal")))
            return {};
        if (::chown(QFile::encodeName(path).constData(), owner, group) != 0 ||
            ::chmod(QFile::encodeName(path).constData(), mode) != 0)
            return {};
        return path;
    }

    bool readOnlyRead(const QString& path)
    {
        Database::Options options;
        options.path = path;
        options.key = &m_key;
        options.readOnly = true;
        auto db = Database::open(options);
        if (!db.ok()) {
            qWarning() << "read-only open:" << db.error().toString();
            return false;
        }
        return db.value()->queryText("SELECT body FROM notes;").ok();
    }

    bool readWriteWrite(const QString& path)
    {
        auto db = test::openDatabase(path, &m_key, false);
        if (!db)
            return false;
        auto tx = Transaction::begin(*db);
        if (!tx.ok() || !db->exec("INSERT INTO notes VALUES ('回访');").ok()) {
            qWarning() << "write failed" << path;
            return false;
        }
        return tx->commit().ok();
    }

    void checkCompanionsAreOwnerWritable(const QString& path)
    {
        for (const QString& companion :
             {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            if (!QFile::exists(companion))
                continue;
            QVERIFY2(modeOf(companion) & S_IWUSR,
                     qPrintable(QStringLiteral("%1 has mode %2")
                                    .arg(companion)
                                    .arg(modeOf(companion), 4, 8, QLatin1Char('0'))));
        }
    }

    void readOnlyFirstThenReadWrite(uid_t owner, gid_t group, uid_t reader)
    {
        const QString path = makeDatabase(owner, group, 0400);
        QVERIFY(!path.isEmpty());
        QVERIFY(runAs(reader, reader == 0 ? 0 : group, [&] { return readOnlyRead(path); }));
        checkCompanionsAreOwnerWritable(path);
        // The owner makes the file writable again and works with it.
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0600), 0);
        QVERIFY(runAs(owner, group, [&] { return readWriteWrite(path); }));
        QVERIFY(runAs(owner, group, [&] { return readOnlyRead(path); }));
        QCOMPARE(modeOf(path), mode_t(0600));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The owner of the test's files may be another user than the one running the test.
        QCOMPARE(::chmod(QFile::encodeName(m_dir.path()).constData(), 0777), 0);
    }

    void readOnlyOpenAsTheOwner()
    {
        const uid_t owner = ::geteuid() == 0 ? kOtherUser : ::geteuid();
        const gid_t group = ::geteuid() == 0 ? kOtherGroup : ::getegid();
        readOnlyFirstThenReadWrite(owner, group, owner);
    }

    void readOnlyOpenAsRoot()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: a read-only open by root of another user's database");
        readOnlyFirstThenReadWrite(kOtherUser, kOtherGroup, 0);
    }

    void readOnlyOpenOfAWritableFileLeavesItsMode()
    {
        const uid_t owner = ::geteuid() == 0 ? kOtherUser : ::geteuid();
        const gid_t group = ::geteuid() == 0 ? kOtherGroup : ::getegid();
        const QString path = makeDatabase(owner, group, 0600);
        QVERIFY(!path.isEmpty());
        QVERIFY(runAs(owner, group, [&] { return readOnlyRead(path); }));
        for (const QString& companion :
             {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
            if (QFile::exists(companion))
                QCOMPARE(modeOf(companion), mode_t(0600)); // never wider than the database
        QVERIFY(runAs(owner, group, [&] { return readWriteWrite(path); }));
    }
};

QTEST_GUILESS_MAIN(TestReadOnlyOpen)
#include "tst_readonly_open.moc"
