#include "CliApp.h"
#include "TextOutput.h"

#include "common/Translations.h"
#include "crypto/ProcessHardening.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    jiahu::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jiahu-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIAHU_VERSION));
    // Messages follow a valid --lang, else the system locale. The translations are installed
    // before anything can go wrong; an invalid --lang is a usage error reported by run().
    const QStringList args = app.arguments();
    jiahu::installTranslations(app, jiahu::cli::CliApp::languageFor(args));
    if (!jiahu::ensureSodium()) {
        jiahu::cli::TextOutput::error(
            jiahu::cli::CliApp::tr("The cryptography library could not start."));
        return jiahu::cli::CliApp::Failure;
    }
    return jiahu::cli::CliApp(args).run();
}
