#pragma once

#include <QLoggingCategory>

// Auto-lock triggers (idle time, the desktop's screen lock, suspend). Enable with
// QT_LOGGING_RULES="jiahu.ui.lock.debug=true". Never case data.
Q_DECLARE_LOGGING_CATEGORY(lcUiLock)
