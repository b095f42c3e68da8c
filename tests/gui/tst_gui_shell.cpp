// The main window and the session around it, offscreen: unlocking (wrong, then right password),
// the family list (filters, count, search as you type dropping stale answers, keyboard), family
// tabs, and locking (every model destroyed; unlocking as the same user restores the tabs, as
// another user starts clean).
#include "GuiSupport.h"

#include "families/FamiliesPage.h"
#include "families/FamilyFilterBar.h"
#include "families/FamilyListModel.h"
#include "familyfile/FamilyFileView.h"
#include "lock/IdleWatcher.h"
#include "settings/AppSettings.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "welcome/WelcomeWindow.h"

#include "services/AssessmentService.h"
#include "services/FamilyService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace jiahu;
using test::CaseFixture;
using test::waitUntil;

namespace {

/// A family in 白市驿镇 coded `code` by an assessment (or not coded).
QString codedFamily(CaseFixture& fx, std::optional<RiskCode> code, const QString& community)
{
    const QString id = fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA, community);
    if (id.isEmpty() || !code)
        return id;
    NewAssessment in;
    in.familyId = id;
    in.answers = test::answersFor(*code);
    auto done = AssessmentService(fx.as(QStringLiteral("worker"))).assess(in);
    if (!done.ok())
        qWarning("assess: %s", qPrintable(done.error().message));
    return id;
}

/// The application started on `fx`'s database (on its clock) for `user`, showing the welcome
/// window; its settings in a temporary folder.
struct StartedApp {
    StartedApp(CaseFixture& fx, const QString& user)
        : settings(settingsDir.filePath(QStringLiteral("settings.ini"))), controller(&settings)
    {
        controller.setWorkspaceOptions({2, [&fx] { return fx.now; }});
        controller.start(fx.path(), user);
    }
    QTemporaryDir settingsDir;
    AppSettings settings;
    AppController controller;
};

void signIn(WelcomeWindow* welcome, const QString& user, const QString& password)
{
    welcome->setUserName(user);
    auto* edit = welcome->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    edit->setText(password);
    welcome->findChild<QPushButton*>(QStringLiteral("unlockButton"))->click();
}

} // namespace

