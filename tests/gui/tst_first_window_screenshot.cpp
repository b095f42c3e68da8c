// Under Xvfb (a real X server): the first window, and after unlocking the home window, appear in
// Chinese with the Simplified Chinese faces, and their screenshots are not blank. The PNGs are
// kept for people to look at (docs/screenshots/ has copies).
#include "TestSupport.h"
#include "look/AppFonts.h"
#include "settings/AppSettings.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "welcome/CreateDatabaseDialog.h"
#include "welcome/RecoveryCodeDialog.h"
#include "welcome/WelcomeWindow.h"

#include "common/Translations.h"
#include "services/Vault.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QStatusBar>
#include <QtTest>

using namespace jiahu;

namespace {

/// Not blank: `area` of `image` holds many colours (anti-aliased CJK text, frames, buttons) and
/// enough dark pixels for text to have been drawn.
void checkNotBlank(const QImage& image, QRect area)
{
    area = area.intersected(image.rect());
    QVERIFY(area.width() > 200 && area.height() > 200);
    QSet<QRgb> colours;
    int dark = 0;
    for (int y = area.top(); y < area.bottom(); y += 2) {
        for (int x = area.left(); x < area.right(); x += 2) {
            const QRgb p = image.pixel(x, y);
            colours.insert(p);
            if (qGray(p) < 100)
                ++dark;
        }
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    QVERIFY2(dark > 200, qPrintable(QString::number(dark))); // text was drawn
}

} // namespace

class TestFirstWindowScreenshot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void windowAppearsInChinese()
    {
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
                 "run under xvfb-run with QT_QPA_PLATFORM=xcb");
        QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
        applyAppFonts(*qApp);
        QTemporaryDir settingsDir;
        AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
        AppController controller(&settings);
        controller.start(QStringLiteral("/tmp/家护演示.jiahu"), QStringLiteral("admin"));
        WelcomeWindow* welcome = controller.welcomeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(welcome));
        QCOMPARE(welcome->windowTitle(), QStringLiteral("家护"));
        QTest::qWait(500);

        const QFontInfo info(welcome->font());
        QVERIFY2(info.family().contains(QLatin1String("CJK SC")), qPrintable(info.family()));

        const QImage screen = welcome->screen()->grabWindow(0).toImage();
        QVERIFY(!screen.isNull());
        const QString out = QStringLiteral(SCREENSHOT_DIR "/first_window_zh.png");
        QVERIFY(screen.save(out));
        qInfo() << "screenshot:" << out;
        checkNotBlank(screen, welcome->frameGeometry());
        if (QTest::currentTestFailed())
            return;
        // The window alone, for the documentation.
        const QImage window = welcome->grab().toImage();
        checkNotBlank(window, window.rect());
        QVERIFY(window.save(QStringLiteral(SCREENSHOT_DIR "/welcome_zh.png")));
    }

    void homeWindowAppearsInChineseAfterUnlocking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("高新区妇联.jiahu"));
        {
            auto created = Vault::create(
                {path, QStringLiteral("zhangwei"), QStringLiteral("张伟"), test::fastKdf()},
                test::secret("screenshot-password"));
            QVERIFY(created.ok());
            Vault& vault = *created->vault;
            QVERIFY(
                vault
                    .addUser({QStringLiteral("liuying"), QStringLiteral("刘颖"), Role::Caseworker},
                             test::secret("screenshot-password-2"), test::fastKdf())
                    .ok());
            QVERIFY(
                vault
                    .addUser({QStringLiteral("chenjing"), QStringLiteral("陈静"), Role::Supervisor},
                             test::secret("screenshot-password-3"), test::fastKdf())
                    .ok());
        }
        QTemporaryDir settingsDir;
        AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
        AppController controller(&settings);
        controller.start(path, QStringLiteral("zhangwei"));
        WelcomeWindow* welcome = controller.welcomeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(welcome));
        welcome->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("screenshot-password"));
        welcome->findChild<QPushButton*>(QStringLiteral("unlockButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        MainWindow* home = controller.mainWindow();
        QVERIFY(controller.workspace());
        QVERIFY(QTest::qWaitForWindowExposed(home));
        auto* count = home->findChild<QLabel*>(QStringLiteral("userCountLabel"));
        QTRY_COMPARE(count->text(), QStringLiteral("3"));
        QTest::qWait(300);

        QCOMPARE(home->windowTitle(), QStringLiteral("家护 — 高新区妇联.jiahu"));
        const QString greeting = home->findChild<QLabel*>(QStringLiteral("greetingLabel"))->text();
        QVERIFY2(greeting.contains(QStringLiteral("张伟")), qPrintable(greeting));
        QVERIFY2(greeting.contains(Roles::displayName(Role::Administrator)), qPrintable(greeting));
        QVERIFY2(!greeting.contains(QLatin1String("Signed in")), qPrintable(greeting));
        const QString status = home->findChild<QLabel*>(QStringLiteral("statusLockLabel"))->text();
        QVERIFY2(!status.contains(QLatin1String("Unlocked")), qPrintable(status));
        const QFontInfo info(home->font());
        QVERIFY2(info.family().contains(QLatin1String("CJK SC")), qPrintable(info.family()));

        const QImage window = home->grab().toImage();
        checkNotBlank(window, window.rect());
        const QString out = QStringLiteral(SCREENSHOT_DIR "/home_zh.png");
        QVERIFY(window.save(out));
        qInfo() << "screenshot:" << out;

        controller.lock();
        QVERIFY(!controller.workspace());
        QVERIFY(welcome->isVisible());
    }

    void dialogsAreDrawnInChinese()
    {
        CreateDatabaseDialog create;
        create.setDatabasePath(QStringLiteral("/home/社工/文档/高新区妇联.jiahu"));
        create.show();
        QVERIFY(QTest::qWaitForWindowExposed(&create));
        QCOMPARE(create.windowTitle(), QStringLiteral("新建数据库"));
        QVERIFY(create.grab().save(QStringLiteral(SCREENSHOT_DIR "/create_dialog_zh.png")));

        RecoveryCodeDialog code(QStringLiteral("7K3M-Q9XD-2B8R-VT4N-H6WC-1PZE-5GJA-0SYF"),
                                QStringLiteral("/home/社工/文档/高新区妇联.jiahu"));
        code.show();
        QVERIFY(QTest::qWaitForWindowExposed(&code));
        QCOMPARE(code.windowTitle(), QStringLiteral("恢复码"));
        QVERIFY(code.printableHtml().contains(QStringLiteral("家护恢复码")));
        QVERIFY(code.grab().save(QStringLiteral(SCREENSHOT_DIR "/recovery_dialog_zh.png")));

        // The printed page carries the code and the Chinese text (checked with pdftotext).
        const QString pdf = QStringLiteral(SCREENSHOT_DIR "/recovery_code_zh.pdf");
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        code.printTo(printer);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString printed = QString::fromUtf8(text.readAllStandardOutput());
        // On one line: a recovery code broken across lines is easy to copy wrongly.
        QVERIFY2(printed.contains(QStringLiteral("7K3M-Q9XD-2B8R-VT4N-H6WC-1PZE-5GJA-0SYF\n")),
                 qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("7K3M-Q9XD-2B8R-VT4N-H6WC-1PZE-5GJA-0SYF")),
                 qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("家护恢复码")), qPrintable(printed));
    }
};

QTEST_MAIN(TestFirstWindowScreenshot)
#include "tst_first_window_screenshot.moc"
