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
    QVariantList binds{match};
    const QByteArray filter = m_s.policy().familyFilter(m_s.user().id, binds);
    binds << std::clamp(limit, 1, FamilyService::kMaxPage);
    auto rows = records::fetchAll(
        m_s.db(),
        // The full-text match runs once and drives the lookup of its families by rowid (as a
        // join the planner may walk the family index and run the match once per family).
        QByteArray(records::kFamilySelect) +
            "WHERE f.rowid IN (SELECT docid FROM family_search WHERE " + column +
            " MATCH ?) AND f.deleted_at IS NULL AND " + filter +
            " ORDER BY f.risk_code DESC, f.last_activity_at DESC LIMIT ?;",
        binds, records::readFamily);
    if (rows.ok())
        for (Family& f : rows.value())
            m_s.policy().redact(f);
    return rows;
}

} // namespace jiahu
