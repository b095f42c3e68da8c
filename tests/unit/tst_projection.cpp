// Derived data computed in one place: a family's cached code, next due date, last activity,
// referral statuses and search documents depend only on its records. A random history made
// through the services is replayed, row by row as sync would deliver it, into a copy of the
// database taken before the family existed, in random orders (all at once, or one row per
// transaction in any order that keeps parents first): every replay derives exactly what the
// source derived. doctor reports a cache that disagrees with the records, and can fix it.
#include "CaseFixture.h"
#include "TestSupport.h"

#include "projection/FamilyProjection.h"
#include "search/SearchIndex.h"
#include "services/AssessmentService.h"
#include "services/FamilyService.h"
#include "services/FollowUpService.h"
#include "services/GuidanceService.h"
#include "services/PersonService.h"
#include "services/PlanService.h"
#include "services/ReferralService.h"
#include "services/RiskService.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <random>

using namespace jiahu;
using test::CaseFixture;

namespace {

/// One synced row as stored: its table, stamp and every other column.
struct Row {
    QByteArray table;
    RowStamp stamp;
    CaseSession::Fields fields;
    QStringList parents; ///< ids of rows this one references (must arrive first one by one)
};

const QList<QByteArray> kTables = {
    "families",     "people",    "assessments",     "risk_events",       "plans",
    "plan_actions", "referrals", "referral_events", "guidance_sessions", "follow_ups"};
const QList<QByteArray> kReferences = {"family_id", "person_id",     "plan_id",     "referral_id",
                                       "decides",   "assessment_id", "guardian_id", "amends"};

/// The derived columns, given nonsense so the replay must derive them itself.
QVariant scrambled(const QByteArray& table, const QByteArray& column, const QVariant& value)
{
    if (table == "families" && column == "risk_code")
        return 0;
    if (table == "families" && column == "next_due")
        return QVariant();
    if (table == "families" && column == "last_activity_at")
        return 1;
    if (table == "referrals" && column == "status")
        return QStringLiteral("draft");
    return value;
}

QList<Row> rowsOf(Database& db, const QString& familyId)
{
    QList<Row> out;
    for (const QByteArray& table : kTables) {
        auto columns = fetchAll(db, "PRAGMA table_info(" + table + ");", {},
                                [](const Statement& st) { return st.text(1).toUtf8(); });
        const QByteArray key = table == "families" ? "id" : "family_id";
        auto st = db.prepare("SELECT * FROM " + table + " WHERE " + key + " = ?;");
        st->bindAll(familyId);
        (void)st->forEachRow([&] {
            Row r;
            r.table = table;
            for (int i = 0; i < columns->size(); ++i) {
                const QByteArray c = columns->at(i);
                QVariant v;
                if (!st->isNull(i))
                    v = c.endsWith("_at") || c == "score" || c == "categories" ||
                                c == "risk_code" || c == "code" || c == "previous_code" ||
                                c == "suggested_code" || c == "confirmed_code" ||
                                c == "template_version"
                            ? QVariant(st->int64(i))
                        : c == "hours" || c == "required_hours" ? QVariant(st->real(i))
                                                                : QVariant(st->text(i));
                if (c == "id")
                    r.stamp.id = v.toString();
                else if (c == "created_at")
                    r.stamp.createdAt = v.toLongLong();
                else if (c == "updated_at")
                    r.stamp.updatedAt = v.toLongLong();
                else if (c == "updated_by")
                    r.stamp.updatedBy = v.toString();
                else if (c == "hlc")
                    r.stamp.hlc = v.toString();
                else {
                    r.fields.append({c, scrambled(table, c, v)});
                    if (kReferences.contains(c) && !v.isNull())
                        r.parents << v.toString();
                }
            }
            out << r;
        });
    }
    return out;
}

struct Derived {
    FamilyProjection::Values values;
    QStringList referralStatuses;
    QString ident, place, notes;
    QStringList children;
    bool operator==(const Derived&) const = default;
};

Derived derivedOf(Database& db, const QString& familyId)
{
    Derived d;
    d.values = FamilyProjection::cached(db, familyId).value();
    d.referralStatuses =
        fetchAll(db, "SELECT id || '=' || status FROM referrals WHERE family_id = ? ORDER BY id;",
                 {familyId}, [](const Statement& st) { return st.text(0); })
            .value();
    auto docs = SearchIndex::stored(db, familyId).value();
    d.ident = docs.family.ident;
    d.place = docs.family.place;
    d.notes = docs.family.notes;
    for (const auto& c : docs.children)
        d.children << c.ident; // rowids differ between databases; the text must not
    d.children.sort();
    return d;
}

char* toString(const Derived& d)
{
    return qstrdup(QStringLiteral("code %1 due %2 activity %3 referrals [%4] ident [%5]")
                       .arg(d.values.riskCode ? RiskCodes::id(*d.values.riskCode) : QString())
                       .arg(d.values.nextDue.toString(Qt::ISODate))
                       .arg(d.values.lastActivityAt)
                       .arg(d.referralStatuses.join(u','), d.ident)
                       .toUtf8()
                       .constData());
}

/// A random history for one family through the services, by several users, over weeks.
QString makeHistory(CaseFixture& fx, quint32 seed)
{
    QRandomGenerator rng(seed);
    CaseSession& worker = fx.as(QStringLiteral("worker"));
    NewFamily nf;
    nf.town = CaseFixture::kTownA;
    nf.community = QStringLiteral("新桥村");
    const QString family = FamilyService(worker).add(nf)->id;
    QStringList children, guardians, followUps, referrals, pending, assessments;
    auto pick = [&rng](const QStringList& from) {
        return from[int(rng.bounded(int(from.size())))];
    };
    for (int step = 0; step < 60; ++step) {
        fx.advanceDays(int(rng.bounded(4)));
        const QString who = rng.bounded(4) == 0 ? QStringLiteral("boss") : QStringLiteral("worker");
        CaseSession& s = fx.as(who);
        switch (rng.bounded(10)) {
        case 0: {
            Person p;
            p.familyId = family;
            const bool child = rng.bounded(2);
            p.role = child ? MemberRole::Child : MemberRole::Guardian;
            p.name = (child ? QStringLiteral("王小") : QStringLiteral("李")) +
                     QString::number(rng.bounded(100));
            p.school = child ? CaseFixture::kSchool : QString();
            if (auto added = PersonService(s).add(p); added.ok())
                (child ? children : guardians) << added->id;
            break;
        }
        case 1: {
            NewAssessment a;
            a.familyId = family;
            const RiskCode code = RiskCode(1 + int(rng.bounded(4)));
            a.answers = test::answersFor(code);
            a.notes = QStringLiteral("评估记录 %1").arg(step);
            if (rng.bounded(4) == 0) { // confirmed another code than the suggestion
                a.confirmedCode = RiskCode(1 + int(rng.bounded(4)));
                a.overrideReason = QStringLiteral("实地情况");
            }
            if (auto out = AssessmentService(s).assess(a); out.ok()) {
                assessments << out->assessment.id;
                for (const RiskEvent& e : out->riskEvents)
                    pending << e.id;
            }
            break;
        }
        case 2:
            if (!pending.isEmpty()) {
                RiskService boss(
                    fx.as(rng.bounded(2) ? QStringLiteral("boss") : QStringLiteral("boss2")));
                const QString event = pick(pending);
                if (rng.bounded(3) == 0)
                    (void)boss.decline(event, QStringLiteral("仍需观察"));
                else
                    (void)boss.approve(event, QStringLiteral("同意"));
            }
            break;
        case 3:
        case 4: {
            FollowUp x;
            x.familyId = family;
            x.kind = rng.bounded(2) ? FollowUpKind::HomeVisit : FollowUpKind::Phone;
            x.date = s.today().addDays(-int(rng.bounded(10)));
            x.notes = QStringLiteral("回访 %1 情况稳定").arg(step);
            if (rng.bounded(5) == 0) {
                x.nextDue = x.date.addDays(100);
                x.nextDueReason = QStringLiteral("外出务工返乡后再访");
            }
            if (auto added = FollowUpService(s).add(x); added.ok())
                followUps << added->id;
            break;
        }
        case 5:
            if (!followUps.isEmpty()) {
                const QString original = pick(followUps);
                FollowUp fixed;
                fixed.kind = FollowUpKind::School;
                fixed.date = s.today().addDays(-int(rng.bounded(20)));
                fixed.notes = QStringLiteral("更正：学校回访 %1").arg(step);
                if (auto c = FollowUpService(s).amend(original, fixed, QStringLiteral("日期记错"));
                    c.ok()) {
                    followUps.removeAll(original);
                    followUps << c->id;
                }
            }
            break;
        case 6: {
            Referral r;
            r.familyId = family;
            r.agency = CaseFixture::kAgency;
            r.request = ReferralRequest::SupervisionOrder;
            r.reason = QStringLiteral("监护缺失");
            if (auto created = ReferralService(s).create(r); created.ok())
                referrals << created->id;
            break;
        }
        case 7:
            if (!referrals.isEmpty()) {
                const QString ref = pick(referrals);
                auto current = ReferralService(s).get(ref);
                if (!current.ok())
                    break;
                const QList<ReferralStatus> next = ReferralStatuses::next(current->status);
                if (next.isEmpty())
                    break;
                const ReferralStatus to = next[int(rng.bounded(int(next.size())))];
                const bool agencyStep = to == ReferralStatus::Received ||
                                        to == ReferralStatus::Accepted ||
                                        to == ReferralStatus::Declined;
                (void)ReferralService(agencyStep ? fx.as(QStringLiteral("liaison")) : s)
                    .move(ref, {to, QStringLiteral("步骤"), QStringLiteral("已受理"), {}});
            }
            break;
        case 8: {
            FamilyEdit e;
            e.address = QStringLiteral("新桥村%1组").arg(rng.bounded(12));
            if (rng.bounded(2))
                e.notes = QStringLiteral("家庭情况更新 %1").arg(step);
            (void)FamilyService(s).edit(family, e);
            break;
        }
        case 9:
            if (!guardians.isEmpty()) {
                GuidanceSession g;
                g.familyId = family;
                g.guardianId = pick(guardians);
                g.date = s.today();
                g.hours = 2;
                g.topic = QStringLiteral("监护人法定职责");
                (void)GuidanceService(s).add(g);
            }
            break;
        }
    }
    return family;
}

/// Parents before children, otherwise random.
QList<Row> parentsFirst(QList<Row> rows, QRandomGenerator& rng)
{
    std::shuffle(rows.begin(), rows.end(), std::mt19937(rng.generate()));
    QList<Row> out;
    QSet<QString> placed;
    while (!rows.isEmpty()) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const bool ready =
                std::all_of(rows[i].parents.begin(), rows[i].parents.end(), [&](const QString& p) {
                    return placed.contains(p) ||
                           std::none_of(rows.begin(), rows.end(),
                                        [&](const Row& r) { return r.stamp.id == p; });
                });
            if (ready) {
                placed.insert(rows[i].stamp.id);
                out << rows.takeAt(i);
                break;
            }
        }
    }
    return out;
}

} // namespace

