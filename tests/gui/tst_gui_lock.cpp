// Auto-lock triggers and settings: the idle watcher fires after its interval without input and
// not while input keeps coming (synthetic key events); the session lock watcher asks for a lock
// when the screen saver turns on or the machine prepares for sleep (its slots, and real signals
// on a private dbus-daemon when one is installed); AppSettings keep their values in a settings
// file that names no user or database; the settings and help dialogs show and save them.
#include "GuiSupport.h"

#include "help/ShortcutsDialog.h"
#include "lock/IdleWatcher.h"
#include "lock/SessionLockWatcher.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace jiahu;
using namespace jiahu::test;

namespace {

/// Types into `edit` every few milliseconds for `ms`.
void keepTyping(QLineEdit* edit, int ms)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < ms) {
        QTest::keyClick(edit, Qt::Key_A);
        QTest::qWait(20);
    }
}

/// A private session bus (dbus-daemon --session) for the test's lifetime.
class PrivateBus {
public:
    bool start()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            return false;
        m_process.start(daemon, {QStringLiteral("--session"), QStringLiteral("--print-address"),
                                 QStringLiteral("--nofork"), QStringLiteral("--nopidfile")});
        if (!m_process.waitForStarted(5000))
            return false;
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(5000))
                return false;
        address = QString::fromUtf8(m_process.readLine()).trimmed();
        return !address.isEmpty();
    }
    ~PrivateBus()
    {
        for (const QString& name : m_names)
            QDBusConnection::disconnectFromBus(name);
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000))
                m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    QDBusConnection connect(const QString& name)
    {
        m_names << name;
        return QDBusConnection::connectToBus(address, name);
    }

    QString address;

private:
    QProcess m_process;
    QStringList m_names;
};

} // namespace

