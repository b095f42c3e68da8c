#include "SearchIndex.h"

#include "search/SearchTokens.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QStringList>

namespace jiahu {

namespace {

struct Document {
    QStringList ident;
    QStringList notes;
};

void addIdentityNumber(QStringList& out, const QString& number)
{
    if (number.isEmpty())
        return;
    out << number << number.right(4) << number.right(6);
}

Status collect(Database& db, const QString& familyId, qint64& rowid, Document& doc)
{
    auto fam = db.prepare("SELECT rowid, file_no, community, notes FROM families WHERE id = ?;");
    if (!fam.ok())
        return fam.error();
    fam->bindAll(familyId);
    auto row = fam->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("family not found"));
    rowid = fam->int64(0);
    doc.ident << fam->text(1) << fam->text(2);
    doc.notes << fam->text(3);

    auto people = db.prepare("SELECT name, id_number, phone, notes FROM people "
                             "WHERE family_id = ? AND deleted_at IS NULL;");
    if (!people.ok())
        return people.error();
    people->bindAll(familyId);
    JIAHU_TRY(people->forEachRow([&] {
        doc.ident << people->text(0);
        addIdentityNumber(doc.ident, people->text(1));
        const QString phone = people->text(2);
        if (!phone.isEmpty())
            doc.ident << phone << phone.right(4);
        doc.notes << people->text(3);
    }));
    auto notes = db.prepare("SELECT notes || ' ' || findings FROM follow_ups WHERE family_id = ? "
                            "UNION ALL SELECT notes FROM assessments WHERE family_id = ?;");
    if (!notes.ok())
        return notes.error();
    notes->bindAll(familyId, familyId);
    return notes->forEachRow([&] { doc.notes << notes->text(0); });
}

Status write(Database& db, qint64 rowid, const Document& doc)
{
    auto del = db.prepare("DELETE FROM family_search WHERE docid = ?;");
    if (!del.ok())
        return del.error();
    JIAHU_TRY(del->bindAll(rowid).exec());
    auto ins = db.prepare("INSERT INTO family_search(docid, ident, notes) VALUES (?, ?, ?);");
    if (!ins.ok())
        return ins.error();
    return ins
        ->bindAll(rowid, SearchTokens::indexText(doc.ident.join(u' ')),
                  SearchTokens::indexText(doc.notes.join(u' ')))
        .exec();
}

} // namespace

Status SearchIndex::refresh(Database& db, const QString& familyId)
{
    qint64 rowid = 0;
    Document doc;
    JIAHU_TRY(collect(db, familyId, rowid, doc));
    return write(db, rowid, doc);
}

Status SearchIndex::rebuildAll(Database& db)
{
    auto tx = Transaction::begin(db);
    if (!tx.ok())
        return tx.error();
    JIAHU_TRY(db.exec("DELETE FROM family_search;"));
    auto ids = db.prepare("SELECT id FROM families;");
    if (!ids.ok())
        return ids.error();
    QStringList all;
    JIAHU_TRY(ids->forEachRow([&] { all << ids->text(0); }));
    for (const QString& id : all)
        JIAHU_TRY(refresh(db, id));
    return tx->commit();
}

} // namespace jiahu
