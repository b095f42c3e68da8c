#pragma once

#include "common/Result.h"
#include "domain/CaseRecords.h"

#include <QCoreApplication>

namespace jiahu {

class CaseSession;

/// Guidance sessions (指导) for guardians, append-only. A session may count against the hours
/// a referral's order requires.
class GuidanceService {
    Q_DECLARE_TR_FUNCTIONS(GuidanceService)
public:
    explicit GuidanceService(CaseSession& session) : m_s(session) {}

    Result<GuidanceSession> add(const GuidanceSession& session);

private:
    CaseSession& m_s;
};

} // namespace jiahu