class TestGuiShell : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void aLiaisonGetsTheReferralDeskAndNoFamilies()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        codedFamily(fx, RiskCode::Red, QStringLiteral("新桥村"));
        test::ScriptedPrompter prompter;
        StartedApp app(fx, QStringLiteral("liaison"));
        signIn(app.controller.welcomeWindow(), QStringLiteral("liaison"),
               QStringLiteral("user-password-1"));
        QTRY_VERIFY_WITH_TIMEOUT(app.controller.mainWindow() != nullptr, 10000);
        MainWindow* main = app.controller.mainWindow();
        QCOMPARE(main->currentSection(), MainWindow::Section::Referrals);
        QVERIFY(main->sectionWidget(MainWindow::Section::Referrals));
        // No family list, no search, no family files, no work page.
        QVERIFY(!main->familiesPage());
        for (auto section : {MainWindow::Section::Work, MainWindow::Section::Families,
                             MainWindow::Section::FollowUps, MainWindow::Section::Files,
                             MainWindow::Section::Students})
            QVERIFY(!main->sectionWidget(section));
        QVERIFY(!main->findChild<QAction*>(QStringLiteral("searchAction")));
        QVERIFY(!main->findChild<QAction*>(QStringLiteral("newFamilyAction")));
    }

    void wrongThenRightPasswordOpensTheWorkPage()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        test::ScriptedPrompter prompter; // answers instead of message boxes while it lives
        StartedApp app(fx, QStringLiteral("worker"));
        AppController& controller = app.controller;
        signIn(controller.welcomeWindow(), QStringLiteral("worker"),
               QStringLiteral("wrong-password-9"));
        auto* error = controller.welcomeWindow()->findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(error);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !error->text().isEmpty(), 10000);
        QVERIFY(!controller.workspace());
        QVERIFY(!controller.mainWindow());

        // The failed attempt makes the next one wait a moment (throttle).
        QTRY_VERIFY_WITH_TIMEOUT(controller.welcomeWindow()
                                     ->findChild<QPushButton*>(QStringLiteral("unlockButton"))
                                     ->isEnabled(),
                                 15000);
        signIn(controller.welcomeWindow(), QStringLiteral("worker"),
               QStringLiteral("user-password-1"));
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 10000);
        MainWindow* main = controller.mainWindow();
        QCOMPARE(main->currentSection(), MainWindow::Section::Work);
        QVERIFY(main->findChild<QLabel*>(QStringLiteral("statusUserLabel"))
                    ->text()
                    .contains(Roles::displayName(Role::Caseworker)));
    }

    void familyListFiltersByCodeAndCounts()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString red1 = codedFamily(fx, RiskCode::Red, QStringLiteral("新桥村"));
        const QString red2 = codedFamily(fx, RiskCode::Red, QStringLiteral("石院社区"));
        codedFamily(fx, RiskCode::Blue, QStringLiteral("新桥村"));
        codedFamily(fx, std::nullopt, QStringLiteral("新桥村"));
        auto ws = test::openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        FamiliesPage page(*ws);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(page.model()->rowCount(), 4);
        // Most severe first: the two red files lead.
        QCOMPARE(page.model()->rowAt(0).riskCode, std::optional(RiskCode::Red));
        auto* count = page.findChild<QLabel*>(QStringLiteral("familyCountLabel"));
        QTRY_VERIFY(count->text().contains(QLatin1String("4")));

        page.findChild<QToolButton*>(QStringLiteral("codeChip_red"))->click();
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QSet<QString> ids;
        for (const Family& f : page.model()->rows())
            ids << f.id;
        QCOMPARE(ids, (QSet<QString>{red1, red2}));
        QTRY_VERIFY(count->text().contains(QLatin1String("2")));
        QCOMPARE(page.model()
                     ->data(page.model()->index(0, FamilyListModel::Code), Qt::DisplayRole)
                     .toString(),
                 RiskCodes::displayName(RiskCode::Red)); // never colour alone

        // "Not coded" and the codes exclude each other.
        page.findChild<QToolButton*>(QStringLiteral("codeChip_none"))->click();
        QVERIFY(!page.findChild<QToolButton*>(QStringLiteral("codeChip_red"))->isChecked());
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->rowAt(0).riskCode, std::nullopt);

        // A new family in scope appears through the change event, no reload asked.
        page.findChild<QToolButton*>(QStringLiteral("clearFiltersButton"))->click();
        QTRY_COMPARE(page.model()->rowCount(), 4);
        auto added = ws->write([](CaseSession& s) {
            NewFamily f;
            f.town = CaseFixture::kTownA;
            f.community = QStringLiteral("走马村");
            return FamilyService(s).add(f);
        });
        added.waitForFinished();
        QTRY_COMPARE(page.model()->rowCount(), 5);
    }

    void searchAsYouTypeDropsStaleAnswers()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        codedFamily(fx, RiskCode::Red, QStringLiteral("新桥村"));
        codedFamily(fx, RiskCode::Yellow, QStringLiteral("石院社区"));
        auto ws = test::openWorkspace(fx, QStringLiteral("worker"), 1);
        QVERIFY(ws);
        FamiliesPage page(*ws);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QSignalSpy replaced(page.model(), &PagedModelBase::reloaded);
        // Three keystrokes in a row: only the last one's answer may land.
        QLineEdit* box = page.searchBox();
        box->setText(QStringLiteral("新"));
        box->setText(QStringLiteral("新桥"));
        box->setText(QStringLiteral("石院"));
        QTRY_COMPARE(replaced.size(), 1);
        QTest::qWait(100);
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->rowAt(0).community, QStringLiteral("石院社区"));
        auto* count = page.findChild<QLabel*>(QStringLiteral("familyCountLabel"));
        QVERIFY(count->text().contains(QLatin1String("1")));

        // Nothing matches: the empty state says what to try.
        box->setText(QStringLiteral("不存在的村"));
        QTRY_VERIFY(
            page.findChild<QLabel*>(QStringLiteral("familyEmptyLabel"))->isVisibleTo(&page));
    }

    void keyboardOpensFamiliesInTabs()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString red = codedFamily(fx, RiskCode::Red, QStringLiteral("新桥村"));
        codedFamily(fx, RiskCode::Blue, QStringLiteral("石院社区"));
        auto ws = test::openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        test::ScriptedPrompter prompter; // answers instead of message boxes while it lives
        MainWindow main(*ws);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        QTest::keyClick(&main, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(main.currentSection(), MainWindow::Section::Families);
        FamiliesPage* page = main.familiesPage();
        QTRY_VERIFY(page->searchBox()->hasFocus());
        QTRY_COMPARE(page->model()->rowCount(), 2);
        // Typing in the list goes to the search box.
        page->table()->setFocus();
        QTest::keyClicks(page->table(), QStringLiteral("x"));
        QCOMPARE(page->searchBox()->text(), QStringLiteral("x"));
        page->searchBox()->clear();
        QTRY_COMPARE(page->model()->rowCount(), 2);
        page->table()->setFocus();
        page->table()->selectRow(0);
        QTest::keyClick(page->table(), Qt::Key_Return);
        QCOMPARE(main.currentSection(), MainWindow::Section::Files);
        QCOMPARE(main.fileViews().size(), 1);
        FamilyFileView* view = main.fileViews().first();
        QCOMPARE(view->familyId(), red);
        QTRY_VERIFY(view->isLoaded());
        auto* tabs = main.findChild<QTabWidget*>(QStringLiteral("familyTabs"));
        QCOMPARE(tabs->tabText(0), view->file().family.fileNo);
        QCOMPARE(view->currentPage(), FilePageId::Timeline);
        // Opening the same family again brings its tab forward, no second tab.
        main.openFamily(red, FilePageId::FollowUps);
        QCOMPARE(main.fileViews().size(), 1);
        QCOMPARE(view->currentPage(), FilePageId::FollowUps);
        QTest::keyClick(&main, Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(main.fileViews().size(), 0);
    }

    void lockingDestroysModelsAndUnlockingRestoresTheTabs()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString red = codedFamily(fx, RiskCode::Red, QStringLiteral("新桥村"));
        const QString blue = codedFamily(fx, RiskCode::Blue, QStringLiteral("石院社区"));
        test::ScriptedPrompter prompter; // answers instead of message boxes while it lives
        StartedApp app(fx, QStringLiteral("worker"));
        AppController& controller = app.controller;
        signIn(controller.welcomeWindow(), QStringLiteral("worker"),
               QStringLiteral("user-password-1"));
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 10000);
        MainWindow* main = controller.mainWindow();
        QTRY_VERIFY(main->familiesPage()->model()->rowCount() == 2);
        main->openFamily(red, FilePageId::Risk);
        main->openFamily(blue, FilePageId::FollowUps);
        QTRY_VERIFY(main->fileViews().size() == 2 && main->fileViews()[0]->isLoaded() &&
                    main->fileViews()[1]->isLoaded());
        QPointer<MainWindow> window(main);
        QPointer<FamilyListModel> model(main->familiesPage()->model());
        QPointer<FamilyFileView> view(main->fileViews().first());
        QPointer<Workspace> workspace(controller.workspace());

        controller.lockNow(); // as the idle timer does
        QVERIFY(!controller.workspace());
        QVERIFY(!workspace);
        QTRY_VERIFY(!window && !model && !view); // destroyed, not hidden
        QVERIFY(controller.welcomeWindow()->isVisible());

        // The same user comes back to the same tabs and pages.
        signIn(controller.welcomeWindow(), QStringLiteral("worker"),
               QStringLiteral("user-password-1"));
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 10000);
        main = controller.mainWindow();
        QCOMPARE(main->fileViews().size(), 2);
        QCOMPARE(main->fileViews()[0]->familyId(), red);
        QCOMPARE(main->fileViews()[1]->familyId(), blue);
        QTRY_VERIFY(main->fileViews()[0]->isLoaded() && main->fileViews()[1]->isLoaded());
        QCOMPARE(main->fileViews()[0]->currentPage(), FilePageId::Risk);
        QCOMPARE(main->fileViews()[1]->currentPage(), FilePageId::FollowUps);
        QCOMPARE(main->currentSection(), MainWindow::Section::Files);

        // Another user starts clean.
        controller.lockNow();
        QTRY_VERIFY(!controller.mainWindow());
        signIn(controller.welcomeWindow(), QStringLiteral("boss"),
               QStringLiteral("user-password-1"));
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 10000);
        QCOMPARE(controller.mainWindow()->fileViews().size(), 0);
        QCOMPARE(controller.mainWindow()->currentSection(), MainWindow::Section::Work);
    }

    void unsavedEditsAreAskedAboutOrKeptOverALock()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString red = codedFamily(fx, RiskCode::Red, QStringLiteral("新桥村"));
        test::ScriptedPrompter prompter;
        StartedApp app(fx, QStringLiteral("worker"));
        AppController& controller = app.controller;
        signIn(controller.welcomeWindow(), QStringLiteral("worker"),
               QStringLiteral("user-password-1"));
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 10000);
        MainWindow* main = controller.mainWindow();
        FamilyFileView* view = main->openFamily(red, FilePageId::Overview);
        QTRY_VERIFY(view->isLoaded());
        auto* address = view->findChild<QLineEdit*>(QStringLiteral("addressEdit"));
        QVERIFY(address);
        address->setText(QStringLiteral("新桥村3组12号"));
        QVERIFY(view->hasUnsavedEdits());
        // A follow-up half typed in the quick form counts too.
        auto* form = view->page(FilePageId::FollowUps);
        auto* notes = form->findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"));
        QVERIFY(notes);
        notes->setPlainText(QStringLiteral("电话回访，奶奶说孩子这周按时上学"));
        QVERIFY(form->hasUnsavedEdits());

        // Closing the tab asks; "no" keeps it and the edit.
        prompter.confirmations = {false};
        QTest::keyClick(main, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(prompter.asked.size(), 1);
        QCOMPARE(main->fileViews().size(), 1);
        QCOMPARE(address->text(), QStringLiteral("新桥村3组12号"));

        // Locking asks too (the edits would not be kept); "no" leaves the session open.
        prompter.confirmations = {false};
        main->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
        QCOMPARE(prompter.asked.size(), 2);
        QVERIFY(controller.workspace());

        // With "keep unsaved changes while locked", locking keeps them in memory and unlocking
        // as the same user puts them back.
        app.settings.setKeepEditsWhileLocked(true);
        main->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
        QCOMPARE(prompter.asked.size(), 2); // not asked
        QTRY_VERIFY(!controller.mainWindow());
        signIn(controller.welcomeWindow(), QStringLiteral("worker"),
               QStringLiteral("user-password-1"));
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 10000);
        main = controller.mainWindow();
        QCOMPARE(main->fileViews().size(), 1);
        view = main->fileViews().first();
        QTRY_VERIFY(view->isLoaded());
        QVERIFY(view->hasUnsavedEdits());
        QCOMPARE(view->findChild<QLineEdit*>(QStringLiteral("addressEdit"))->text(),
                 QStringLiteral("新桥村3组12号"));
        QCOMPARE(view->page(FilePageId::FollowUps)
                     ->findChild<QPlainTextEdit*>(QStringLiteral("notesEdit"))
                     ->toPlainText(),
                 QStringLiteral("电话回访，奶奶说孩子这周按时上学"));
        // Nothing was saved meanwhile.
        QVERIFY(FamilyService(fx.as(QStringLiteral("worker"))).find(red)->address.isEmpty());

        // Without it, an automatic lock discards them and says so after unlocking.
        app.settings.setKeepEditsWhileLocked(false);
        controller.lockNow();
        QTRY_VERIFY(!controller.mainWindow());
        signIn(controller.welcomeWindow(), QStringLiteral("worker"),
               QStringLiteral("user-password-1"));
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 10000);
        QCOMPARE(prompter.informed.size(), 1);
        view = controller.mainWindow()->fileViews().first();
        QTRY_VERIFY(view->isLoaded());
        QVERIFY(!view->hasUnsavedEdits());
    }

    void idleMinutesLockTheSession()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        test::ScriptedPrompter prompter;
        StartedApp app(fx, QStringLiteral("worker"));
        AppController& controller = app.controller;
        signIn(controller.welcomeWindow(), QStringLiteral("worker"),
               QStringLiteral("user-password-1"));
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 10000);
        QPointer<MainWindow> main(controller.mainWindow());
        // A dialog left open goes with the session.
        Q_EMIT main->settingsRequested();
        QPointer<QDialog> dialog(main->findChild<QDialog*>());
        QVERIFY(dialog);
        QVERIFY(controller.idleWatcher()->isActive());
        controller.idleWatcher()->setIntervalMs(200);
        controller.idleWatcher()->start();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.workspace(), 5000);
        QTRY_VERIFY(!main);
        QVERIFY(!dialog);
        QVERIFY(controller.welcomeWindow()->isVisible());
        QVERIFY(!controller.idleWatcher()->isActive()); // the lock screen is not timed
    }
};

QTEST_MAIN(TestGuiShell)
#include "tst_gui_shell.moc"
