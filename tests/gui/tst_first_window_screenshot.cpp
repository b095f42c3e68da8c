// Under Xvfb (a real X server): the first window appears in Chinese with the Simplified Chinese
// faces, and a screenshot of the screen is not blank. The PNG is kept for people to look at.
#include "AppController.h"
#include "AppFonts.h"
#include "CreateDatabaseDialog.h"
#include "RecoveryCodeDialog.h"
#include "WelcomeWindow.h"

#include "common/Translations.h"

#include <QApplication>
#include <QFontInfo>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QScreen>
#include <QSet>
#include <QtTest>

using namespace jiahu;

class TestFirstWindowScreenshot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void windowAppearsInChinese()
    {
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
                 "run under xvfb-run with QT_QPA_PLATFORM=xcb");
        QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
        applyAppFonts(*qApp);
        AppController controller;
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

        // Not blank: the window's area holds many colours (anti-aliased CJK text, frames, buttons).
        const QRect area = welcome->frameGeometry().intersected(screen.rect());
        QVERIFY(area.width() > 200 && area.height() > 200);
        QSet<QRgb> colours;
        int dark = 0;
        for (int y = area.top(); y < area.bottom(); y += 2) {
            for (int x = area.left(); x < area.right(); x += 2) {
                const QRgb p = screen.pixel(x, y);
                colours.insert(p);
                if (qGray(p) < 100)
                    ++dark;
            }
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        QVERIFY2(dark > 200, qPrintable(QString::number(dark))); // text was drawn
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
