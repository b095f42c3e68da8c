// The first window, driven offscreen: create a database through the dialog, unlock into a
// Workspace, lock (the Workspace and its connections go, answers in flight are dropped), unlock
// again.
#include "TestSupport.h"

#include "settings/AppSettings.h"
#include "shell/AppController.h"
#include "shell/DatabasePage.h"
#include "shell/MainWindow.h"
#include "welcome/CreateDatabaseDialog.h"
#include "welcome/RecoveryCodeDialog.h"
#include "welcome/WelcomeWindow.h"

#include "crypto/RecoveryCode.h"
#include "services/UnlockThrottle.h"
#include "services/Vault.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace jiahu;

class TestFirstWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    template <typename T> static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QLatin1String(name));
    }
    static CreateDatabaseDialog* openCreateDialog(WelcomeWindow& welcome)
    {
        QTest::mouseClick(child<QPushButton>(&welcome, "createButton"), Qt::LeftButton);
        return welcome.findChild<CreateDatabaseDialog*>();
    }
    static void fill(QWidget* parent, const char* name, const QString& text)
    {
        auto* edit = child<QLineEdit>(parent, name);
        QVERIFY(edit);
        edit->clear();
        // Typed key by key where QTest can; Chinese arrives through an input method, as insert().
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii)
            QTest::keyClicks(edit, text);
        else
            edit->insert(text);
    }
    /// Whether SQLite's WAL files of `path` exist: they do while a connection is open and go
    /// when the last one closes.
    static bool walFilesExist(const QString& path)
    {
        return QFile::exists(path + QStringLiteral("-wal")) ||
               QFile::exists(path + QStringLiteral("-shm"));
    }
    /// Keeps the Vault `welcome` hands over, as AppController does.
    static void takeVaultsInto(WelcomeWindow& welcome, std::unique_ptr<Vault>& into)
    {
        QObject::connect(&welcome, &WelcomeWindow::vaultOpened, &welcome, [&welcome, &into] {
            into = welcome.takeVault();
            QVERIFY(into);
            QVERIFY(!welcome.takeVault()); // one owner only
        });
    }
    static QString createDatabase(const QString& path, const QString& password,
                                  const QString& displayName)
    {
        auto created = Vault::create({path, QStringLiteral("admin"), displayName, test::fastKdf()},
                                     test::secret(qPrintable(password)));
        return created.ok() ? QString::fromLatin1(created->recoveryCode.view()) : QString();
    }

