#pragma once

#include "common/Result.h"

#include <QString>

namespace jiahu {

class Database;

/// Keeps `family_search` (FTS4, one document per family, docid = families.rowid) in step with
/// the records: `ident` holds names, file number, identity numbers with their 4- and 6-digit
/// tails and phones; `notes` holds family, person, follow-up and assessment notes. Tokens are
/// made by SearchTokens. Services call refresh() in the transaction that changed the family.
class SearchIndex {
public:
    static Status refresh(Database& db, const QString& familyId);
    /// Rebuilds every document (after a bulk load).
    static Status rebuildAll(Database& db);
};

} // namespace jiahu
