#pragma once

#include "common/Result.h"
#include "domain/CaseRecords.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>

namespace jiahu {

class CaseSession;

/// The one search box: families by any member's name, file number, identity-number tail, phone,
/// and words in notes (follow-ups, assessments), Chinese or Latin, only within the user's scope.
/// Counselors search names and numbers only, not note text they may not read.
class SearchService {
    Q_DECLARE_TR_FUNCTIONS(SearchService)
public:
    /// From this many matching families on, a search walks the list order instead of sorting.
    static constexpr int kDenseMatches = 2000;
    /// Changes that threshold (tests show both strategies give the same answer).
    void setDenseThreshold(int matches) { m_dense = std::max(1, matches); }

    explicit SearchService(CaseSession& session) : m_s(session) {}

    /// Most severe code first, then latest activity.
    Result<QList<Family>> search(const QString& text, int limit = 50);

private:
    CaseSession& m_s;
    int m_dense = kDenseMatches;
};

} // namespace jiahu
