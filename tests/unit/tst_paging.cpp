// One paging contract for every list: pages of a few rows, followed by their cursors, give every
// row exactly once and in the list's order; counts agree with the rows; a cursor that was not
// made by the same list is refused.
#include "CaseFixture.h"
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "services/FamilyService.h"
#include "services/FollowUpService.h"
#include "services/PlanService.h"
#include "services/ReferenceData.h"
#include "services/ReferralService.h"
#include "services/RiskService.h"
#include "services/SearchService.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QTest>

#include <functional>

using namespace jiahu;
using test::CaseFixture;
using test::errorOf;

namespace {

/// Follows a list's cursors with `limit` rows a page; the rows in the order they came.
template <typename T, typename Fetch> QList<T> everyPage(Fetch fetch, int limit)
{
    QList<T> all;
    QString after;
    for (int guard = 0; guard < 10000; ++guard) {
        Result<Page<T>> page = fetch(after, limit);
        if (!page.ok()) {
            qWarning() << page.error().toString();
            return {};
        }
        all += page->rows;
        if (!page->hasMore())
            return all;
        after = page->next;
    }
    return {};
}

template <typename T, typename IdOf> bool eachOnce(const QList<T>& rows, IdOf idOf)
{
    QSet<QString> seen;
    for (const T& r : rows)
        if (seen.contains(idOf(r)))
            return false;
        else
            seen.insert(idOf(r));
    return true;
}

int code(const Family& f)
{
    return RiskCodes::stored(f.riskCode);
}

/// a comes no later than b in the sort.
bool ordered(FamilySort sort, const Family& a, const Family& b)
{
    auto byCode = [](const Family& a, const Family& b) {
        return std::tuple(code(a), a.lastActivityAt, a.id) >=
               std::tuple(code(b), b.lastActivityAt, b.id);
    };
    switch (sort) {
    case FamilySort::FileNumber:
        return a.fileNo <= b.fileNo;
    case FamilySort::NextDue:
        if (a.nextDue.isValid() != b.nextDue.isValid())
            return !a.nextDue.isValid(); // no due date first
        return std::tuple(a.nextDue, a.id) <= std::tuple(b.nextDue, b.id);
    case FamilySort::LastActivity:
        return std::tuple(a.lastActivityAt, a.id) >= std::tuple(b.lastActivityAt, b.id);
    case FamilySort::Town:
        return a.town < b.town || (a.town == b.town && byCode(a, b));
    case FamilySort::CodeActivity:
        break;
    }
    return byCode(a, b);
}

} // namespace

class TestPaging : public QObject {
    Q_OBJECT

    CaseFixture m_fx;
    qint64 m_open = 0;

    CaseSession& boss() { return m_fx.as(QStringLiteral("boss")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fx.ok());
        QVERIFY(DemoGenerator::generate(m_fx.as(QStringLiteral("admin")), {240, 5, 60}).ok());
        QVERIFY(ReferenceData(m_fx.as(QStringLiteral("admin")))
                    .setScope(QStringLiteral("boss"), QStringLiteral("town"), {QStringLiteral("*")})
                    .ok());
        m_open = fetchOne(m_fx.db(), "SELECT count(*) FROM families WHERE status = 'open';", {},
                          [](const Statement& st) { return st.int64(0); }, {})
                     .value();
        QVERIFY(m_open > 200);
    }

    void everySortPagesThroughEveryFamilyOnceInOrder()
    {
        FamilyService families(boss());
        for (FamilySort sort : {FamilySort::CodeActivity, FamilySort::FileNumber,
                                FamilySort::NextDue, FamilySort::LastActivity, FamilySort::Town}) {
            const QList<Family> rows = everyPage<Family>(
                [&](const QString& after, int limit) {
                    FamilyQuery q;
                    q.sort = sort;
                    q.after = after;
                    q.limit = limit;
                    return families.list(q);
                },
                7);
            QCOMPARE(rows.size(), m_open);
            QVERIFY(eachOnce(rows, [](const Family& f) { return f.id; }));
            for (qsizetype i = 1; i < rows.size(); ++i)
                QVERIFY2(ordered(sort, rows[i - 1], rows[i]),
                         qPrintable(QStringLiteral("sort %1 at %2").arg(int(sort)).arg(i)));
            FamilyQuery all;
            all.sort = sort;
            QCOMPARE(families.count(all).value(), m_open);
        }
    }

