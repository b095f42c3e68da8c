#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace jiahu {

QString normalizedLanguage(const QString& requested)
{
    const QString lower = requested.toLower();
    if (lower.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    return QStringLiteral("zh_CN");
}

bool installTranslations(QCoreApplication& app, const QString& language)
{
    const QString lang = normalizedLanguage(language);
    QLocale::setDefault(QLocale(lang));
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + lang,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/jiahu_") + lang))
        return false;
    app.installTranslator(own);
    return true;
}

} // namespace jiahu
