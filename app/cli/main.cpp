#include "CliApp.h"

#include "common/Translations.h"
#include "crypto/ProcessHardening.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

int main(int argc, char* argv[])
{
    jiahu::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jiahu-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIAHU_VERSION));
    if (!jiahu::ensureSodium()) {
        std::fputs("jiahu-cli: the cryptography library could not start.\n", stderr);
        return 1;
    }
    // The command line follows the system locale unless --lang says otherwise.
    QString lang = QLocale::system().name().startsWith(QLatin1String("zh"))
                       ? QStringLiteral("zh_CN")
                       : QStringLiteral("en");
    const QStringList args = app.arguments();
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            lang = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            lang = args[i].mid(7);
    }
    jiahu::installTranslations(app, lang);
    return jiahu::cli::CliApp(args).run();
}
