#pragma once

#include "common/Result.h"
#include "domain/CaseRecords.h"
#include "services/Paging.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>

namespace jiahu {

class CaseSession;

struct SearchQuery {
    SearchQuery(QString text = {}, QString after = {}, int limit = PageCursor::kDefaultLimit)
        : text(std::move(text)), after(std::move(after)), limit(limit)
    {
    }
    QString text;
    QString after; ///< cursor from the previous page
    int limit;
};

/// The one search box: families by any member's name, file number, identity-number tail,
/// phone, by community, address or school words, and words in notes (follow-ups, assessments),
/// Chinese or Latin, only within the user's scope, most severe code first, then latest activity,
/// paged like the family list. Counselors search the children of their own school only (name,
/// identity number, school): guardians, siblings at other schools and notes never match for
/// them.
class SearchService {
    Q_DECLARE_TR_FUNCTIONS(SearchService)
public:
    /// From this many matching families on, a search walks the list order instead of sorting.
    static constexpr int kDenseMatches = 2000;
    /// Changes that threshold (tests show both strategies give the same answer).
    void setDenseThreshold(int matches) { m_dense = std::max(1, matches); }

    explicit SearchService(CaseSession& session) : m_s(session) {}

    Result<Page<Family>> search(const SearchQuery& query);
    /// How many families the search matches, counting no further than `cap` (a common word
    /// in a city's files: "1000+" is all a list header needs); cursor and limit are ignored.
    static constexpr int kCountCap = 1000;
    Result<qint64> count(const SearchQuery& query, int cap = kCountCap);

private:
    /// The WHERE clause (and its values) of a search, and whether it is a common word.
    struct Matching {
        QByteArray where;
        QVariantList binds;
        bool dense = false;
    };
    Result<Matching> matching(const SearchQuery& query);
    CaseSession& m_s;
    int m_dense = kDenseMatches;
};

} // namespace jiahu
