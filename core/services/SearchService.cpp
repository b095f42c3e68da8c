#include "SearchService.h"

#include "domain/TextRules.h"
#include "search/SearchTokens.h"
#include "services/CaseSession.h"
#include "services/RecordReaders.h"
#include "storage/Database.h"

namespace jiahu {

Result<SearchService::Matching> SearchService::matching(const SearchQuery& q)
{
    const AccessPolicy& policy = m_s.policy(); // current as of this call
    JIAHU_TRY(policy.requireFamilyReader());
    JIAHU_TRY(TextRules::check(tr("Search text"), q.text, TextRules::kShort));
    const QString match = SearchTokens::matchExpression(q.text);
    if (match.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Type a name, a file number, digits of an identity number or phone, "
                            "a place, or a word from the notes."));
    Matching m;
    m.binds << match;
    QByteArray matching;
    if (policy.readsFullFiles()) {
        // Few matches: the match drives a lookup of its families, which are then sorted. Many
        // (a common word): walk the families in list order and keep those in the match set,
        // which stops after one page instead of fetching and sorting tens of thousands of rows.
        auto dense = fetchOne(
            m_s.db(),
            "SELECT count(*) FROM (SELECT docid FROM family_search WHERE family_search MATCH ? "
            "LIMIT ?);",
            {match, m_dense}, [this](const Statement& st) { return st.int64(0) >= m_dense; }, {});
        if (!dense.ok())
            return dense.error();
        m.dense = dense.value();
        matching = "f.rowid IN (SELECT docid FROM family_search WHERE family_search MATCH ?)";
    } else {
        // A counselor: children of their own school whose name or number matches.
        matching = "f.id IN (SELECT p.family_id FROM people p WHERE p.rowid IN (SELECT docid "
                   "FROM person_search WHERE person_search MATCH ?) AND p.deleted_at IS NULL AND "
                   "p.member_role = 'child' AND p.school IN (SELECT value FROM user_scopes WHERE "
                   "user_id = ? AND kind = 'school'))";
        m.binds << m_s.user().id;
    }
    m.where = "WHERE " + matching + " AND f.deleted_at IS NULL AND " +
              policy.familyFilter(m_s.user().id, m.binds);
    return m;
}

Result<Page<Family>> SearchService::search(const SearchQuery& q)
{
    auto m = matching(q);
    if (!m.ok())
        return m.error();
    constexpr const char* kList = "search";
    QVariantList binds = m->binds;
    QByteArray sql = records::familySelect(m->dense ? "families_by_code" : nullptr) + m->where;
    if (!q.after.isEmpty()) {
        auto key = PageCursor::decode(kList, q.after, 3);
        if (!key.ok())
            return key.error();
        sql += " AND (f.risk_code, f.last_activity_at, f.id) < (?, ?, ?)";
        binds << key.value();
    }
    const int limit = PageCursor::clampLimit(q.limit);
    binds << limit + 1;
    auto rows = fetchAll(
        m_s.db(), sql + " ORDER BY f.risk_code DESC, f.last_activity_at DESC, f.id DESC LIMIT ?;",
        binds, records::readFamily);
    if (!rows.ok())
        return rows.error();
    const AccessPolicy& policy = m_s.policy();
    for (Family& f : rows.value())
        policy.redact(f);
    return makePage(std::move(rows.value()), limit, kList, [](const Family& f) {
        return QVariantList{RiskCodes::stored(f.riskCode), f.lastActivityAt, f.id};
    });
}

Result<qint64> SearchService::count(const SearchQuery& q, int cap)
{
    auto m = matching(q);
    if (!m.ok())
        return m.error();
    QVariantList binds = m->binds;
    binds << std::max(1, cap);
    return fetchOne(m_s.db(),
                    "SELECT count(*) FROM (SELECT 1 FROM families f " + m->where + " LIMIT ?);",
                    binds, [](const Statement& st) { return st.int64(0); }, {});
}

} // namespace jiahu
