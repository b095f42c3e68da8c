#include "SearchService.h"

#include "domain/TextRules.h"
#include "search/SearchTokens.h"
#include "services/CaseSession.h"
#include "services/FamilyService.h"
#include "services/RecordReaders.h"
#include "storage/Database.h"

namespace jiahu {

Result<QList<Family>> SearchService::search(const QString& text, int limit)
{
    JIAHU_TRY(m_s.policy().requireFamilyReader());
    JIAHU_TRY(TextRules::check(tr("Search text"), text, TextRules::kShort));
    const QString match = SearchTokens::matchExpression(text);
    if (match.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Type a name, a file number, digits of an identity number or phone, "
                            "or a word from the notes."));
    // Matching the whole table searches every column; naming a column searches only that one.
    const QByteArray column = m_s.policy().readsFullFiles() ? "family_search" : "ident";
    const QByteArray matching = "f.rowid IN (SELECT docid FROM family_search WHERE " + column +
                                " MATCH ?) AND f.deleted_at IS NULL AND ";
    // Few matches: the match drives a lookup of its families, which are then sorted. Many (a
    // common word): walk the families in list order and keep those in the match set, which
    // stops after one page instead of fetching and sorting tens of thousands of rows.
    auto dense = fetchOne(
        m_s.db(),
        "SELECT count(*) FROM (SELECT docid FROM family_search WHERE " + column +
            " MATCH ? LIMIT ?);",
        {match, m_dense}, [this](const Statement& st) { return st.int64(0) >= m_dense; }, {});
    if (!dense.ok())
        return dense.error();
    QByteArray select = records::kFamilySelect;
    if (dense.value())
        select.replace("FROM families f ", "FROM families f INDEXED BY families_by_code ");
    QVariantList binds{match};
    const QByteArray filter = m_s.policy().familyFilter(m_s.user().id, binds);
    binds << std::clamp(limit, 1, FamilyService::kMaxPage);
    auto rows = fetchAll(
        m_s.db(),
        select + "WHERE " + matching + filter +
            " ORDER BY f.risk_code DESC, f.last_activity_at DESC, f.id DESC LIMIT ?;",
        binds, records::readFamily);
    if (rows.ok())
        for (Family& f : rows.value())
            m_s.policy().redact(f);
    return rows;
}

} // namespace jiahu
