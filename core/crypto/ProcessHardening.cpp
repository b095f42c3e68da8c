#include "ProcessHardening.h"

#include "common/Logging.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace jiahu {

void hardenProcess()
{
#ifdef NDEBUG
    rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        qCWarning(lcCrypto) << "could not disable core dumps";
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        qCWarning(lcCrypto) << "could not mark the process non-dumpable";
#endif
}

} // namespace jiahu