private Q_SLOTS:
    void createsADatabaseThroughTheDialog()
    {
        WelcomeWindow welcome;
        welcome.setKdfParamsForNewDatabases(test::fastKdf());
        welcome.show();
        QVERIFY(QTest::qWaitForWindowExposed(&welcome));
        QSignalSpy opened(&welcome, &WelcomeWindow::vaultOpened);
        std::unique_ptr<Vault> vault;
        takeVaultsInto(welcome, vault);

        CreateDatabaseDialog* dialog = openCreateDialog(welcome);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString path = m_dir.filePath(QStringLiteral("gui.jiahu"));
        fill(dialog, "pathEdit", path);
        fill(dialog, "adminNameEdit", QStringLiteral("zhangwei"));
        fill(dialog, "displayNameEdit", QStringLiteral("张伟"));
        fill(dialog, "passwordEdit", QStringLiteral("gui-password-1"));
        fill(dialog, "repeatEdit", QStringLiteral("gui-password-1"));
        QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);

        RecoveryCodeDialog* codeDialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((codeDialog = dialog->findChild<RecoveryCodeDialog*>()) != nullptr,
                                 20000);
        QTRY_VERIFY(codeDialog->isVisible());
        const QString code = child<QLabel>(codeDialog, "recoveryCodeLabel")->text();
        QCOMPARE(code, codeDialog->code());
        QVERIFY(codeDialog->printableHtml().contains(code));
        // The code cannot be dismissed unread.
        auto* continueButton = child<QPushButton>(codeDialog, "continueButton");
        QVERIFY(!continueButton->isEnabled());
        codeDialog->reject();
        QVERIFY(codeDialog->isVisible());
        child<QCheckBox>(codeDialog, "confirmKept")->setChecked(true);
        QVERIFY(continueButton->isEnabled());
        QVERIFY(opened.isEmpty());
        QTest::mouseClick(continueButton, Qt::LeftButton);

        QTRY_COMPARE(opened.size(), 1);
        QVERIFY(vault);
        QCOMPARE(vault->user().name, QStringLiteral("zhangwei"));
        QCOMPARE(vault->user().displayName, QStringLiteral("张伟"));
        QCOMPARE(vault->user().role, Role::Administrator);
        QCOMPARE(welcome.databasePath(), path);
        opened.clear();
        vault.reset();

        // What the dialog made opens with the password and with the code it showed.
        QVERIFY(
            Vault::unlock(path, QStringLiteral("zhangwei"), test::secret("gui-password-1")).ok());
        QVERIFY(Vault::unlockWithRecoveryCode(path, test::secret(qPrintable(code))).ok());
    }

    void createDialogShowsErrorsAndCreatesNothing()
    {
        WelcomeWindow welcome;
        welcome.setKdfParamsForNewDatabases(test::fastKdf());
        welcome.show();
        CreateDatabaseDialog* dialog = openCreateDialog(welcome);
        const QString path = m_dir.filePath(QStringLiteral("never.jiahu"));
        fill(dialog, "pathEdit", path);
        fill(dialog, "adminNameEdit", QStringLiteral("zhangwei"));
        fill(dialog, "passwordEdit", QStringLiteral("gui-password-1"));
        fill(dialog, "repeatEdit", QStringLiteral("gui-password-2"));
        QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        auto* error = child<QLabel>(dialog, "errorLabel");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("The two passwords differ."));

        fill(dialog, "passwordEdit", QStringLiteral("short"));
        fill(dialog, "repeatEdit", QStringLiteral("short"));
        QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        QVERIFY(error->text().contains(QStringLiteral("at least 10")));
        QVERIFY(!QFile::exists(path));
    }

    void recoveryCodeResetsAForgottenPassword()
    {
        const QString path = m_dir.filePath(QStringLiteral("forgot.jiahu"));
        QString code;
        {
            auto created = Vault::create({path, QStringLiteral("admin"), {}, test::fastKdf()},
                                         test::secret("forgotten-password"));
            QVERIFY(created.ok());
            code = QString::fromLatin1(created->recoveryCode.view());
        }
        WelcomeWindow welcome;
        welcome.setKdfParamsForNewDatabases(test::fastKdf());
        welcome.setDatabasePath(path);
        welcome.setUserName(QStringLiteral("admin"));
        welcome.show();
        QSignalSpy opened(&welcome, &WelcomeWindow::vaultOpened);
        std::unique_ptr<Vault> vault;
        takeVaultsInto(welcome, vault);
        QTest::mouseClick(child<QPushButton>(&welcome, "recoverButton"), Qt::LeftButton);
        auto* dialog = welcome.findChild<QDialog*>(QStringLiteral("recoveryResetDialog"));
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "userEdit")->text(), QStringLiteral("admin"));

        // A mistyped code is refused with a sentence, and nothing changes.
        // (A typo the check character is sure to catch: one in 256 would pass it, be tried as a
        // code, fail and start the back-off.)
        QString typo;
        for (const QChar c : QStringLiteral("ABCDEFGHJKMNPQRSTVWXYZ0123456789")) {
            typo = code;
            typo[0] = c;
            const QByteArray bytes = typo.toLatin1();
            if (c != code[0] && !RecoveryCode::normalize(QByteArrayView(bytes)).ok())
                break;
        }
        fill(dialog, "codeEdit", typo);
        fill(dialog, "passwordEdit", QStringLiteral("new-password-123"));
        fill(dialog, "repeatEdit", QStringLiteral("new-password-123"));
        QTest::mouseClick(child<QPushButton>(dialog, "resetButton"), Qt::LeftButton);
        auto* error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY(error->text().contains(QStringLiteral("recovery code")));
        QVERIFY(opened.isEmpty());

        fill(dialog, "codeEdit", code.toLower());
        fill(dialog, "passwordEdit", QStringLiteral("new-password-123"));
        fill(dialog, "repeatEdit", QStringLiteral("new-password-123"));
        QTest::mouseClick(child<QPushButton>(dialog, "resetButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        QVERIFY(vault);
        QCOMPARE(vault->user().name, QStringLiteral("admin"));
        QVERIFY(!vault->isRecoverySession());
        vault.reset();
        opened.clear();
        QVERIFY(
            !Vault::unlock(path, QStringLiteral("admin"), test::secret("forgotten-password")).ok());
        QFile::remove(UnlockThrottle::statePathFor(path));
        QVERIFY(
            Vault::unlock(path, QStringLiteral("admin"), test::secret("new-password-123")).ok());
    }

    void aVaultNobodyTakesIsClosed()
    {
        const QString path = m_dir.filePath(QStringLiteral("untaken.jiahu"));
        QVERIFY(!createDatabase(path, QStringLiteral("untaken-password"), {}).isEmpty());
        QVERIFY(!walFilesExist(path));
        WelcomeWindow welcome;
        welcome.setDatabasePath(path);
        welcome.setUserName(QStringLiteral("admin"));
        welcome.show();
        QSignalSpy opened(&welcome, &WelcomeWindow::vaultOpened); // listens, takes nothing
        fill(&welcome, "passwordEdit", QStringLiteral("untaken-password"));
        QTest::mouseClick(child<QPushButton>(&welcome, "unlockButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        QVERIFY(!welcome.takeVault()); // too late: it was closed when the signal returned
        QVERIFY(!walFilesExist(path));
    }

    void homeWindowShowsTheUserThroughTheWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("home.jiahu"));
        {
            auto created = Vault::create(
                {path, QStringLiteral("admin"), QStringLiteral("管理员"), test::fastKdf()},
                test::secret("home-password-1"));
            QVERIFY(created.ok());
            QVERIFY(
                created->vault
                    ->addUser({QStringLiteral("liuying"), QStringLiteral("刘颖"), Role::Caseworker},
                              test::secret("home-password-2"), test::fastKdf())
                    .ok());
        }
        // A caseworker, not an administrator: anyone signed in may count the accounts.
        auto vault =
            Vault::unlock(path, QStringLiteral("liuying"), test::secret("home-password-2"));
        QVERIFY(vault.ok());
        auto ws = Workspace::open(std::move(vault.value()));
        QVERIFY(ws.ok());
        {
            DatabasePage home(*ws.value());
            auto* count = child<QLabel>(&home, "userCountLabel");
            QVERIFY(count);
            // Nothing waited for the database: the count is a placeholder until its read answers.
            QCOMPARE(count->text(), DatabasePage::pendingText());
            QTRY_COMPARE(count->text(), QStringLiteral("2"));
            const QString greeting = child<QLabel>(&home, "greetingLabel")->text();
            QVERIFY2(greeting.contains(QStringLiteral("刘颖")), qPrintable(greeting));
            QVERIFY2(greeting.contains(Roles::displayName(Role::Caseworker)), qPrintable(greeting));
            QCOMPARE(child<QLabel>(&home, "databaseLabel")->text(), path);
            MainWindow main(*ws.value());
            QVERIFY(main.windowTitle().contains(QStringLiteral("home.jiahu")));
        }
        {
            // A window whose Workspace is gone before the answer came shows no answer, and
            // does not crash.
            DatabasePage home(*ws.value());
            auto* count = child<QLabel>(&home, "userCountLabel");
            ws.value().reset();
            QTest::qWait(300);
            QCOMPARE(count->text(), DatabasePage::pendingText());
        }
        QVERIFY(!walFilesExist(path));
    }

    void unlockLockCycle()
    {
        const QString path = m_dir.filePath(QStringLiteral("cycle.jiahu"));
        QVERIFY(!createDatabase(path, QStringLiteral("cycle-password-1"), QStringLiteral("管理员"))
                     .isEmpty());
        QTemporaryDir settingsDir;
        AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
        AppController controller(&settings);
        controller.setWorkspaceOptions({1, {}}); // one reader: a second read waits in its queue
        controller.start(path, QStringLiteral("admin"));
        WelcomeWindow* welcome = controller.welcomeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(welcome));
        QVERIFY(!controller.workspace());

        fill(welcome, "passwordEdit", QStringLiteral("wrong-password-1"));
        QTest::mouseClick(child<QPushButton>(welcome, "unlockButton"), Qt::LeftButton);
        auto* error = child<QLabel>(welcome, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QCOMPARE(error->text(), QStringLiteral("Wrong user name or password."));
        QVERIFY(!controller.workspace());
        // The throttle holds the button back and counts down.
        auto* unlockButton = child<QPushButton>(welcome, "unlockButton");
        QVERIFY(!unlockButton->isEnabled());
        QVERIFY(unlockButton->text().startsWith(QStringLiteral("Wait")));
        // Only admin waits: another user may sign in at once.
        fill(welcome, "userEdit", QStringLiteral("someone-else"));
        QVERIFY(unlockButton->isEnabled());
        QCOMPARE(unlockButton->text(), QStringLiteral("Unlock"));
        fill(welcome, "userEdit", QStringLiteral("admin"));
        if (UnlockThrottle(path, QStringLiteral("admin")).remainingMs() > 100) {
            QVERIFY(!unlockButton->isEnabled());
            QVERIFY(unlockButton->text().startsWith(QStringLiteral("Wait")));
        }
        QTRY_VERIFY_WITH_TIMEOUT(unlockButton->isEnabled(), 5000);
        QCOMPARE(child<QLineEdit>(welcome, "passwordEdit")->text(), QString()); // cleared

        fill(welcome, "passwordEdit", QStringLiteral("cycle-password-1"));
        QTest::mouseClick(unlockButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 10000);
        MainWindow* home = controller.mainWindow();
        QTRY_VERIFY(home->isVisible());
        QVERIFY(!welcome->isVisible());
        QPointer<Workspace> ws = controller.workspace();
        QVERIFY(ws);
        QCOMPARE(ws->user().name, QStringLiteral("admin"));
        QCOMPARE(ws->databasePath(), path);
        QVERIFY(child<QLabel>(home, "greetingLabel")->text().contains(QStringLiteral("管理员")));
        QTRY_COMPARE(child<QLabel>(home, "userCountLabel")->text(), QStringLiteral("1"));
        QVERIFY(walFilesExist(path)); // the database is open

        // Two reads are under way when the user locks: one running (it holds the only reader),
        // one waiting behind it. Neither answer may arrive, now or in the next session.
        QObject receiver;
        std::atomic<bool> running{false};
        std::atomic<bool> secondRan{false};
        bool delivered = false;
        ws->read(
            [&running](CaseSession&) -> Result<int> {
                running = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
                return 1;
            },
            &receiver, [&delivered](Result<int>) { delivered = true; });
        ws->read(
            [&secondRan](CaseSession&) -> Result<int> {
                secondRan = true;
                return 2;
            },
            &receiver, [&delivered](Result<int>) { delivered = true; });
        QTRY_VERIFY(running.load());

        // Locking destroys the Workspace before the welcome window shows again: the
        // connections are closed (SQLite removes its WAL files with the last one).
        QPointer<MainWindow> homeGuard(home);
        auto* lockAction = home->findChild<QAction*>(QStringLiteral("lockAction"));
        QVERIFY(lockAction);
        QCOMPARE(lockAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        lockAction->trigger();
        QVERIFY(ws.isNull());
        QVERIFY(!controller.workspace());
        QVERIFY(!controller.mainWindow());
        QVERIFY(!walFilesExist(path));
        QVERIFY(welcome->isVisible());
        QVERIFY(!home->isVisible());
        QTRY_VERIFY(homeGuard.isNull());
        QTest::qWait(300);
        QVERIFY(!delivered);
        QVERIFY(!secondRan); // still waiting when the Workspace closed: cancelled

        // Unlocking again makes a new Workspace; the old session's answers stay lost.
        fill(welcome, "passwordEdit", QStringLiteral("cycle-password-1"));
        QTest::mouseClick(unlockButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 10000);
        QPointer<Workspace> second = controller.workspace();
        QVERIFY(second);
        home = controller.mainWindow();
        QTRY_VERIFY(home->isVisible());
        QVERIFY(!welcome->isVisible());
        QTRY_COMPARE(child<QLabel>(home, "userCountLabel")->text(), QStringLiteral("1"));
        QVERIFY(!delivered);
        QVERIFY(!secondRan);

        // Closing the window instead of locking closes the database too.
        homeGuard = home;
        home->close();
        QTRY_VERIFY(homeGuard.isNull());
        QVERIFY(second.isNull());
        QVERIFY(!controller.workspace());
        QVERIFY(!walFilesExist(path));
    }
};

QTEST_MAIN(TestFirstWindow)
#include "tst_first_window.moc"
