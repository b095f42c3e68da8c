#include "CaseRecords.h"

namespace jiahu {

int Plan::progressPercent() const
{
    int counted = 0, done = 0;
    for (const PlanAction& a : actions) {
        if (a.status == ActionStatus::Dropped)
            continue;
        ++counted;
        if (a.status == ActionStatus::Done)
            ++done;
    }
    return counted ? done * 100 / counted : 0;
}

} // namespace jiahu
