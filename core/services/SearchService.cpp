#include "SearchService.h"

#include "domain/TextRules.h"
#include "search/SearchTokens.h"
#include "services/CaseSession.h"
#include "services/RecordReaders.h"
#include "storage/Database.h"

namespace jiahu {

Result<Page<Family>> SearchService::search(const SearchQuery& q)
{
    const AccessPolicy& policy = m_s.policy(); // current as of this call
    JIAHU_TRY(policy.requireFamilyReader());
    JIAHU_TRY(TextRules::check(tr("Search text"), q.text, TextRules::kShort));
    const QString match = SearchTokens::matchExpression(q.text);
    if (match.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Type a name, a file number, digits of an identity number or phone, "
                            "a place, or a word from the notes."));
    constexpr const char* kList = "search";
    QVariantList binds{match};
    QByteArray select = records::familySelect();
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
        if (dense.value())
            select = records::familySelect("families_by_code");
        matching = "f.rowid IN (SELECT docid FROM family_search WHERE family_search MATCH ?)";
    } else {
        // A counselor: children of their own school whose name or number matches.
        matching = "f.id IN (SELECT p.family_id FROM people p WHERE p.rowid IN (SELECT docid "
                   "FROM person_search WHERE person_search MATCH ?) AND p.deleted_at IS NULL AND "
                   "p.member_role = 'child' AND p.school IN (SELECT value FROM user_scopes WHERE "
                   "user_id = ? AND kind = 'school'))";
        binds << m_s.user().id;
    }
    QByteArray sql = select + "WHERE " + matching + " AND f.deleted_at IS NULL AND " +
                     policy.familyFilter(m_s.user().id, binds);
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
    for (Family& f : rows.value())
        policy.redact(f);
    return makePage(std::move(rows.value()), limit, kList, [](const Family& f) {
        return QVariantList{RiskCodes::stored(f.riskCode), f.lastActivityAt, f.id};
    });
}

} // namespace jiahu
