// The demo generator: deterministic, realistic, consistent with what the services would write,
// and its identity numbers valid but never a real person's.
#include "CaseFixture.h"
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "domain/CaseVocabulary.h"
#include "domain/IdentityNumber.h"
#include "projection/FamilyProjection.h"
#include "services/RecordReaders.h"
#include "services/RiskService.h"
#include "services/SearchService.h"
#include "storage/Database.h"

#include <QTest>

using namespace jiahu;
using test::CaseFixture;
using test::errorOf;

namespace {
QStringList column(Database& db, const char* sql)
{
    auto rows = fetchAll(db, sql, {}, [](const Statement& st) { return st.text(0); });
    return rows.ok() ? rows.value() : QStringList{};
}

QString one(Database& db, const char* sql)
{
    return db.queryText(sql).value();
}
} // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameData()
    {
        CaseFixture a, b, c;
        QVERIFY(a.ok() && b.ok() && c.ok());
        const DemoGenerator::Options options{40, 7, 16};
        QVERIFY(DemoGenerator::generate(a.as(QStringLiteral("admin")), options).ok());
        QVERIFY(DemoGenerator::generate(b.as(QStringLiteral("admin")), options).ok());
        QVERIFY(DemoGenerator::generate(c.as(QStringLiteral("admin")), {40, 8, 16}).ok());
        const char* people = "SELECT f.file_no || ' ' || p.name || ' ' || p.id_number || ' ' || "
                             "f.risk_code || ' ' || p.id FROM people p JOIN families f ON "
                             "f.id = p.family_id ORDER BY f.file_no, p.id_number;";
        const QStringList fromA = column(a.db(), people);
        QVERIFY(fromA.size() >= 40);
        QCOMPARE(column(b.db(), people), fromA);
        QVERIFY(column(c.db(), people) != fromA);
        const char* notes = "SELECT notes FROM follow_ups ORDER BY id;";
        QCOMPARE(column(b.db(), notes), column(a.db(), notes));
    }

    void dataIsPlausibleAndConsistent()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        auto counts = DemoGenerator::generate(fx.as(QStringLiteral("admin")), {200, 3, 64});
        QVERIFY(counts.ok());
        Database& db = fx.db();
        QCOMPARE(counts->families, 200);
        QCOMPARE(one(db, "SELECT count(*) FROM families;"), QStringLiteral("200"));
        QVERIFY(counts->people >= 400 && counts->people <= 800);
        QVERIFY(counts->followUps >= 800 && counts->followUps <= 3200);
        QVERIFY(counts->referrals >= 100);
        QCOMPARE(one(db, "SELECT count(*) FROM follow_ups;").toLongLong(), counts->followUps);
        // Written through the one write path: every family's derived data (code, due date,
        // activity, referral statuses, search documents) is what its records give.
        auto mismatches = FamilyProjection::verifyAll(db);
        QVERIFY(mismatches.ok());
        QVERIFY2(mismatches->isEmpty(),
                 qPrintable(mismatches->isEmpty() ? QString()
                                                  : mismatches->first().fileNo + u' ' +
                                                        mismatches->first().what.join(u',')));
        // Every code appears; red is the rarest.
        for (int code = 1; code <= 4; ++code)
            QVERIFY(one(db, QByteArray("SELECT count(*) FROM families WHERE risk_code = " +
                                       QByteArray::number(code) + ";")
                                .constData())
                        .toInt() > 0);
        // The cached code is the one derived from the events, for every family.
        RiskService risk(fx.as(QStringLiteral("worker")));
        auto families =
            fetchAll(db, "SELECT id, risk_code FROM families;", {},
                     [](const Statement& st) { return std::pair(st.text(0), st.int64(1)); });
        for (const auto& [id, cached] : families.value()) {
            auto derived = risk.derivedCode(id);
            QVERIFY(derived.ok() && derived.value());
            QCOMPARE(RiskCodes::severity(*derived.value()), int(cached));
        }
        // Identity numbers: valid check characters, region 500000, sequence 900-999, unique.
        const QStringList numbers = column(db, "SELECT id_number FROM people;");
        QCOMPARE(QSet<QString>(numbers.begin(), numbers.end()).size(), numbers.size());
        for (const QString& n : numbers) {
            auto parsed = IdentityNumber::parse(n, fx.as(QStringLiteral("admin")).today());
            QVERIFY2(parsed.ok(), qPrintable(n));
            QCOMPARE(parsed->regionCode(), QStringLiteral("500000"));
            QVERIFY(n.mid(14, 3).toInt() >= 900);
        }
        // Relationships fit the family: in a grandparent-raised family the guardians are
        // grandparents and the children their grandchildren; elsewhere parents and children.
        const int grandparent = CaseVocabulary::categoryBit(FamilyCategory::Grandparent);
        const QByteArray relations =
            "SELECT DISTINCT p.member_role || ':' || p.relationship FROM people p JOIN families f "
            "ON f.id = p.family_id WHERE (f.categories & " +
            QByteArray::number(grandparent) + ") ";
        auto sorted = [](QStringList list) {
            list.sort();
            return list;
        };
        QCOMPARE(sorted(column(db, QByteArray(relations + "<> 0;").constData())),
                 sorted({QStringLiteral("child:孙子"), QStringLiteral("child:孙女"),
                         QStringLiteral("guardian:祖父"), QStringLiteral("guardian:祖母")}));
        QCOMPARE(sorted(column(db, QByteArray(relations + "= 0;").constData())),
                 sorted({QStringLiteral("child:儿子"), QStringLiteral("child:女儿"),
                         QStringLiteral("guardian:父亲"), QStringLiteral("guardian:母亲")}));
        // A father or grandfather shares the children's surname.
        QCOMPARE(one(db, "SELECT count(*) FROM people g JOIN people c ON c.family_id = g.family_id "
                         "AND c.member_role = 'child' WHERE g.member_role = 'guardian' AND "
                         "g.gender = 'male' AND substr(g.name, 1, 1) <> substr(c.name, 1, 1);"),
                 QStringLiteral("0"));
        // Some families are overdue, most are not.
        const int overdue =
            one(db, "SELECT count(*) FROM families WHERE next_due < '2026-03-02';").toInt();
        QVERIFY(overdue > 5 && overdue < 100);
        // The outbox holds every generated row; the audit chain is intact and names the run.
        QCOMPARE(
            one(db, "SELECT count(*) FROM change_log WHERE entity = 'follow_ups';").toLongLong(),
            counts->followUps);
        auto verify = AuditLog(db).verify();
        QVERIFY(verify.ok() && verify->intact);
        QCOMPARE(one(db, "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1;"),
                 QStringLiteral("demo.generate"));
        // Generated names are searchable (a child in the supervisor's town).
        const QStringList child =
            column(
                db,
                "SELECT p.name || ' ' || f.id FROM people p JOIN families f ON f.id = p.family_id "
                "WHERE p.member_role = 'child' AND f.town = '白市驿镇' LIMIT 1;")
                .value(0)
                .split(u' ');
        QCOMPARE(child.size(), 2);
        auto hits = SearchService(fx.as(QStringLiteral("boss"))).search({child[0], {}, 500});
        QVERIFY(hits.ok());
        QVERIFY(std::any_of(hits->rows.begin(), hits->rows.end(),
                            [&](const Family& f) { return f.id == child[1]; }));
    }

    void onlyAnAdministratorAndOnlyIntoAnEmptyDatabase()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        QCOMPARE(errorOf(DemoGenerator::generate(fx.as(QStringLiteral("worker")), {5, 1, 5})).code,
                 ErrorCode::PermissionDenied);
        QVERIFY(DemoGenerator::generate(fx.as(QStringLiteral("admin")), {5, 1, 5}).ok());
        QCOMPARE(errorOf(DemoGenerator::generate(fx.as(QStringLiteral("admin")), {5, 1, 5})).code,
                 ErrorCode::AlreadyExists);
        QCOMPARE(one(fx.db(), "SELECT count(*) FROM families;"), QStringLiteral("5"));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demo_generator.moc"
