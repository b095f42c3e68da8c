#include "lock/LockLogging.h"

Q_LOGGING_CATEGORY(lcUiLock, "jiahu.ui.lock", QtInfoMsg)
