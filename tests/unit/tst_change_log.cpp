// The sync outbox: one entry per changed row, naming exactly the changed fields and their new
// values, written in the same transaction; append-only and soft-delete-only tables.
#include "CaseFixture.h"
#include "TestSupport.h"

#include "projection/FamilyProjection.h"
#include "services/FamilyService.h"
#include "services/FollowUpService.h"
#include "services/RecordReaders.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/HybridClock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTest>

#include <sqlite3.h>

using namespace jiahu;
using test::CaseFixture;

namespace {
struct Entry {
    qint64 seq;
    QString entity, rowId, op;
    QJsonObject fields;
    QString hlc, userId;
};

QList<Entry> entriesAfter(Database& db, qint64 seq)
{
    auto rows = fetchAll(
        db,
        "SELECT seq, entity, row_id, op, fields, hlc, user_id FROM change_log WHERE seq > ? "
        "ORDER BY seq;",
        {seq}, [](const Statement& st) {
            QJsonParseError error;
            const auto doc = QJsonDocument::fromJson(st.text(4).toUtf8(), &error);
            if (error.error != QJsonParseError::NoError)
                qWarning() << "not JSON:" << st.text(4) << error.errorString();
            return Entry{st.int64(0),  st.text(1), st.text(2), st.text(3),
                         doc.object(), st.text(5), st.text(6)};
        });
    return rows.ok() ? rows.value() : QList<Entry>{};
}

qint64 lastSeq(Database& db)
{
    return db.queryText("SELECT coalesce(max(seq), 0) FROM change_log;").value().toLongLong();
}

QStringList keys(const QJsonObject& o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}
} // namespace

class TestChangeLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void insertListsTheFieldsSetAndUpdateOnlyTheChangedOnes()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const qint64 before = lastSeq(fx.db());
        NewFamily nf;
        nf.town = CaseFixture::kTownA;
        nf.community = QStringLiteral("他说\"你好\"\\路");
        nf.notes = QStringLiteral("第一行\n\t第二行");
        auto family = FamilyService(fx.as(QStringLiteral("worker"))).add(nf);
        QVERIFY(family.ok());

        auto added = entriesAfter(fx.db(), before);
        QCOMPARE(added.size(), 1);
        const Entry& insert = added.first();
        QCOMPARE(insert.entity, QStringLiteral("families"));
        QCOMPARE(insert.op, QStringLiteral("insert"));
        QCOMPARE(insert.rowId, family->id);
        QCOMPARE(insert.userId, fx.as(QStringLiteral("worker")).user().id);
        QVERIFY(Hlc::parse(insert.hlc).has_value());
        // Every column given a value other than its default, except bookkeeping and derived
        // caches (the receiver's insert gives the rest the same defaults: address '', schools
        // '', categories 0, status 'open', status_reason '').
        QCOMPARE(keys(insert.fields),
                 (QStringList{QStringLiteral("caseworker_id"), QStringLiteral("community"),
                              QStringLiteral("created_at"), QStringLiteral("file_no"),
                              QStringLiteral("notes"), QStringLiteral("town")}));
        // Values survive quoting: quotes, backslashes, newlines and tabs.
        QCOMPARE(insert.fields.value(QStringLiteral("community")).toString(), nf.community);
        QCOMPARE(insert.fields.value(QStringLiteral("notes")).toString(), nf.notes);
        QCOMPARE(insert.fields.value(QStringLiteral("categories")).toInt(), 0);
        QCOMPARE(insert.fields.value(QStringLiteral("file_no")).toString(), family->fileNo);

        // Closing changes two fields: one entry naming exactly those.
        const qint64 mid = lastSeq(fx.db());
        QVERIFY(FamilyService(fx.as(QStringLiteral("boss")))
                    .setStatus(family->id, FamilyStatus::Closed, QStringLiteral("已结案"))
                    .ok());
        auto closed = entriesAfter(fx.db(), mid);
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.first().op, QStringLiteral("update"));
        QCOMPARE(closed.first().fields,
                 (QJsonObject{{QStringLiteral("status"), QStringLiteral("closed")},
                              {QStringLiteral("status_reason"), QStringLiteral("已结案")}}));
        QCOMPARE(closed.first().userId, fx.as(QStringLiteral("boss")).user().id);
        QVERIFY(closed.first().hlc > insert.hlc);

        // A change to a derived cache alone, or an update that changes nothing, writes nothing.
        const qint64 quiet = lastSeq(fx.db());
        QVERIFY(FamilyProjection::refresh(fx.db(), family->id).ok());
        QVERIFY(fx.db().exec("UPDATE families SET town = town;").ok());
        QCOMPARE(lastSeq(fx.db()), quiet);
    }

    void oneEntryPerRowInTheWritingTransaction()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        NewFamily nf;
        nf.town = CaseFixture::kTownA;
        const QString id = FamilyService(fx.as(QStringLiteral("worker"))).add(nf)->id;
        const qint64 before = lastSeq(fx.db());
        FollowUp x;
        x.familyId = id;
        x.kind = FollowUpKind::Phone;
        x.date = fx.as(QStringLiteral("worker")).today();
        x.notes = QStringLiteral("电话回访");
        QVERIFY(FollowUpService(fx.as(QStringLiteral("worker"))).add(x).ok());
        auto entries = entriesAfter(fx.db(), before);
        QCOMPARE(entries.size(), 1); // the follow-up; the family's next_due is a derived cache
        QCOMPARE(entries.first().entity, QStringLiteral("follow_ups"));
        QCOMPARE(entries.first().fields.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("phone"));
        QVERIFY(!entries.first().fields.contains(QStringLiteral("person_id"))); // NULL: not set

        // A write that rolls back leaves no entry behind.
        {
            auto tx = fx.as(QStringLiteral("worker")).begin();
            QVERIFY(fx.as(QStringLiteral("worker"))
                        .update("families", id, id, {{"notes", QStringLiteral("draft")}})
                        .ok());
            QCOMPARE(lastSeq(fx.db()), entries.first().seq + 1);
        }
        QCOMPARE(lastSeq(fx.db()), entries.first().seq);
    }

    void everyEntryIsJsonWhateverBytesARowHolds()
    {
        // Rows written straight into the table, past the services' text checks: every control
        // character, quotes, backslashes, DEL, a lone surrogate, and bytes that are not UTF-8.
        CaseFixture fx;
        QVERIFY(fx.ok());
        QString controls = QStringLiteral("x");
        for (char16_t c = 0; c < 0x20; ++c)
            controls += QChar(c);
        controls += QStringLiteral("\"\\\x7f") + QChar(0x2028) + QStringLiteral("中文/</script>");
        const QString loneSurrogate = controls + QChar(0xD800) + QStringLiteral("end");
        QByteArray raw = controls.toUtf8();
        static const char invalid[] =
            "\xC3\x28|\xED\xA0\x80|\xF8\x88\x80\x80\x80|\xFF|\xC0\xAF|\xE4\xB8";
        raw += QByteArray(invalid, sizeof invalid - 1);
        const QChar r(0xFFFD);
        const QString rawRead = controls + r + QStringLiteral("(|") + r + r + r + u'|' + r + r + r +
                                r + r + u'|' + r + u'|' + r + r + u'|' + r;

        const qint64 before = lastSeq(fx.db());
        {
            auto tx = Transaction::begin(fx.db());
            QVERIFY(tx.ok());
            auto ins = fx.db().prepare(
                "INSERT INTO families(id, file_no, town, community, address, schools, status, "
                "status_reason, notes, last_activity_at, created_at, updated_at, updated_by, hlc) "
                "VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, 1, 1, 1, 'tester', ?);");
            QVERIFY(ins.ok());
            // Row 1: a QString holding a lone surrogate in every text column.
            ins->bind(1, QStringLiteral("fam-surrogate"))
                .bind(9, QStringLiteral("0000000000001-0000-n"));
            for (int column = 2; column <= 8; ++column)
                ins->bind(column, loneSurrogate + QString::number(column));
            QVERIFY(ins->exec().ok());
            // Row 2: raw bytes, bound as text as they are.
            ins->bind(1, QStringLiteral("fam-raw")).bind(9, QStringLiteral("0000000000002-0000-n"));
            QList<QByteArray> values;
            for (int column = 2; column <= 8; ++column) {
                values << raw + QByteArray::number(column);
                QCOMPARE(sqlite3_bind_text(ins->handle(), column, values.last().constData(),
                                           int(values.last().size()), SQLITE_TRANSIENT),
                         SQLITE_OK);
            }
            QVERIFY(ins->exec().ok());
            QVERIFY(fx.db()
                        .exec("UPDATE families SET notes = notes || char(0, 11, 27) || x'fe', "
                              "hlc = '0000000000003-0000-n' WHERE id = 'fam-raw';")
                        .ok());
            QVERIFY(tx->commit().ok());
        }

        // Every entry, these and all others, is valid UTF-8 and parses as a JSON object.
        auto rows =
            fetchAll(fx.db(), "SELECT seq, row_id, op, fields FROM change_log ORDER BY seq;", {},
                     [](const Statement& st) {
                         return std::make_tuple(st.int64(0), st.text(1), st.text(2), st.blob(3));
                     });
        QVERIFY(rows.ok());
        QVERIFY(rows->size() >= 3);
        QHash<QString, QJsonObject> inserted;
        QJsonObject updated;
        for (const auto& [seq, rowId, op, fields] : rows.value()) {
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString asText = utf8.decode(fields);
            QVERIFY2(!utf8.hasError(),
                     qPrintable(QStringLiteral("entry %1 is not UTF-8").arg(seq)));
            Q_UNUSED(asText);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(fields, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(),
                     qPrintable(QStringLiteral("entry %1: %2").arg(seq).arg(error.errorString())));
            if (seq > before && op == QLatin1String("insert"))
                inserted.insert(rowId, doc.object());
            if (seq > before && op == QLatin1String("update"))
                updated = doc.object();
        }
        const QStringList columns{QStringLiteral("file_no"),   QStringLiteral("town"),
                                  QStringLiteral("community"), QStringLiteral("address"),
                                  QStringLiteral("schools"),   QStringLiteral("status_reason"),
                                  QStringLiteral("notes")};
        QString surrogateRead = loneSurrogate;
        surrogateRead.replace(QChar(0xD800), r);
        for (int i = 0; i < columns.size(); ++i) {
            // The values come back: the controls exactly, what was not text as U+FFFD.
            QCOMPARE(inserted.value(QStringLiteral("fam-surrogate")).value(columns[i]).toString(),
                     surrogateRead + QString::number(i + 2));
            QCOMPARE(inserted.value(QStringLiteral("fam-raw")).value(columns[i]).toString(),
                     rawRead + QString::number(i + 2));
        }
        // The default status is left out of the insert (the receiver's default is the same).
        QVERIFY(!inserted.value(QStringLiteral("fam-raw")).contains(QStringLiteral("status")));
        QCOMPARE(updated.keys(), QStringList{QStringLiteral("notes")});
        QCOMPARE(updated.value(QStringLiteral("notes")).toString(),
                 rawRead + QStringLiteral("8") + QChar(0) + QChar(11) + QChar(27) + r);
    }

    void danglingReferencesFailAtCommitAndLeaveNothing()
    {
        // Foreign keys are deferred (so writes need no statement journal): a row naming a family
        // that does not exist is refused when the transaction commits, and nothing stays.
        CaseFixture fx;
        QVERIFY(fx.ok());
        const qint64 before = lastSeq(fx.db());
        auto tx = fx.as(QStringLiteral("worker")).begin();
        QVERIFY(tx.ok());
        auto id = fx.as(QStringLiteral("worker"))
                      .insert("people", {{"family_id", QStringLiteral("no-such-family")},
                                         {"member_role", QStringLiteral("child")},
                                         {"name", QStringLiteral("王小明")}});
        QVERIFY(id.ok());
        auto committed = tx->commit();
        QVERIFY(!committed.ok());
        QVERIFY(committed.error().detail.contains(QStringLiteral("FOREIGN KEY")));
        QCOMPARE(fx.db().queryText("SELECT count(*) FROM people;").value(), QStringLiteral("0"));
        QCOMPARE(lastSeq(fx.db()), before);
    }

    void historyTablesRefuseEditsAndRecordsRefuseHardDeletes()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        for (const char* table :
             {"risk_events", "follow_ups", "guidance_sessions", "referral_events", "assessments"}) {
            // (Rows are refused in tst_risk_service and tst_case_loop; here: every history
            // table has both guards.)
            const QByteArray t(table);
            auto guards = fx.db().queryText(
                ("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '" + t +
                 "' AND (name LIKE '%no_update' OR name LIKE '%no_delete');")
                    .constData());
            QCOMPARE(guards.value(), QStringLiteral("2"));
        }
        NewFamily nf;
        nf.town = CaseFixture::kTownA;
        QVERIFY(FamilyService(fx.as(QStringLiteral("worker"))).add(nf).ok());
        auto del = fx.db().exec("DELETE FROM families;");
        QVERIFY(!del.ok());
        QVERIFY(del.error().detail.contains(QStringLiteral("deleted_at")));
        QVERIFY(!fx.db().exec("UPDATE change_log SET fields = '{}';").ok());
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_change_log.moc"
