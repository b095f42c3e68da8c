#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace jiahu {

class Database;

/// The search documents, made of SearchTokens and kept in two FTS4 tables:
/// - `family_search` (docid = families.rowid) for caseworkers and supervisors: `ident` holds the
///   file number and every member's name, identity number with its 4- and 6-digit tails and
///   phone; `place` the community, address and schools; `notes` the family's, members' and the
///   current (not corrected) follow-ups' and assessments' notes.
/// - `person_search` (docid = people.rowid) for school counselors, one document per child:
///   name, identity number with its tails, school. A counselor's match is a child, which the
///   service then filters by school, so guardians, siblings at other schools and notes never
///   match for them.
/// A document's text depends only on the records (taken in id order), never on the order they
/// arrived in. refresh() rewrites only the documents whose text changed.
class SearchIndex {
public:
    struct FamilyDocument {
        qint64 rowid = 0;
        QString ident, place, notes;
        bool operator==(const FamilyDocument&) const = default;
    };
    struct ChildDocument {
        qint64 rowid = 0;
        QString ident;
        bool operator==(const ChildDocument&) const = default;
    };
    struct Documents {
        FamilyDocument family;
        QList<ChildDocument> children;
        bool operator==(const Documents&) const = default;
    };

    /// The documents as the records say they should be.
    static Result<Documents> build(Database& db, const QString& familyId);
    /// The documents as stored.
    static Result<Documents> stored(Database& db, const QString& familyId);
    /// Brings the stored documents in line with build(), writing only those that differ.
    static Status refresh(Database& db, const QString& familyId);
};

} // namespace jiahu