    void filtersPageAndCountAlike()
    {
        FamilyService families(boss());
        QList<FamilyQuery> queries;
        FamilyQuery town;
        town.town = QStringLiteral("白市驿镇");
        town.codes = {RiskCode::Yellow, RiskCode::Blue};
        queries << town;
        FamilyQuery category;
        category.anyCategories = CaseVocabulary::categoryBit(FamilyCategory::LeftBehind);
        category.sort = FamilySort::NextDue;
        queries << category;
        FamilyQuery overdue;
        overdue.overdueOnly = true;
        queries << overdue;
        FamilyQuery all;
        all.status.reset();
        all.sort = FamilySort::Town;
        queries << all;
        for (FamilyQuery q : queries) {
            const qint64 count = families.count(q).value();
            const QList<Family> rows = everyPage<Family>(
                [&](const QString& after, int limit) {
                    q.after = after;
                    q.limit = limit;
                    return families.list(q);
                },
                5);
            QCOMPARE(rows.size(), count);
            QVERIFY(count > 0);
            QVERIFY(eachOnce(rows, [](const Family& f) { return f.id; }));
        }
        QVERIFY(families.count(overdue).value() < m_open);
    }

    void searchAndQueuesPageToo()
    {
        SearchService search(boss());
        const QList<Family> hits = everyPage<Family>(
            [&](const QString& after, int limit) {
                return search.search({QStringLiteral("入户走访"), after, limit});
            },
            6);
        QVERIFY(hits.size() > 50);
        QVERIFY(eachOnce(hits, [](const Family& f) { return f.id; }));
        QCOMPARE(hits.size(), search.search({QStringLiteral("入户走访"), {}, 500})->rows.size());

        FollowUpService followUps(boss());
        for (DueSort sort : {DueSort::CodeThenDue, DueSort::Due}) {
            for (DueWindow window : {DueWindow::Overdue, DueWindow::Upcoming}) {
                DueQuery q;
                q.sort = sort;
                q.window = window;
                q.withinDays = 30;
                const QList<DueFamily> due = everyPage<DueFamily>(
                    [&](const QString& after, int limit) {
                        q.after = after;
                        q.limit = limit;
                        return followUps.due(q);
                    },
                    4);
                QCOMPARE(due.size(), followUps.dueCount(q).value());
                QVERIFY(!due.isEmpty());
                QVERIFY(eachOnce(due, [](const DueFamily& d) { return d.family.id; }));
                for (const DueFamily& d : due)
                    QVERIFY(window == DueWindow::Overdue ? d.daysOverdue > 0 : d.daysOverdue <= 0);
            }
        }

        ReferralService referrals(boss());
        const QList<Referral> refs = everyPage<Referral>(
            [&](const QString& after, int limit) {
                ReferralQuery q;
                q.after = after;
                q.limit = limit;
                return referrals.list(q);
            },
            9);
        QCOMPARE(refs.size(), referrals.count({}).value());
        QVERIFY(eachOnce(refs, [](const Referral& r) { return r.id; }));

        PlanService plans(boss());
        const QList<Plan> planRows = everyPage<Plan>(
            [&](const QString& after, int limit) {
                PlanQuery q;
                q.after = after;
                q.limit = limit;
                return plans.list(q);
            },
            9);
        QVERIFY(planRows.size() > 50);
        QVERIFY(eachOnce(planRows, [](const Plan& p) { return p.id; }));
        QVERIFY(std::all_of(planRows.begin(), planRows.end(),
                            [](const Plan& p) { return !p.actions.isEmpty(); }));
    }

    void cursorsAreCheckedNotTrusted()
    {
        FamilyService families(boss());
        FamilyQuery q;
        q.limit = 3;
        const QString next = families.list(q)->next;
        QVERIFY(!next.isEmpty());
        // Another sort's or another list's cursor, a damaged one, an injection attempt.
        FamilyQuery other;
        other.sort = FamilySort::FileNumber;
        other.after = next;
        QCOMPARE(errorOf(families.list(other)).code, ErrorCode::InvalidArgument);
        QCOMPARE(errorOf(SearchService(boss()).search({QStringLiteral("王"), next})).code,
                 ErrorCode::InvalidArgument);
        for (const QString& bad :
             {next.left(next.size() - 3), QStringLiteral("' OR 1=1 --"), QString(2000, u'A'),
              QString::fromLatin1(QByteArray(R"(["families.code",1,2,3,4])").toBase64())}) {
            FamilyQuery tampered;
            tampered.after = bad;
            QCOMPARE(errorOf(families.list(tampered)).code, ErrorCode::InvalidArgument);
        }
    }
};

QTEST_GUILESS_MAIN(TestPaging)
#include "tst_paging.moc"
