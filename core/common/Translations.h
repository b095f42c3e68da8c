#pragma once

#include <QString>

class QCoreApplication;

namespace jiahu {

/// Installs Jiahu's and Qt's own translations for `language` ("zh_CN", "en"). Jiahu's source
/// strings are English; the "en" catalogue only adds plural forms. Returns false if Jiahu's
/// catalogue was not found.
bool installTranslations(QCoreApplication& app, const QString& language);

/// "zh_CN" unless the user asked for English (argument, setting or, for the CLI, the locale).
QString normalizedLanguage(const QString& requested);

} // namespace jiahu
