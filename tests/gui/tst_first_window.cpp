// The first window, driven offscreen: create a database through the dialog, unlock, lock.
#include "TestSupport.h"

#include "AppController.h"
#include "CreateDatabaseDialog.h"
#include "HomeWindow.h"
#include "RecoveryCodeDialog.h"
#include "WelcomeWindow.h"

#include "services/UnlockThrottle.h"
#include "services/Vault.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace jiahu;

Q_DECLARE_METATYPE(std::shared_ptr<jiahu::Vault>)

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

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<std::shared_ptr<Vault>>(); }

    void createsADatabaseThroughTheDialog()
    {
        WelcomeWindow welcome;
        welcome.setKdfParamsForNewDatabases(test::fastKdf());
        welcome.show();
        QVERIFY(QTest::qWaitForWindowExposed(&welcome));
        QSignalSpy opened(&welcome, &WelcomeWindow::vaultOpened);

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
        auto vault = opened.first().first().value<std::shared_ptr<Vault>>();
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
        QTest::mouseClick(child<QPushButton>(&welcome, "recoverButton"), Qt::LeftButton);
        auto* dialog = welcome.findChild<QDialog*>(QStringLiteral("recoveryResetDialog"));
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "userEdit")->text(), QStringLiteral("admin"));

        // A mistyped code is refused with a sentence, and nothing changes.
        QString typo = code;
        typo[0] = typo[0] == u'A' ? u'B' : u'A';
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
        auto vault = opened.first().first().value<std::shared_ptr<Vault>>();
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

    void unlockLockCycle()
    {
        const QString path = m_dir.filePath(QStringLiteral("cycle.jiahu"));
        {
            auto created = Vault::create(
                {path, QStringLiteral("admin"), QStringLiteral("管理员"), test::fastKdf()},
                test::secret("cycle-password-1"));
            QVERIFY(created.ok());
        }
        AppController controller;
        controller.start(path, QStringLiteral("admin"));
        WelcomeWindow* welcome = controller.welcomeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(welcome));

        fill(welcome, "passwordEdit", QStringLiteral("wrong-password-1"));
        QTest::mouseClick(child<QPushButton>(welcome, "unlockButton"), Qt::LeftButton);
        auto* error = child<QLabel>(welcome, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QCOMPARE(error->text(), QStringLiteral("Wrong user name or password."));
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
        QTRY_VERIFY_WITH_TIMEOUT(controller.homeWindow() != nullptr, 10000);
        HomeWindow* home = controller.homeWindow();
        QTRY_VERIFY(home->isVisible());
        QVERIFY(!welcome->isVisible());
        QVERIFY(child<QLabel>(home, "greetingLabel")->text().contains(QStringLiteral("管理员")));

        // Locking destroys the home window and the Vault with it.
        QPointer<HomeWindow> guard(home);
        Q_EMIT home->lockRequested();
        QTRY_VERIFY(guard.isNull());
        QVERIFY(welcome->isVisible());
    }
};

QTEST_MAIN(TestFirstWindow)
#include "tst_first_window.moc"