class TestProjection : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    /// A database copy taken before the family existed, signed in as the administrator.
    std::unique_ptr<Vault> copyOf(const QString& backup, int n)
    {
        const QString path = m_dir.filePath(QStringLiteral("replay%1.jiahu").arg(n));
        QFile::copy(backup, path);
        QFile::copy(Keyring::pathFor(backup), Keyring::pathFor(path));
        auto vault = Vault::unlock(path, QStringLiteral("admin"), test::secret("admin-password-1"));
        return vault.ok() ? std::move(vault.value()) : nullptr;
    }

private Q_SLOTS:
    void randomHistoriesInRandomOrdersDeriveTheSame()
    {
        // The histories reach what matters: corrections, decided proposals, referrals past draft.
        int corrections = 0, decisions = 0, movedReferrals = 0;
        for (quint32 seed : {11u, 22u, 33u, 44u}) {
            CaseFixture fx;
            QVERIFY(fx.ok());
            const QString backup = m_dir.filePath(QStringLiteral("before%1.jiahu").arg(seed));
            QVERIFY(fx.vault().backup(backup).ok());
            const QString family = makeHistory(fx, seed);
            const Derived source = derivedOf(fx.db(), family);
            // The source's caches are what a fresh computation gives.
            QCOMPARE(FamilyProjection::differences(fx.db(), family).value(), QStringList{});
            const QList<Row> rows = rowsOf(fx.db(), family);
            QVERIFY(rows.size() > 20);
            auto count = [&](const char* sql) {
                return fetchOne(fx.db(), sql, {family},
                                [](const Statement& st) { return st.int64(0); }, {})
                    .value();
            };
            corrections += int(count("SELECT count(*) FROM follow_ups WHERE family_id = ? AND "
                                     "amends IS NOT NULL;"));
            decisions += int(count("SELECT count(*) FROM risk_events WHERE family_id = ? AND "
                                   "decides IS NOT NULL;"));
            movedReferrals += int(
                count("SELECT count(*) FROM referrals WHERE family_id = ? AND status <> 'draft';"));
            QRandomGenerator rng(seed);

            // All rows at once, in a random order.
            for (int n = 0; n < 3; ++n) {
                auto vault = copyOf(backup, int(seed) * 10 + n);
                QVERIFY(vault);
                auto session = CaseSession::start(vault->database(), vault->user());
                QVERIFY(session.ok());
                QList<Row> shuffled = rows;
                std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(rng.generate()));
                auto tx = session.value()->begin();
                QVERIFY(tx.ok());
                for (const Row& r : shuffled)
                    QVERIFY(session.value()->insert(r.table, r.fields, r.stamp).ok());
                QVERIFY2(tx->commit().ok(), "replay failed");
                QCOMPARE(derivedOf(vault->database(), family), source);
            }
            // One row per transaction, as bundles arrive: derived after each, the same at the end.
            for (int n = 3; n < 5; ++n) {
                auto vault = copyOf(backup, int(seed) * 10 + n);
                QVERIFY(vault);
                auto session = CaseSession::start(vault->database(), vault->user());
                QVERIFY(session.ok());
                for (const Row& r : parentsFirst(rows, rng)) {
                    auto tx = session.value()->begin();
                    QVERIFY(tx.ok());
                    QVERIFY(session.value()->insert(r.table, r.fields, r.stamp).ok());
                    const Status committed = tx->commit();
                    QVERIFY2(committed.ok(),
                             qPrintable(committed.ok() ? QString() : committed.error().toString()));
                }
                QCOMPARE(derivedOf(vault->database(), family), source);
            }
        }
        QVERIFY(corrections > 0 && decisions > 0 && movedReferrals > 0);
    }

    void aCodeEventBringsTheDueDateForwardOnlyAfterTheLatestVisit()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        NewFamily nf;
        nf.town = CaseFixture::kTownA;
        CaseSession& worker = fx.as(QStringLiteral("worker"));
        const QString family = FamilyService(worker).add(nf)->id;
        // Not coded, never visited: no due date.
        QVERIFY(!FamilyProjection::cached(fx.db(), family)->nextDue.isValid());
        // Coded blue: due in 90 days from the code.
        const QDate day0 = worker.today();
        QVERIFY(RiskService(worker).propose(family, RiskCode::Blue, QStringLiteral("初次")).ok());
        QCOMPARE(FamilyProjection::cached(fx.db(), family)->nextDue, day0.addDays(90));
        // A visit on day 10 sets the next due by the visit.
        fx.advanceDays(10);
        FollowUp x;
        x.familyId = family;
        x.kind = FollowUpKind::HomeVisit;
        x.date = worker.today();
        x.notes = QStringLiteral("入户");
        QVERIFY(FollowUpService(worker).add(x).ok());
        QCOMPARE(FamilyProjection::cached(fx.db(), family)->nextDue, day0.addDays(100));
        // Raised to red on day 12: due 7 days from the raise.
        fx.advanceDays(2);
        QVERIFY(RiskService(worker).propose(family, RiskCode::Red, QStringLiteral("受伤")).ok());
        QCOMPARE(FamilyProjection::cached(fx.db(), family)->nextDue, day0.addDays(19));
        // Last activity is the latest record's HLC time, not anyone's clock reading now.
        fx.advanceDays(30);
        const auto v = FamilyProjection::compute(fx.db(), family).value();
        QCOMPARE(v.lastActivityAt, fx.now - 30LL * 24 * 3600 * 1000);
    }

    void doctorFindsACacheThatDisagreesAndRefreshesIt()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family = makeHistory(fx, 7);
        auto healthy = fx.vault().checkHealth();
        QVERIFY(healthy.healthy());
        // A cache written behind the services' back (a bug, a crash of an old version...).
        QVERIFY(fx.db().exec("UPDATE families SET risk_code = 1, next_due = '2099-01-01';").ok());
        QVERIFY(fx.db().exec("DELETE FROM family_search;").ok());
        auto report = fx.vault().checkHealth();
        QVERIFY(!report.healthy());
        const QString fileNo = FamilyService(fx.as(QStringLiteral("worker"))).find(family)->fileNo;
        bool named = false;
        for (const auto& f : report.findings)
            if (f.problem && f.text.contains(fileNo) && f.text.contains(QStringLiteral("search")))
                named = true;
        QVERIFY(named);
        // Only an administrator recomputes; afterwards all agrees again.
        auto worker = fx.unlock(QStringLiteral("worker"));
        QVERIFY(worker);
        QCOMPARE(test::errorOf(worker->refreshDerivedData()).code, ErrorCode::PermissionDenied);
        QVERIFY(fx.vault().refreshDerivedData().ok());
        QVERIFY(fx.vault().checkHealth().healthy());
        QCOMPARE(FamilyProjection::differences(fx.db(), family).value(), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
