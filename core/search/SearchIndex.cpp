#include "SearchIndex.h"

#include "search/SearchTokens.h"
#include "storage/Query.h"

#include <QStringList>

#include <algorithm>

namespace jiahu {

namespace {

void addIdentityNumber(QStringList& out, const QString& number)
{
    if (number.isEmpty())
        return;
    out << number << number.right(4) << number.right(6);
}

void addPhone(QStringList& out, const QString& phone)
{
    if (!phone.isEmpty())
        out << phone << phone.right(4);
}

QString tokens(const QStringList& parts)
{
    return SearchTokens::indexText(parts.join(u' '));
}

struct PersonRow {
    qint64 rowid = 0;
    bool live = false;
    bool child = false;
    QString name, idNumber, phone, school, notes, specialNeeds;
};

} // namespace

Result<SearchIndex::Documents> SearchIndex::build(Database& db, const QString& familyId)
{
    auto fam = fetchOne(
        db, "SELECT rowid, file_no, community, address, schools, notes FROM families WHERE id = ?;",
        {familyId},
        [](const Statement& st) {
            return std::tuple(st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4),
                              st.text(5));
        },
        QStringLiteral("family not found"));
    if (!fam.ok())
        return fam.error();
    const auto& [rowid, fileNo, community, address, schools, familyNotes] = fam.value();
    QStringList ident{fileNo};
    QStringList place{community, address, schools};
    QStringList notes{familyNotes};

    auto people = fetchAll(db,
                           "SELECT rowid, deleted_at IS NULL, member_role = 'child', name, "
                           "id_number, phone, school, notes, special_needs FROM people "
                           "WHERE family_id = ? ORDER BY id;",
                           {familyId}, [](const Statement& st) {
                               return PersonRow{st.int64(0), st.int64(1) != 0, st.int64(2) != 0,
                                                st.text(3),  st.text(4),       st.text(5),
                                                st.text(6),  st.text(7),       st.text(8)};
                           });
    if (!people.ok())
        return people.error();
    Documents docs;
    for (const PersonRow& p : people.value()) {
        if (!p.live)
            continue;
        ident << p.name;
        addIdentityNumber(ident, p.idNumber);
        addPhone(ident, p.phone);
        place << p.school;
        notes << p.notes << p.specialNeeds;
        if (p.child) {
            QStringList child{p.name, p.school};
            addIdentityNumber(child, p.idNumber);
            docs.children.append({p.rowid, tokens(child)});
        }
    }
    // Current follow-ups and assessments: a corrected one is replaced by its correction.
    auto records = fetchAll(
        db,
        "SELECT text FROM (SELECT id, notes || ' ' || findings AS text FROM follow_ups x "
        "WHERE family_id = ?1 AND NOT EXISTS (SELECT 1 FROM follow_ups c WHERE c.amends = x.id) "
        "UNION ALL SELECT id, notes FROM assessments a WHERE family_id = ?1 AND NOT EXISTS "
        "(SELECT 1 FROM assessments c WHERE c.amends = a.id)) ORDER BY id;",
        {familyId}, [](const Statement& st) { return st.text(0); });
    if (!records.ok())
        return records.error();
    notes << records.value();
    docs.family = {rowid, tokens(ident), tokens(place), tokens(notes)};
    // In docid order, as stored() reads them.
    std::sort(docs.children.begin(), docs.children.end(),
              [](const ChildDocument& a, const ChildDocument& b) { return a.rowid < b.rowid; });
    return docs;
}

Result<SearchIndex::Documents> SearchIndex::stored(Database& db, const QString& familyId)
{
    Documents docs;
    auto family =
        fetchOptional(db,
                      "SELECT s.docid, s.ident, s.place, s.notes FROM family_search s "
                      "WHERE s.docid = (SELECT rowid FROM families WHERE id = ?);",
                      {familyId}, [](const Statement& st) {
                          return FamilyDocument{st.int64(0), st.text(1), st.text(2), st.text(3)};
                      });
    if (!family.ok())
        return family.error();
    if (family.value())
        docs.family = *family.value();
    auto children = fetchAll(db,
                             "SELECT s.docid, s.ident FROM person_search s WHERE s.docid IN "
                             "(SELECT rowid FROM people WHERE family_id = ?) ORDER BY s.docid;",
                             {familyId}, [](const Statement& st) {
                                 return ChildDocument{st.int64(0), st.text(1)};
                             });
    if (!children.ok())
        return children.error();
    docs.children = children.value();
    return docs;
}

Status SearchIndex::refresh(Database& db, const QString& familyId)
{
    auto want = build(db, familyId);
    if (!want.ok())
        return want.error();
    auto have = stored(db, familyId);
    if (!have.ok())
        return have.error();
    if (!(want->family == have->family)) {
        JIAHU_TRY(execute(db, "DELETE FROM family_search WHERE docid = ?;", {want->family.rowid}));
        JIAHU_TRY(execute(
            db,
            "INSERT OR ROLLBACK INTO family_search(docid, ident, place, notes) "
            "VALUES (?, ?, ?, ?);",
            {want->family.rowid, want->family.ident, want->family.place, want->family.notes}));
    }
    for (const ChildDocument& old : have->children)
        if (!want->children.contains(old))
            JIAHU_TRY(execute(db, "DELETE FROM person_search WHERE docid = ?;", {old.rowid}));
    for (const ChildDocument& doc : want->children)
        if (!have->children.contains(doc))
            JIAHU_TRY(execute(db,
                              "INSERT OR ROLLBACK INTO person_search(docid, ident) VALUES (?, ?);",
                              {doc.rowid, doc.ident}));
    return {};
}

} // namespace jiahu
