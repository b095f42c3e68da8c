// jiahu-cli's command line: options belong to the verbs that declare them, values are typed and
// checked before anything changes, long texts come from files, text output cannot be forged,
// every command is all or nothing, help is per verb.
#include "CaseFixture.h"
#include "CliRunner.h"

#include "domain/CaseVocabulary.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace jiahu;

namespace {
using Run = test::ProgramRun;
const QByteArray kUserPassword = test::CliRunner::kUserPassword;
const QString kTown = QStringLiteral("白市驿镇");
const QString kOtherTown = QStringLiteral("金凤镇");
const QString kAgency = QStringLiteral("九龙坡区人民检察院");
const QString kRle = QString(QChar(0x202E)); // RIGHT-TO-LEFT OVERRIDE

} // namespace

class TestCliOptions : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_db = m_dir.filePath(QStringLiteral("options.jiahu"));
    const test::CliRunner m_cli{QStringLiteral(JIAHU_CLI), m_db};
    QString m_file; ///< a family file of `worker`

    Run cli(const QStringList& args, const QByteArray& stdinText = {}) const
    {
        return m_cli.cli(args, stdinText);
    }
    QStringList signIn(const QString& user) const { return m_cli.signIn(user); }
    Run as(const QString& user, const QStringList& args) const { return m_cli.as(user, args); }
    Run worker(const QStringList& args) const { return as(QStringLiteral("worker"), args); }
    static QStringList words(const char* text) { return test::CliRunner::words(text); }

    QJsonObject familyFile()
    {
        const Run r = worker(
            {QStringLiteral("--json"), QStringLiteral("family"), QStringLiteral("show"), m_file});
        [&] { QVERIFY2(r.exitCode == 0, qPrintable(r.err)); }();
        return r.object();
    }
    qsizetype countOf(const char* part)
    {
        return familyFile().value(QLatin1String(part)).toArray().size();
    }
    QJsonObject scopeOf(const QString& user)
    {
        const Run r = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("user"),
                                                   QStringLiteral("scope"), user});
        [&] { QVERIFY2(r.exitCode == 0, qPrintable(r.err)); }();
        return r.object();
    }
    /// Runs the CLI in a session of its own whose controlling terminal is a pseudo-terminal:
    /// standard input gets `stdinText`, and `terminalLine` is typed on the terminal once the
    /// program asks for a password there.
    Run withTerminal(const QStringList& args, const QByteArray& stdinText,
                     const QByteArray& terminalLine)
    {
        const int master = posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
            return {};
        const QByteArray slave(ptsname(master));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("JIAHU_DB"));
        env.remove(QStringLiteral("JIAHU_USER"));
        p.setProcessEnvironment(env);
        p.setChildProcessModifier([slave] {
            ::setsid();
            const int fd = ::open(slave.constData(), O_RDWR);
            if (fd >= 0) {
                ::ioctl(fd, TIOCSCTTY, 0);
                ::close(fd);
            }
        });
        p.start(QStringLiteral(JIAHU_CLI),
                QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
        if (!p.waitForStarted()) {
            ::close(master);
            return {};
        }
        p.write(stdinText);
        p.closeWriteChannel();
        QByteArray seen;
        QElapsedTimer timer;
        timer.start();
        bool typed = false;
        while (timer.elapsed() < 60000 && p.state() != QProcess::NotRunning) {
            pollfd pfd{master, POLLIN, 0};
            if (::poll(&pfd, 1, 50) > 0 && (pfd.revents & POLLIN)) {
                char buffer[256];
                const ssize_t n = ::read(master, buffer, sizeof buffer);
                if (n > 0)
                    seen.append(buffer, n);
            }
            if (!typed && seen.contains("Password")) {
                if (::write(master, terminalLine.constData(), size_t(terminalLine.size())) !=
                    terminalLine.size())
                    break;
                typed = true;
            }
            p.waitForFinished(10);
        }
        p.waitForFinished(10000);
        ::close(master);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Run r = m_cli.init();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const auto& [town, code] : {std::pair{kTown, QStringLiteral("BSY")},
                                         std::pair{kOtherTown, QStringLiteral("JF")}}) {
            r = as(QStringLiteral("admin"), {QStringLiteral("town"), QStringLiteral("add"), town,
                                             QStringLiteral("--code"), code});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const std::pair<const char*, const char*> users[] = {
            {"worker", "caseworker"}, {"boss", "supervisor"}, {"liaison", "liaison"}};
        for (const auto& [name, role] : users) {
            r = m_cli.addUser(QString::fromLatin1(name), QString::fromLatin1(role));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("user"), QStringLiteral("scope"), QStringLiteral("worker"),
                     QStringLiteral("--towns"), kTown})
                     .exitCode,
                 0);
        QCOMPARE(as(QStringLiteral("admin"), words("user scope boss --towns *")).exitCode, 0);
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("user"), QStringLiteral("scope"), QStringLiteral("liaison"),
                     QStringLiteral("--agency"), kAgency})
                     .exitCode,
                 0);
        r = worker({QStringLiteral("--json"), QStringLiteral("family"), QStringLiteral("add"),
                    QStringLiteral("--town"), kTown});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_file = r.object().value(QStringLiteral("file_no")).toString();
        QVERIFY(!m_file.isEmpty());
    }

    void anOptionOfAnotherVerbIsRefused()
    {
        const qsizetype before = countOf("follow_ups");
        const Run r =
            worker({QStringLiteral("followup"), QStringLiteral("add"), m_file,
                    QStringLiteral("--kind"), QStringLiteral("phone"), QStringLiteral("--notes"),
                    QStringLiteral("电话回访"), QStringLiteral("--hours"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--hours")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("followup add")), qPrintable(r.err));
        QCOMPARE(countOf("follow_ups"), before);

        // An option no verb knows, and a global option anywhere on the line.
        const Run unknown = worker(words("family list --frobnicate"));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("--frobnicate")));
        const Run globalLast =
            cli({QStringLiteral("family"), QStringLiteral("list"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--user"), QStringLiteral("worker"),
                 QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                kUserPassword);
        QVERIFY2(globalLast.exitCode == 0, qPrintable(globalLast.err));
        QCOMPARE(globalLast.object().value(QStringLiteral("families")).toArray().size(), 1);
    }

    void limitsAreWholeNumbersInRange()
    {
        for (const char* bad : {"abc", "-5", "0", "1.5", "", "99999999999999999999"}) {
            const Run r = worker({QStringLiteral("family"), QStringLiteral("list"),
                                  QStringLiteral("--limit"), QString::fromLatin1(bad)});
            QVERIFY2(r.exitCode == 2, bad);
            QVERIFY2(r.err.contains(QStringLiteral("--limit")), qPrintable(r.err));
        }
        QCOMPARE(as(QStringLiteral("admin"), words("audit list --limit abc")).exitCode, 2);
        QCOMPARE(as(QStringLiteral("boss"), words("risk queue --limit 0")).exitCode, 2);
        QCOMPARE(worker(words("overdue --limit -1")).exitCode, 2);
        QCOMPARE(worker({QStringLiteral("search"), kTown, QStringLiteral("--limit"),
                         QStringLiteral("x")})
                     .exitCode,
                 2);
        const Run one = worker(words("--json family list --limit=1"));
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        QCOMPARE(one.object().value(QStringLiteral("families")).toArray().size(), 1);
    }

    void hoursAreFiniteNumbersInRange()
    {
        const qsizetype before = countOf("guidance");
        for (const char* bad :
             {"abc", "nan", "NaN", "inf", "-inf", "infinity", "1e400", "25", "-1", "2h", ""}) {
            const Run r = worker({QStringLiteral("guidance"), QStringLiteral("add"), m_file,
                                  QStringLiteral("--topic"), QStringLiteral("监护人法定职责"),
                                  QStringLiteral("--hours"), QString::fromLatin1(bad)});
            QVERIFY2(r.exitCode == 2, bad);
            QVERIFY2(r.err.contains(QStringLiteral("--hours")), qPrintable(r.err));
        }
        QCOMPARE(countOf("guidance"), before);
        const qsizetype referrals = countOf("referrals");
        for (const char* bad : {"nan", "inf", "abc", "1001"}) {
            const Run r = worker({QStringLiteral("refer"), QStringLiteral("add"), m_file,
                                  QStringLiteral("--agency"), kAgency, QStringLiteral("--request"),
                                  QStringLiteral("supervision_order"), QStringLiteral("--hours"),
                                  QString::fromLatin1(bad)});
            QVERIFY2(r.exitCode == 2, bad);
        }
        QCOMPARE(countOf("referrals"), referrals);
        const Run good =
            worker({QStringLiteral("--json"), QStringLiteral("guidance"), QStringLiteral("add"),
                    m_file, QStringLiteral("--topic"), QStringLiteral("监护人法定职责"),
                    QStringLiteral("--hours"), QStringLiteral("1.5")});
        QVERIFY2(good.exitCode == 0, qPrintable(good.err));
        QCOMPARE(good.object().value(QStringLiteral("hours")).toDouble(), 1.5);
    }

    void datesAndChoicesAreChecked()
    {
        const qsizetype before = countOf("follow_ups");
        QCOMPARE(worker({QStringLiteral("followup"), QStringLiteral("add"), m_file,
                         QStringLiteral("--kind"), QStringLiteral("phone"),
                         QStringLiteral("--date"), QStringLiteral("2026-02-30")})
                     .exitCode,
                 2);
        const Run kind = worker({QStringLiteral("followup"), QStringLiteral("add"), m_file,
                                 QStringLiteral("--kind"), QStringLiteral("telepathy")});
        QCOMPARE(kind.exitCode, 2);
        QVERIFY(kind.err.contains(QStringLiteral("home_visit")));
        QCOMPARE(countOf("follow_ups"), before);
    }

    void aRepeatedAnswerIsRefused()
    {
        const qsizetype before = countOf("assessments");
        const Run r =
            worker({QStringLiteral("assess"), m_file, QStringLiteral("--answers"),
                    test::answersText(test::answersWith({})) + QStringLiteral(",harm=1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("harm")), qPrintable(r.err));
        QCOMPARE(countOf("assessments"), before);
        QCOMPARE(worker({QStringLiteral("assess"), m_file, QStringLiteral("--answers"),
                         QStringLiteral("harm=x")})
                     .exitCode,
                 2);
    }

    void languageIsZhCnOrEn()
    {
        for (const QStringList& lang : {QStringList{QStringLiteral("--lang"), QStringLiteral("fr")},
                                        QStringList{QStringLiteral("--lang=de")}}) {
            const Run r = test::runProgram(
                QStringLiteral(JIAHU_CLI),
                lang + QStringList{QStringLiteral("--db"), m_db, QStringLiteral("doctor")});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("--lang")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("zh_CN")), qPrintable(r.err));
        }
        const Run zh = test::runProgram(
            QStringLiteral(JIAHU_CLI),
            {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("doctor")});
        QCOMPARE(zh.exitCode, 2);
        QVERIFY2(zh.err.contains(QStringLiteral("--db")), qPrintable(zh.err));
    }

    void referralMovesTakeNote()
    {
        Run r = worker({QStringLiteral("--json"), QStringLiteral("refer"), QStringLiteral("add"),
                        m_file, QStringLiteral("--agency"), kAgency, QStringLiteral("--request"),
                        QStringLiteral("admonition")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString ref = r.object().value(QStringLiteral("id")).toString();
        r = worker({QStringLiteral("--json"), QStringLiteral("refer"), QStringLiteral("send"), ref,
                    QStringLiteral("--note"), QStringLiteral("请检察院督促")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray events = r.object().value(QStringLiteral("events")).toArray();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("请检察院督促"));
        r = as(QStringLiteral("liaison"), {QStringLiteral("refer"), QStringLiteral("receive"), ref,
                                           QStringLiteral("--notes"), QStringLiteral("已收到")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--notes")), qPrintable(r.err));
        r = as(QStringLiteral("liaison"),
               {QStringLiteral("--json"), QStringLiteral("refer"), QStringLiteral("show"), ref});
        QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    }

    void notesFromAFile()
    {
        const QString text = QStringLiteral("入户走访：祖母身体欠佳。\n孩子按时上学。");
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(test::writeAll(path, text.toUtf8() + "\n"));
        Run r = worker({QStringLiteral("--json"), QStringLiteral("followup"), QStringLiteral("add"),
                        m_file, QStringLiteral("--kind"), QStringLiteral("home_visit"),
                        QStringLiteral("--notes-file"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QStringLiteral("notes")).toString(), text);

        const qsizetype before = countOf("follow_ups");
        // Not UTF-8, too large, missing, both forms, and stdin wanted twice: refused.
        const QString latin1 = m_dir.filePath(QStringLiteral("latin1.txt"));
        QVERIFY(test::writeAll(latin1, "caf\xe9 \xff\xfe"));
        r = worker({QStringLiteral("followup"), QStringLiteral("add"), m_file,
                    QStringLiteral("--kind"), QStringLiteral("phone"),
                    QStringLiteral("--notes-file"), latin1});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("UTF-8")), qPrintable(r.err));
        const QString big = m_dir.filePath(QStringLiteral("big.txt"));
        QVERIFY(test::writeAll(big, QByteArray(2 * 1024 * 1024, 'a')));
        r = worker({QStringLiteral("followup"), QStringLiteral("add"), m_file,
                    QStringLiteral("--kind"), QStringLiteral("phone"),
                    QStringLiteral("--notes-file"), big});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("KiB")), qPrintable(r.err));
        r = worker({QStringLiteral("followup"), QStringLiteral("add"), m_file,
                    QStringLiteral("--kind"), QStringLiteral("phone"),
                    QStringLiteral("--notes-file"), m_dir.filePath(QStringLiteral("nosuch"))});
        QCOMPARE(r.exitCode, 2);
        r = worker({QStringLiteral("followup"), QStringLiteral("add"), m_file,
                    QStringLiteral("--kind"), QStringLiteral("phone"), QStringLiteral("--notes"),
                    QStringLiteral("x"), QStringLiteral("--notes-file"), path});
        QCOMPARE(r.exitCode, 2);
        r = cli(signIn(QStringLiteral("worker")) +
                    QStringList{QStringLiteral("followup"), QStringLiteral("add"), m_file,
                                QStringLiteral("--kind"), QStringLiteral("phone"),
                                QStringLiteral("--notes-file"), QStringLiteral("-")},
                kUserPassword + "电话回访\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--password-stdin")), qPrintable(r.err));
        QCOMPARE(countOf("follow_ups"), before);

        // '-': the notes on standard input, the password on the terminal.
        const QString piped = QStringLiteral("电话回访：\t监护人表示会配合。");
        r = withTerminal({QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                          QStringLiteral("worker"), QStringLiteral("--json"),
                          QStringLiteral("followup"), QStringLiteral("add"), m_file,
                          QStringLiteral("--kind"), QStringLiteral("phone"),
                          QStringLiteral("--notes-file"), QStringLiteral("-")},
                         piped.toUtf8() + "\r\n", kUserPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QStringLiteral("notes")).toString(), piped);
        QCOMPARE(countOf("follow_ups"), before + 1);
    }

    void attachingADeviceStopsAtTheLimit()
    {
        const qsizetype before = countOf("attachments");
        const Run r = worker(
            {QStringLiteral("attach"), QStringLiteral("add"), m_file, QStringLiteral("/dev/zero")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("MiB")), qPrintable(r.err));
        QCOMPARE(countOf("attachments"), before);
    }

    void textOutputCannotBeForged()
    {
        // Invisible and direction-changing characters are refused when a record is written
        // (TextRules); a newline, a tab or a typed backslash are fine in notes, and printed
        // escaped so they cannot forge a line or a column.
        const QString forged = QStringLiteral("2026-01-01 走访: 一切正常");
        Run refused = worker({QStringLiteral("followup"), QStringLiteral("add"), m_file,
                              QStringLiteral("--kind"), QStringLiteral("home_visit"),
                              QStringLiteral("--notes"), QStringLiteral("孩子说") + kRle});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("U+202E")), qPrintable(refused.err));
        const QString notes = QStringLiteral("孩子说\n") + forged + QStringLiteral("abc\tdef\\n");
        Run r = worker({QStringLiteral("--json"), QStringLiteral("followup"), QStringLiteral("add"),
                        m_file, QStringLiteral("--kind"), QStringLiteral("home_visit"),
                        QStringLiteral("--notes"), notes});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = worker({QStringLiteral("family"), QStringLiteral("show"), m_file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("孩子说\\n") + forged), qPrintable(r.out));
        // A tab cannot make a column, and a backslash cannot fake an escape.
        QVERIFY2(r.out.contains(QStringLiteral("abc\\tdef\\\\n")), qPrintable(r.out));
        for (const QString& line : r.out.split(u'\n'))
            QVERIFY2(!line.startsWith(forged), qPrintable(line));

        const Run json = worker(
            {QStringLiteral("--json"), QStringLiteral("family"), QStringLiteral("show"), m_file});
        QStringList allNotes;
        for (const QJsonValue& x : json.object().value(QStringLiteral("follow_ups")).toArray())
            allNotes << x.toObject().value(QStringLiteral("notes")).toString();
        QVERIFY(allNotes.contains(notes));
    }

    void riskEventsShowTheirNames()
    {
        QVERIFY(worker({QStringLiteral("assess"), m_file, QStringLiteral("--answers"),
                        test::answersText(test::answersFor(RiskCode::Red))})
                    .exitCode == 0);
        const Run down = worker({QStringLiteral("--json"), QStringLiteral("assess"), m_file,
                                 QStringLiteral("--answers"),
                                 test::answersText(test::answersFor(RiskCode::Yellow))});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        QCOMPARE(down.object()
                     .value(QStringLiteral("risk_event"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("propose"));
        const Run queue = as(QStringLiteral("boss"), words("risk queue"));
        QVERIFY2(queue.exitCode == 0, qPrintable(queue.err));
        const QStringList fields = queue.out.trimmed().split(u'\t');
        QVERIFY2(fields.contains(CaseVocabulary::displayName(RiskEventKind::Propose)),
                 qPrintable(queue.out));
        QVERIFY(!fields.contains(QStringLiteral("propose")));
        const Run shown = worker({QStringLiteral("family"), QStringLiteral("show"), m_file});
        // The risk history: "  [time] <kind> <code> <by>: <reason>".
        QVERIFY2(shown.out.contains(QStringLiteral("] ") +
                                    CaseVocabulary::displayName(RiskEventKind::Set) + u' '),
                 qPrintable(shown.out));
        QVERIFY(!shown.out.contains(QStringLiteral("] set ")));
    }

    void scopeChangesAreAllOrNothing()
    {
        const QJsonObject before = scopeOf(QStringLiteral("worker"));
        QCOMPARE(before.value(QStringLiteral("towns")).toArray(), QJsonArray{kTown});
        Run r = as(QStringLiteral("admin"),
                   {QStringLiteral("user"), QStringLiteral("scope"), QStringLiteral("worker"),
                    QStringLiteral("--towns"), kOtherTown, QStringLiteral("--case-role"),
                    QStringLiteral("bogus")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--case-role")), qPrintable(r.err));
        QCOMPARE(scopeOf(QStringLiteral("worker")), before);
        // A value only the database can judge (one agency per liaison) fails the whole command.
        r = as(QStringLiteral("admin"),
               {QStringLiteral("user"), QStringLiteral("scope"), QStringLiteral("worker"),
                QStringLiteral("--towns"), kOtherTown, QStringLiteral("--agency"),
                QStringLiteral("甲单位,乙单位")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(scopeOf(QStringLiteral("worker")), before);
        r = as(QStringLiteral("admin"),
               {QStringLiteral("user"), QStringLiteral("scope"), QStringLiteral("worker"),
                QStringLiteral("--schools"), QStringLiteral("白市驿小学"),
                QStringLiteral("--towns"), QStringLiteral("火星镇")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("火星镇")));
        QCOMPARE(scopeOf(QStringLiteral("worker")), before);
        // Both kinds at once, when all is well.
        r = as(QStringLiteral("admin"),
               {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("scope"),
                QStringLiteral("worker"), QStringLiteral("--towns"), kTown + u',' + kOtherTown,
                QStringLiteral("--schools"), QStringLiteral("白市驿小学")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QStringLiteral("towns")).toArray().size(), 2);
        QCOMPARE(r.object().value(QStringLiteral("schools")).toArray(),
                 QJsonArray{QStringLiteral("白市驿小学")});
        r = as(QStringLiteral("admin"),
               {QStringLiteral("user"), QStringLiteral("scope"), QStringLiteral("worker"),
                QStringLiteral("--towns"), kTown, QStringLiteral("--schools"), QString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(scopeOf(QStringLiteral("worker")), before);
    }

    void scopeOfAnUnknownUserNamesTheUser()
    {
        const Run r = as(QStringLiteral("admin"),
                         {QStringLiteral("user"), QStringLiteral("scope"), QStringLiteral("nosuch"),
                          QStringLiteral("--towns"), QStringLiteral("火星镇")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nosuch")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("火星镇")), qPrintable(r.err));
    }

    void helpIsPerVerb()
    {
        for (const QStringList& ask : {words("help followup add"), words("followup add --help")}) {
            const Run r = cli(ask);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            for (const char* mine : {"--kind", "--notes", "--notes-file", "--next-due", "FILE"})
                QVERIFY2(r.out.contains(QLatin1String(mine)), mine);
            for (const char* other : {"--hours", "--answers", "--towns", "--limit", "guidance add"})
                QVERIFY2(!r.out.contains(QLatin1String(other)), other);
        }
        const Run group = cli(words("help refer"));
        QCOMPARE(group.exitCode, 0);
        for (const char* verb : {"refer add", "refer send", "refer list", "--note", "--request"})
            QVERIFY2(group.out.contains(QLatin1String(verb)), verb);
        QVERIFY(!group.out.contains(QStringLiteral("followup add")));
        const Run all = cli({QStringLiteral("--help")});
        QCOMPARE(all.exitCode, 0);
        for (const char* verb : {"followup add", "user scope", "audit list", "--password-stdin"})
            QVERIFY2(all.out.contains(QLatin1String(verb)), verb);
        QCOMPARE(cli(words("help frobnicate")).exitCode, 2);
        const Run partial = cli(words("--db x family"));
        QCOMPARE(partial.exitCode, 2);
        QVERIFY2(partial.err.contains(QStringLiteral("family add")), qPrintable(partial.err));
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_cli_options.moc"
