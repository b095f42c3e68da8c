#include "Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "jiahu.core.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCrypto, "jiahu.core.crypto", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeyring, "jiahu.core.keyring", QtWarningMsg)
Q_LOGGING_CATEGORY(lcVault, "jiahu.core.vault", QtWarningMsg)
