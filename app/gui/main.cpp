#include "FirstPaintWatcher.h"
#include "look/AppFonts.h"
#include "shell/AppController.h"
#include "welcome/WelcomeWindow.h"

#include "common/Translations.h"
#include "crypto/ProcessHardening.h"
#include "crypto/Sodium.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char* argv[])
{
    jiahu::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Jiahu"));
    QApplication::setApplicationName(QStringLiteral("Jiahu"));
    QApplication::setApplicationVersion(QStringLiteral(JIAHU_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/jiahu/icons/jiahu.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN (default) or en."),
        QStringLiteral("language"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database to open."),
                                      QStringLiteral("path"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("User name."),
                                        QStringLiteral("name"));
    parser.addOptions({langOption, dbOption, userOption});
    parser.process(app);

    QSettings settings;
    const QString language =
        parser.isSet(langOption)
            ? parser.value(langOption)
            : settings.value(QStringLiteral("language"), QStringLiteral("zh_CN")).toString();
    jiahu::installTranslations(app, language);
    jiahu::applyAppFonts(app);

    if (!jiahu::ensureSodium()) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Jiahu"),
            QApplication::translate("main", "The cryptography library could not start."));
        return 1;
    }

    jiahu::AppController controller;
    QObject::connect(
        &controller, &jiahu::AppController::languageChosen, &app,
        [&settings](const QString& lang) { settings.setValue(QStringLiteral("language"), lang); });
    QObject::connect(&controller, &jiahu::AppController::databaseOpened, &app,
                     [&settings](const QString& path, const QString& user) {
                         settings.setValue(QStringLiteral("lastDatabase"), path);
                         settings.setValue(QStringLiteral("lastUser"), user);
                     });
    const QString db = parser.isSet(dbOption)
                           ? parser.value(dbOption)
                           : settings.value(QStringLiteral("lastDatabase")).toString();
    const QString user = parser.isSet(userOption)
                             ? parser.value(userOption)
                             : settings.value(QStringLiteral("lastUser")).toString();
    controller.start(db, user);
    FirstPaintWatcher firstPaint;
    if (qEnvironmentVariableIsSet("JIAHU_EXIT_WHEN_SHOWN")) {
        // For ./dev.sh bench (process start to the welcome window): exit once it has painted.
        QObject::connect(&firstPaint, &FirstPaintWatcher::painted, &app, &QApplication::quit,
                         Qt::QueuedConnection);
        firstPaint.watch(controller.welcomeWindow());
    }
    return app.exec();
}