class TestGuiLock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idleWatcherFiresAfterTheIntervalWithoutInput()
    {
        QLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        IdleWatcher watcher;
        QVERIFY(!watcher.isActive()); // nothing until started
        watcher.setIntervalMs(200);
        QSignalSpy idle(&watcher, &IdleWatcher::idleTimeout);
        watcher.start();
        QVERIFY(watcher.isActive());
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 5000);
        QVERIFY(!watcher.isActive());
        // Once fired it stays quiet (typing on the lock screen does not re-arm it) until
        // started again.
        QTest::keyClick(&edit, Qt::Key_B);
        QTest::qWait(500);
        QCOMPARE(idle.count(), 1);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 2, 5000);
    }

    void idleWatcherDoesNotFireWhileInputKeepsComing()
    {
        QLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        IdleWatcher watcher;
        watcher.setIntervalMs(700);
        QSignalSpy idle(&watcher, &IdleWatcher::idleTimeout);
        watcher.start();
        keepTyping(&edit, 2500); // more than three intervals of typing
        QCOMPARE(idle.count(), 0);
        QVERIFY(watcher.isActive());
        QVERIFY(edit.text().size() > 10); // the keys did arrive
        // Mouse clicks count as input too.
        QElapsedTimer elapsed;
        elapsed.start();
        while (elapsed.elapsed() < 1500) {
            QTest::mouseClick(&edit, Qt::LeftButton);
            QTest::qWait(20);
        }
        QCOMPARE(idle.count(), 0);
        // And when the typing stops, it fires.
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 5000);
    }

    void idleWatcherStopsAndStarts()
    {
        IdleWatcher watcher;
        watcher.setIntervalMs(100);
        QSignalSpy idle(&watcher, &IdleWatcher::idleTimeout);
        watcher.start();
        watcher.stop();
        QTest::qWait(400);
        QCOMPARE(idle.count(), 0);
        watcher.setMinutes(5);
        QCOMPARE(watcher.intervalMs(), 5 * 60 * 1000);
        watcher.setIntervalMs(100);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 5000);
    }

    void sessionLockWatcherSlotsAskForALock()
    {
        SessionLockWatcher watcher;
        QSignalSpy lock(&watcher, &SessionLockWatcher::lockRequested);
        watcher.screenSaverActiveChanged(false);
        watcher.prepareForSleep(false); // waking up: the unlock screen is already there
        QCOMPARE(lock.count(), 0);
        watcher.screenSaverActiveChanged(true);
        QCOMPARE(lock.count(), 1);
        watcher.prepareForSleep(true);
        QCOMPARE(lock.count(), 2);
    }

    void absentBusesAreNotAnError()
    {
        SessionLockWatcher watcher;
        const QDBusConnection none(QStringLiteral("jiahu-no-such-bus"));
        QVERIFY(!none.isConnected());
        QVERIFY(!watcher.watchScreenSaver(none));
        QVERIFY(!watcher.watchSleep(none));
        QVERIFY(!watcher.watchingScreenSaver());
        watcher.start(); // whatever buses this machine has: no failure either way
    }

    void sessionLockWatcherFollowsSignalsOnABus()
    {
        PrivateBus bus;
        if (!bus.start())
            QSKIP("dbus-daemon is not installed or did not start");
        QDBusConnection watched = bus.connect(QStringLiteral("jiahu-watcher"));
        QDBusConnection desktop = bus.connect(QStringLiteral("jiahu-desktop"));
        QDBusConnection login = bus.connect(QStringLiteral("jiahu-login1"));
        QDBusConnection other = bus.connect(QStringLiteral("jiahu-other"));
        QVERIFY(watched.isConnected() && desktop.isConnected() && login.isConnected() &&
                other.isConnected());
        QVERIFY(login.registerService(QStringLiteral("org.freedesktop.login1")));

        SessionLockWatcher watcher;
        QVERIFY(watcher.watchScreenSaver(watched));
        QVERIFY(watcher.watchSleep(watched));
        QSignalSpy lock(&watcher, &SessionLockWatcher::lockRequested);

        auto screenSaver = [](bool active) {
            QDBusMessage m = QDBusMessage::createSignal(
                QStringLiteral("/org/freedesktop/ScreenSaver"),
                QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"));
            m << active;
            return m;
        };
        auto sleep = [](bool start) {
            QDBusMessage m =
                QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/login1"),
                                           QStringLiteral("org.freedesktop.login1.Manager"),
                                           QStringLiteral("PrepareForSleep"));
            m << start;
            return m;
        };

        QVERIFY(desktop.send(screenSaver(true)));
        QTRY_COMPARE_WITH_TIMEOUT(lock.count(), 1, 5000);
        // The screen saver going off asks nothing; the next lock is the next request.
        QVERIFY(desktop.send(screenSaver(false)));
        QVERIFY(desktop.send(screenSaver(true)));
        QTRY_COMPARE_WITH_TIMEOUT(lock.count(), 2, 5000);

        // Suspend, from login1: a lock; waking up: nothing.
        QVERIFY(login.send(sleep(false)));
        QVERIFY(login.send(sleep(true)));
        QTRY_COMPARE_WITH_TIMEOUT(lock.count(), 3, 5000);
        // The same signal from anyone but login1 is not followed.
        QVERIFY(other.send(sleep(true)));
        QVERIFY(desktop.send(screenSaver(true))); // a marker sent after it
        QTRY_COMPARE_WITH_TIMEOUT(lock.count(), 4, 5000);
        QTest::qWait(200);
        QCOMPARE(lock.count(), 4);
    }

    void appSettingsRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("Jiahu.conf"));
        const QString dbA = QStringLiteral("/home/李老师/家护/白市驿.jiahu");
        const QString dbB = QStringLiteral("/home/李老师/家护/含谷.jiahu");
        const QString family1 = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString family2 = QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            AppSettings settings(file);
            QCOMPARE(settings.autoLockMinutes(), 5);
            QCOMPARE(settings.language(), QStringLiteral("zh_CN"));
            QCOMPARE(settings.keepEditsWhileLocked(), false);
            QVERIFY(settings.windowGeometry(dbA, QStringLiteral("worker")).isEmpty());
            QVERIFY(settings.openTabs(dbA, QStringLiteral("worker")).isEmpty());

            settings.setAutoLockMinutes(0);
            QCOMPARE(settings.autoLockMinutes(), 1);
            settings.setAutoLockMinutes(500);
            QCOMPARE(settings.autoLockMinutes(), 120);
            settings.setAutoLockMinutes(15);
            settings.setLanguage(QStringLiteral("en_US"));
            settings.setKeepEditsWhileLocked(true);
            settings.setWindowGeometry(dbA, QStringLiteral("worker"), "geom-A1");
            settings.setWindowGeometry(dbA, QStringLiteral("boss"), "geom-A2");
            settings.setWindowGeometry(dbB, QStringLiteral("worker"), "geom-B1");
            settings.setOpenTabs(dbA, QStringLiteral("worker"),
                                 {{family1, FilePageId::FollowUps},
                                  {QStringLiteral("王小明家"), FilePageId::Overview}, // no names
                                  {family2, FilePageId::Attachments}});
            settings.sync();
        }
        AppSettings again(file);
        QCOMPARE(again.autoLockMinutes(), 15);
        QCOMPARE(again.language(), QStringLiteral("en"));
        QCOMPARE(again.keepEditsWhileLocked(), true);
        QCOMPARE(again.windowGeometry(dbA, QStringLiteral("worker")), QByteArray("geom-A1"));
        QCOMPARE(again.windowGeometry(dbA, QStringLiteral("boss")), QByteArray("geom-A2"));
        QCOMPARE(again.windowGeometry(dbB, QStringLiteral("worker")), QByteArray("geom-B1"));
        const QList<OpenTab> expected{{family1, FilePageId::FollowUps},
                                      {family2, FilePageId::Attachments}};
        QCOMPARE(again.openTabs(dbA, QStringLiteral("worker")), expected);
        QVERIFY(again.openTabs(dbA, QStringLiteral("boss")).isEmpty());
        QVERIFY(again.openTabs(dbB, QStringLiteral("worker")).isEmpty());
        // Fewer tabs replace the list.
        again.setOpenTabs(dbA, QStringLiteral("worker"), {{family2, FilePageId::Map}});
        QCOMPARE(again.openTabs(dbA, QStringLiteral("worker")),
                 QList<OpenTab>({{family2, FilePageId::Map}}));
        again.sync();

        // Every page has a stable name that reads back.
        for (int i = int(FilePageId::Overview); i <= int(FilePageId::Audit); ++i)
            QCOMPARE(AppSettings::pageFromKey(AppSettings::pageKey(FilePageId(i))),
                     std::optional<FilePageId>(FilePageId(i)));

        // The file names neither the user nor the database.
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray text = raw.readAll();
        QVERIFY(text.contains("autoLockMinutes"));
        for (const QByteArray& secret :
             {QByteArray("worker"), QByteArray("boss"), QString(dbA).toUtf8(), QByteArray("jiahu"),
              QStringLiteral("李老师").toUtf8(), QStringLiteral("王小明").toUtf8(),
              QByteArray("%U")})
            QVERIFY2(!text.contains(secret), secret.constData());
        QVERIFY(AppSettings::userKey(dbA, QStringLiteral("worker")) !=
                AppSettings::userKey(dbA, QStringLiteral("boss")));
    }

    void settingsDialogShowsAndSavesTheSettings()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("Jiahu.conf")));
        settings.setAutoLockMinutes(10);
        SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* minutes = dialog.findChild<QSpinBox*>(QStringLiteral("autoLockMinutes"));
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
        auto* keep = dialog.findChild<QCheckBox*>(QStringLiteral("keepEditsWhileLocked"));
        QVERIFY(minutes && language && keep);
        QCOMPARE(minutes->value(), 10);
        QCOMPARE(language->currentData().toString(), QStringLiteral("zh_CN"));
        QVERIFY(!keep->isChecked());
        QCOMPARE(dialog.focusWidget(), static_cast<QWidget*>(minutes)); // the first field
        QCOMPARE(minutes->minimum(), 1);
        QCOMPARE(minutes->maximum(), 120);
        screenshot(&dialog, QStringLiteral("settings.png"));

        QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
        minutes->setValue(30);
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        keep->setChecked(true);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveSettings")),
                          Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved[0][0].toBool(), true); // the language changed: applies after a restart
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        AppSettings reread(dir.filePath(QStringLiteral("Jiahu.conf")));
        QCOMPARE(reread.autoLockMinutes(), 30);
        QCOMPARE(reread.language(), QStringLiteral("en"));
        QCOMPARE(reread.keepEditsWhileLocked(), true);

        // Cancel keeps what was there.
        SettingsDialog second(settings);
        second.findChild<QSpinBox*>(QStringLiteral("autoLockMinutes"))->setValue(99);
        second.reject();
        QCOMPARE(AppSettings(dir.filePath(QStringLiteral("Jiahu.conf"))).autoLockMinutes(), 30);
    }

    void helpListsTheShortcuts()
    {
        ShortcutsDialog dialog(5);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget* table = dialog.table();
        QCOMPARE(table->columnCount(), 2);
        QStringList keys;
        for (int row = 0; row < table->rowCount(); ++row) {
            keys << table->item(row, 0)->text();
            QVERIFY(!table->item(row, 1)->text().isEmpty());
        }
        for (const char* key :
             {"Ctrl+F", "Ctrl+N", "Ctrl+W", "Ctrl+L", "Ctrl+Enter", "F1", "Ctrl+Tab", "Enter"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        QCOMPARE(keys.size(), 8);
        screenshot(&dialog, QStringLiteral("shortcuts.png"));
    }
};

QTEST_MAIN(TestGuiLock)
#include "tst_gui_lock.moc"
