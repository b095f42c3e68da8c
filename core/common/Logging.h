#pragma once

#include <QLoggingCategory>

// Dotted categories; enable with QT_LOGGING_RULES="jiahu.*.debug=true".
// Messages name operations, paths and counts, never case data, keys or passwords.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
Q_DECLARE_LOGGING_CATEGORY(lcKeyring)
Q_DECLARE_LOGGING_CATEGORY(lcVault)
