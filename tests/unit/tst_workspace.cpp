// The workspace of a long session: readers and a writer on their own threads, answers on the
// caller's thread, stale answers dropped, nothing delivered after locking, change events after
// each commit, audited opening once per opening, exclusive key rotation with readers closed.
#include "CaseFixture.h"
#include "TestSupport.h"

#include "services/FamilyService.h"
#include "services/FollowUpService.h"
#include "services/PersonService.h"
#include "services/SearchService.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "workspace/Background.h"
#include "workspace/Workspace.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace jiahu;
using test::CaseFixture;
using test::errorOf;
using test::visit;

namespace {

template <typename T> T waitFor(QFuture<T> future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return future.takeResult();
}

std::unique_ptr<Workspace> openWorkspace(CaseFixture& fx, const QString& user, int readers = 2)
{
    auto ws = Workspace::open(fx.unlock(user), {readers, [&fx] { return fx.now; }});
    if (!ws.ok()) {
        qWarning() << ws.error().toString();
        return {};
    }
    return std::move(ws.value());
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Regression: with Qt 6.4's QFuture::then(context, ...) this crashed when the work took long
    // enough (an unlock with the release Argon2id parameters) and the future was dropped.
    void slowBackgroundWorkAnswersOnTheGuiThread()
    {
        QObject context;
        std::optional<int> got;
        QThread* answeredOn = nullptr;
        std::thread::id workedOn;
        runInBackground(
            &context,
            [&workedOn] {
                workedOn = std::this_thread::get_id();
                QThread::msleep(300);
                return 42;
            },
            [&](int value) {
                got = value;
                answeredOn = QThread::currentThread();
            });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
        QCOMPARE(*got, 42);
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY(workedOn != std::this_thread::get_id());
    }

    void backgroundAnswersNobodyOnceTheContextIsGone()
    {
        auto context = std::make_unique<QObject>();
        std::atomic<bool> worked = false;
        bool answered = false;
        runInBackground(
            context.get(),
            [&worked] {
                QThread::msleep(200);
                worked = true;
                return 1;
            },
            [&answered](int) { answered = true; });
        context.reset(); // the window closed while the key was being derived
        QTRY_VERIFY_WITH_TIMEOUT(worked.load(), 5000);
        QTest::qWait(100);
        QVERIFY(!answered);
    }

    void readsRunOffTheCallersThreadAndAnswerOnIt()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA, QStringLiteral("新桥村"));
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        std::thread::id ranOn;
        QThread* answeredOn = nullptr;
        int rows = -1;
        bool done = false;
        ws->read(
            [&](CaseSession& s) {
                ranOn = std::this_thread::get_id();
                return FamilyService(s).list({});
            },
            this,
            [&](Result<Page<Family>> page) {
                answeredOn = QThread::currentThread();
                rows = page.ok() ? int(page->rows.size()) : -1;
                done = true;
            });
        QTRY_VERIFY(done);
        QVERIFY(ranOn != std::this_thread::get_id());
        QCOMPARE(answeredOn, QThread::currentThread());
        QCOMPARE(rows, 1);
    }

    void readerConnectionsCannotWrite()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family =
            fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA, QStringLiteral("新桥村"));
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        auto viaReader = waitFor(ws->read(
            [&](CaseSession& s) { return FollowUpService(s).add(visit(family, s.today())); }));
        QVERIFY(!viaReader.ok());
        auto raw = waitFor(ws->read([](CaseSession& s) -> Result<bool> {
            JIAHU_TRY(s.db().exec("CREATE TABLE x(a);"));
            return true;
        }));
        QVERIFY(!raw.ok()); // the connection itself is read-only
        auto viaWriter = waitFor(ws->write(
            [&](CaseSession& s) { return FollowUpService(s).add(visit(family, s.today())); }));
        QVERIFY(viaWriter.ok());
    }

    void aConnectionBelongsToItsThread()
    {
#ifndef QT_NO_DEBUG
        QSKIP("debug builds assert instead of answering with an error");
#endif
        CaseFixture fx;
        QVERIFY(fx.ok());
        Database& db = fx.db();
        QVERIFY(db.isOwnedByCurrentThread());
        Error fromElsewhere;
        std::thread([&] {
            QVERIFY(!db.isOwnedByCurrentThread());
            fromElsewhere = errorOf(db.prepare("SELECT 1;"));
        }).join();
        QCOMPARE(fromElsewhere.code, ErrorCode::Internal);
        QVERIFY(db.prepare("SELECT 1;").ok());
    }

    void writesPublishWhatChangedAfterTheCommit()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family =
            fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA, QStringLiteral("新桥村"));
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        QSignalSpy spy(ws->changes(), &ChangeNotifier::changed);
        // A list refreshing on the signal asks a reader for the family's follow-ups.
        // (Its receiver lives in this function: nothing queued to it outlives the locals.)
        QList<QFuture<Result<qint64>>> askedFromSignal;
        QObject listener;
        connect(ws->changes(), &ChangeNotifier::changed, &listener, [&](const ChangeSet& changes) {
            if (!changes.familyIds().contains(family))
                return;
            askedFromSignal << ws->read([family](CaseSession& s) {
                return fetchOne(s.db(), "SELECT count(*) FROM follow_ups WHERE family_id = ?;",
                                {family}, [](const Statement& st) { return st.int64(0); }, {});
            });
        });
        auto added = waitFor(ws->write(
            [&](CaseSession& s) { return FollowUpService(s).add(visit(family, s.today())); }));
        QVERIFY(added.ok());
        QTRY_COMPARE(spy.size(), 1);
        const ChangeSet changes = spy.first().first().value<ChangeSet>();
        QVERIFY(changes.touches(QStringLiteral("follow_ups")));
        QCOMPARE(changes.familyIds(), QSet<QString>{family});
        // Published only after the commit: the reader asked from the signal sees the new row.
        // (The spy records on the writer's thread; the listener's call is queued to this one.)
        QTRY_COMPARE(askedFromSignal.size(), 1);
        auto seen = waitFor(askedFromSignal.first());
        QVERIFY(seen.ok());
        QCOMPARE(seen.value(), 1);
        auto file = waitFor(ws->openFamily(family));
        QVERIFY(file.ok());
        QCOMPARE(file->followUps.size(), 1);
        // A write that fails inside its transaction, after a real change, publishes nothing, and
        // its change is not kept.
        QString abandoned;
        auto refused = waitFor(ws->write([&](CaseSession& s) -> Result<FollowUp> {
            auto tx = s.begin();
            if (!tx.ok())
                return tx.error();
            auto x = FollowUpService(s).add(visit(family, s.today()));
            if (!x.ok())
                return x.error();
            abandoned = x->id;
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("given up"));
        }));
        QCOMPARE(errorOf(refused).message, QStringLiteral("given up"));
        QVERIFY(!abandoned.isEmpty());
        QTest::qWait(50);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(askedFromSignal.size(), 1);
        auto kept = waitFor(ws->read([&](CaseSession& s) {
            return fetchOne(s.db(), "SELECT count(*) FROM follow_ups WHERE id = ?;", {abandoned},
                            [](const Statement& st) { return st.int64(0); }, {});
        }));
        QVERIFY(kept.ok());
        QCOMPARE(kept.value(), 0);
        auto reloaded = waitFor(ws->reloadFamily(family));
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->followUps.size(), 1);
    }

    void staleAnswersAreDropped()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA, QStringLiteral("新桥村"));
        fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA, QStringLiteral("石院社区"));
        auto ws = openWorkspace(fx, QStringLiteral("worker"), 1);
        QVERIFY(ws);
        auto generation = std::make_shared<RequestGeneration>();
        std::atomic<int> ran{0};
        QStringList delivered;
        // The first request holds the only reader while the user keeps typing.
        std::atomic<bool> release{false};
        const QStringList typed = {QStringLiteral("新"), QStringLiteral("新桥"),
                                   QStringLiteral("石院")};
        for (int i = 0; i < typed.size(); ++i) {
            const QString text = typed[i];
            ws->read(
                [&, text, i](CaseSession& s) {
                    ++ran;
                    while (i == 0 && !release)
                        std::this_thread::sleep_for(std::chrono::milliseconds(5));
                    return SearchService(s).search({text});
                },
                this,
                [&, text](Result<Page<Family>> page) {
                    QVERIFY(page.ok());
                    delivered << text;
                },
                LatestOnly::take(generation));
            if (i == 0)
                QTRY_COMPARE(ran.load(), 1); // the first one is running when the others come
        }
        release = true;
        QTRY_COMPARE(delivered, QStringList{QStringLiteral("石院")});
        QTest::qWait(50);
        QCOMPARE(delivered, QStringList{QStringLiteral("石院")});
        QCOMPARE(ran.load(), 2); // the middle request was never started
    }

    void nothingIsDeliveredAfterLocking()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA, QStringLiteral("新桥村"));
        auto ws = openWorkspace(fx, QStringLiteral("worker"), 1);
        QVERIFY(ws);
        std::atomic<bool> running{false};
        std::atomic<bool> finished{false};
        int delivered = 0;
        // One job running, one waiting behind it, when the session is locked.
        ws->read(
            [&](CaseSession& s) {
                running = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                finished = true;
                return FamilyService(s).list({});
            },
            this, [&](Result<Page<Family>>) { ++delivered; });
        auto queued = ws->read([](CaseSession& s) { return FamilyService(s).list({}); });
        QTRY_VERIFY(running);
        ws.reset(); // lock: waits for the running job, cancels the queued one
        QVERIFY(finished);
        QVERIFY(queued.isCanceled());
        // A new session for the same receiver gets only its own answers.
        auto next = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(next);
        bool nextDone = false;
        next->read([](CaseSession& s) { return FamilyService(s).list({}); }, this,
                   [&](Result<Page<Family>>) { nextDone = true; });
        QTRY_VERIFY(nextDone);
        QTest::qWait(50);
        QCOMPARE(delivered, 0);
    }

    void openingIsAuditedOncePerOpening()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family =
            fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA, QStringLiteral("新桥村"));
        auto opens = [&] {
            return fetchOne(fx.db(),
                            "SELECT count(*) FROM audit_log WHERE action = 'family.open' AND "
                            "family_id = ?;",
                            {family}, [](const Statement& st) { return st.int64(0); }, {})
                .value();
        };
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        // Reloading a file that was never opened is refused: every read of a file is audited.
        QCOMPARE(errorOf(waitFor(ws->reloadFamily(family))).code, ErrorCode::PermissionDenied);
        QCOMPARE(opens(), 0);
        QVERIFY(waitFor(ws->openFamily(family, QStringLiteral("回访前查看"))).ok());
        QCOMPARE(opens(), 1);
        // An edit, then reloads: still one opening.
        FamilyEdit e;
        e.address = QStringLiteral("新桥村3组12号");
        QVERIFY(waitFor(ws->write([&](CaseSession& s) {
                    return FamilyService(s).edit(family, e);
                })).ok());
        auto reloaded = waitFor(ws->reloadFamily(family));
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->family.address, QStringLiteral("新桥村3组12号"));
        QVERIFY(waitFor(ws->reloadFamily(family)).ok());
        QCOMPARE(opens(), 1);
        // Closing the file ends the opening; the next one is audited again.
        QVERIFY(waitFor(ws->write([&](CaseSession& s) -> Result<bool> {
                    FamilyService(s).closeFile(family);
                    return true;
                })).ok());
        QCOMPARE(errorOf(waitFor(ws->reloadFamily(family))).code, ErrorCode::PermissionDenied);
        QVERIFY(waitFor(ws->openFamily(family)).ok());
        QCOMPARE(opens(), 2);
        // Out of scope: not found, and nothing audited.
        auto other = openWorkspace(fx, QStringLiteral("worker2"));
        QVERIFY(other);
        QCOMPARE(errorOf(waitFor(other->openFamily(family))).code, ErrorCode::NotFound);
        QCOMPARE(opens(), 2);
    }

    void parallelReadersAndWritersNeverSeeBusy()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        QStringList families;
        for (int i = 0; i < 5; ++i)
            families << fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA,
                                     QStringLiteral("新桥村"));
        auto ws = openWorkspace(fx, QStringLiteral("worker"), 3);
        QVERIFY(ws);
        QList<QFuture<Result<FollowUp>>> writes;
        QList<QFuture<Result<Page<Family>>>> reads;
        for (int i = 0; i < 100; ++i) {
            const QString family = families[i % families.size()];
            writes << ws->write([family](CaseSession& s) {
                FollowUp x = visit(family, s.today());
                return FollowUpService(s).add(x);
            });
            reads << ws->read([](CaseSession& s) { return FamilyService(s).list({}); });
        }
        for (auto& w : writes)
            QVERIFY2(waitFor(w).ok(), "a write failed");
        for (auto& r : reads) {
            auto page = waitFor(r);
            QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
            QCOMPARE(page->rows.size(), 5);
        }
    }

    void aNewDataKeyClosesTheReadersForItsDuration()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA, QStringLiteral("新桥村"));
        fx.closeOwnConnection(); // the workspace must have the database to itself
        auto ws = openWorkspace(fx, QStringLiteral("admin"), 2);
        QVERIFY(ws);
        // The readers are open (a read has run on them) when the key changes.
        QVERIFY(waitFor(ws->read([](CaseSession& s) {
                    return fetchOne(s.db(), "SELECT count(*) FROM families;", {},
                                    [](const Statement& st) { return st.int64(0); }, {});
                })).ok());
        // Administration answers on the caller's thread too.
        int users = -1;
        ws->administer(
            [](Vault& v, CaseSession&) { return v.users(); }, this,
            [&](Result<QList<UserAccount>> list) { users = list.ok() ? int(list->size()) : -2; });
        QTRY_COMPARE(users, 7);
        // With the readers open the database is not the writer's alone: the rotation refuses.
        auto shared = waitFor(ws->administer([](Vault& v, CaseSession&) -> Result<bool> {
            JIAHU_TRY(v.rotateDataKey());
            return true;
        }));
        QCOMPARE(errorOf(shared).code, ErrorCode::Busy);
        auto rotated = waitFor(ws->exclusive([](Vault& v, CaseSession&) -> Result<bool> {
            JIAHU_TRY(v.rotateDataKey());
            return true;
        }));
        QVERIFY2(rotated.ok(), qPrintable(rotated.ok() ? QString() : rotated.error().toString()));
        // The readers reopened with the new key.
        auto count = waitFor(ws->read([](CaseSession& s) {
            return fetchOne(s.db(), "SELECT count(*) FROM families;", {},
                            [](const Statement& st) { return st.int64(0); }, {});
        }));
        QVERIFY(count.ok());
        QCOMPARE(count.value(), 1);
    }

    void readsAskedDuringAnExclusiveJobWaitThenRun()
    {
        CaseFixture fx;
        QVERIFY(fx.ok());
        const QString family =
            fx.addFamily(QStringLiteral("worker"), CaseFixture::kTownA, QStringLiteral("新桥村"));
        auto ws = openWorkspace(fx, QStringLiteral("worker"));
        QVERIFY(ws);
        auto followUps = [family](CaseSession& s) {
            return fetchOne(s.db(), "SELECT count(*) FROM follow_ups WHERE family_id = ?;",
                            {family}, [](const Statement& st) { return st.int64(0); }, {});
        };
        QCOMPARE(waitFor(ws->read(followUps)).value(), 0); // the readers are open
        // The job holds the database (readers closed) until released, then writes.
        std::atomic<bool> started{false};
        QSemaphore release;
        auto job = ws->exclusive([&](Vault&, CaseSession& s) {
            started = true;
            release.acquire();
            return FollowUpService(s).add(visit(family, s.today()));
        });
        QTRY_VERIFY(started);
        auto read = ws->read(followUps);
        QTest::qWait(100);
        QVERIFY(!read.isFinished()); // waits for the job
        QVERIFY(!job.isFinished());
        release.release();
        QVERIFY(waitFor(job).ok());
        // ... then runs, on a reopened reader, and sees what the job wrote.
        auto count = waitFor(read);
        QVERIFY2(count.ok(), qPrintable(count.ok() ? QString() : count.error().toString()));
        QCOMPARE(count.value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
