// jiahu-cli end to end: init, doctor, users, wrong passwords, rekey, backup, restore, recovery.
#include "CliRunner.h"

#include "services/UnlockThrottle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace jiahu;

namespace {
using Run = test::ProgramRun;
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_db = m_dir.filePath(QStringLiteral("cli.jiahu"));
    const test::CliRunner m_cli{QStringLiteral(JIAHU_CLI), m_db};
    QString m_recovery;

    /// jiahu-cli for another database in the test's folder.
    test::CliRunner runnerFor(const QString& fileName) const
    {
        return {QStringLiteral(JIAHU_CLI), m_dir.filePath(fileName)};
    }
    Run cli(const QStringList& args, const QByteArray& stdinText = {}) const
    {
        return m_cli.cli(args, stdinText);
    }
    /// Signed in as `user`, with `passwords` (a line each) on standard input.
    Run as(const QString& user, const QByteArray& passwords, const QStringList& args) const
    {
        return m_cli.as(user, args, passwords);
    }
    static void clearThrottle(const QString& db)
    {
        QFile::remove(UnlockThrottle::statePathFor(db));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Run r =
            m_cli.init(QStringLiteral("admin"), "admin-password-1\n", {QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        m_recovery = o.value(QStringLiteral("recovery_code")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$"))
                    .match(m_recovery)
                    .hasMatch());
    }

    void versionAndUsage()
    {
        const Run v = cli({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.contains(QStringLiteral("jiahu-cli 0.")));
        const Run noDb = cli({QStringLiteral("doctor")});
        QCOMPARE(noDb.exitCode, 2);
        QVERIFY(noDb.err.contains(QStringLiteral("--db")));
        const Run unknown = cli({QStringLiteral("--db"), m_db, QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
    }

    void initRefusesAnExistingDatabase()
    {
        const Run r = m_cli.init(QStringLiteral("x"), "another-password\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
    }

    void doctorWithAndWithoutSigningIn()
    {
        const Run files = cli({QStringLiteral("--db"), m_db, QStringLiteral("doctor")});
        QCOMPARE(files.exitCode, 0);
        QVERIFY(files.out.contains(QStringLiteral("encrypted")));
        const Run full = as(QStringLiteral("admin"), "admin-password-1\n",
                            {QStringLiteral("doctor"), QStringLiteral("--json")});
        QCOMPARE(full.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(full.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("healthy")).toBool(), true);
        QVERIFY(full.out.contains(QStringLiteral("integrity check")));
    }

    void wrongPasswordExitsWithThreeAndASentence()
    {
        const Run r = as(QStringLiteral("admin"), "wrong-password-0\n",
                         {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("Wrong user name or password.")));
        const Run again = as(QStringLiteral("admin"), "admin-password-1\n",
                             {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.err.contains(QStringLiteral("Wait")));
        clearThrottle(m_db);
    }

    void passwordsNeverComeFromArguments()
    {
        // Without --password-stdin and without a terminal the CLI refuses instead of guessing.
        const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                           QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("list")},
                          "admin-password-1\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("--password-stdin")));
    }

    void userLifecycle()
    {
        Run r = as(QStringLiteral("admin"), "admin-password-1\nworker-password-2\n",
                   {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("worker"),
                    QStringLiteral("--role"), QStringLiteral("caseworker"),
                    QStringLiteral("--display-name"), QStringLiteral("李社工"),
                    QStringLiteral("--kdf"), QStringLiteral("interactive")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(QStringLiteral("admin"), "admin-password-1\n",
               {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"),
                QStringLiteral("--role"), QStringLiteral("wizard")});
        QCOMPARE(r.exitCode, 2);

        r = as(QStringLiteral("worker"), "worker-password-2\n",
               {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(1).toObject().value(QStringLiteral("display_name")).toString(),
                 QStringLiteral("李社工"));

        // A caseworker cannot add users.
        r = as(QStringLiteral("worker"), "worker-password-2\nzzzzzzzzzzzz\n",
               {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("y"),
                QStringLiteral("--role"), QStringLiteral("caseworker")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("Only an administrator")));

        r = as(QStringLiteral("worker"), "worker-password-2\nworker-password-3\n",
               {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--kdf"),
                QStringLiteral("interactive")});
        QCOMPARE(r.exitCode, 0);
        r = as(QStringLiteral("worker"), "worker-password-3\n",
               {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);

        r = as(QStringLiteral("admin"), "admin-password-1\n",
               {QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("worker")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("replaced the database key")));
        r = as(QStringLiteral("worker"), "worker-password-3\n",
               {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 3);
        clearThrottle(m_db);
    }

    void rekeyBackupRestore()
    {
        Run r = as(QStringLiteral("admin"), "admin-password-1\n", {QStringLiteral("rekey")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString backup = m_dir.filePath(QStringLiteral("backup.jiahu"));
        r = as(QStringLiteral("admin"), "admin-password-1\n", {QStringLiteral("backup"), backup});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(backup + QStringLiteral(".keyring")));
        r = as(QStringLiteral("admin"), "admin-password-1\n", {QStringLiteral("backup"), backup});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));

        r = as(QStringLiteral("admin"), "admin-password-1\n", {QStringLiteral("restore"), backup});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("kept as")));
        r = as(QStringLiteral("admin"), "admin-password-1\n", {QStringLiteral("doctor")});
        QCOMPARE(r.exitCode, 0);
    }

    void restoreOfAnotherDatabaseAsksForTheTargetsAdministrator()
    {
        const test::CliRunner other = runnerFor(QStringLiteral("other.jiahu"));
        const test::CliRunner target = runnerFor(QStringLiteral("target.jiahu"));
        const QString otherBackup = m_dir.filePath(QStringLiteral("other-backup.jiahu"));
        QCOMPARE(other.init(QStringLiteral("other"), "other-password-1\n").exitCode, 0);
        QCOMPARE(target.init(QStringLiteral("boss"), "boss-password-1\n").exitCode, 0);
        Run r = other.as(QStringLiteral("other"), {QStringLiteral("backup"), otherBackup},
                         "other-password-1\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray targetBefore = test::readAll(target.database());
        const QByteArray keyringBefore =
            test::readAll(target.database() + QStringLiteral(".keyring"));

        const QStringList restore{QStringLiteral("restore"), otherBackup};
        r = target.as(QStringLiteral("other"), restore, "other-password-1\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("--target-user")), qPrintable(r.err));
        QCOMPARE(test::readAll(target.database()), targetBefore);
        QCOMPARE(test::readAll(target.database() + QStringLiteral(".keyring")), keyringBefore);

        r = target.as(QStringLiteral("other"),
                      restore +
                          QStringList{QStringLiteral("--target-user"), QStringLiteral("boss")},
                      "other-password-1\nwrong-password-5\n");
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(test::readAll(target.database()), targetBefore);
        clearThrottle(target.database());

        r = target.as(QStringLiteral("other"),
                      restore +
                          QStringList{QStringLiteral("--target-user"), QStringLiteral("boss")},
                      "other-password-1\nboss-password-1\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("kept as")));
        r = target.as(QStringLiteral("other"), {QStringLiteral("doctor")}, "other-password-1\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void doctorReportsAnEmptyDatabaseFile()
    {
        const test::CliRunner emptied = runnerFor(QStringLiteral("emptied.jiahu"));
        const QString db = emptied.database();
        QCOMPARE(emptied.init().exitCode, 0);
        QVERIFY(test::writeAll(db, QByteArray()));
        Run r = cli({QStringLiteral("--db"), db, QStringLiteral("doctor")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("PROBLEM")) &&
                     r.out.contains(QStringLiteral("empty")),
                 qPrintable(r.out));
        r = emptied.as(QStringLiteral("admin"), {QStringLiteral("doctor")}, "admin-password-1\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("empty")), qPrintable(r.out + r.err));
        r = emptied.as(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("list")},
                       "admin-password-1\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("empty")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("keyring")));
        QCOMPARE(QFileInfo(db).size(), 0);
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
    }

    void doctorLiftsTheDamageRecordOfASoundDatabase()
    {
        const test::CliRunner marked = runnerFor(QStringLiteral("marked.jiahu"));
        const QString db = marked.database();
        QCOMPARE(marked.init().exitCode, 0);
        QVERIFY(test::writeAll(db + QStringLiteral(".damaged"), "found damaged (step)\n"));
        const QStringList signedIn = marked.signIn(QStringLiteral("admin"));
        Run r = cli(signedIn + QStringList{QStringLiteral("user"), QStringLiteral("list")},
                    "admin-password-1\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("damaged")) &&
                     r.err.contains(QStringLiteral("jiahu-cli restore")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("--db"), db, QStringLiteral("doctor")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(QFile::exists(db + QStringLiteral(".damaged")));
        r = cli(signedIn + QStringList{QStringLiteral("doctor")}, "admin-password-1\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(!QFile::exists(db + QStringLiteral(".damaged")));
        r = cli(signedIn + QStringList{QStringLiteral("user"), QStringLiteral("list")},
                "admin-password-1\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void recoveryCodeResetsAPassword()
    {
        Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("--recovery"),
                     QStringLiteral("--password-stdin"), QStringLiteral("user"),
                     QStringLiteral("passwd"), QStringLiteral("admin"), QStringLiteral("--kdf"),
                     QStringLiteral("interactive")},
                    m_recovery.toLatin1() + "\nrecovered-password-4\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(QStringLiteral("admin"), "recovered-password-4\n",
               {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("--recovery"),
                 QStringLiteral("--password-stdin"), QStringLiteral("user"),
                 QStringLiteral("list")},
                "AAAA-BBBB\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("not a valid recovery code")));
    }

    void auditVerifyAndList()
    {
        Run r = as(QStringLiteral("admin"), "recovered-password-4\n",
                   {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("intact")));
        r = as(QStringLiteral("admin"), "recovered-password-4\n",
               {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                QStringLiteral("--by"), QStringLiteral("admin"), QStringLiteral("--from"),
                QDate::currentDate().toString(Qt::ISODate)});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("entries"))
                                       .toArray();
        QStringList actions;
        for (const QJsonValue& e : entries)
            actions << e.toObject().value(QStringLiteral("action")).toString();
        for (const char* expected :
             {"database.create", "user.add", "user.remove", "key.rotate", "database.restore"})
            QVERIFY2(actions.contains(QLatin1String(expected)), qPrintable(actions.join(u',')));
        r = as(QStringLiteral("admin"), "recovered-password-4\n",
               {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"),
                QStringLiteral("yesterday")});
        QCOMPARE(r.exitCode, 2);
    }

    void chineseMessagesByDefaultForChineseLocale()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(JIAHU_CLI),
                {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("doctor")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("请用 --db")),
                 "no Chinese message");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
