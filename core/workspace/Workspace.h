#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "services/CaseSession.h"
#include "services/ChangeSet.h"
#include "services/OpenedFiles.h"
#include "services/UserAccount.h"
#include "services/Vault.h"
#include "workspace/RequestGeneration.h"
#include "workspace/WorkerThreads.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>

#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <type_traits>
#include <vector>

namespace jiahu {

class Database;

/// An unlocked database in a long-lived session: it owns the Vault (the only owner; locking is
/// destroying the Workspace), one writer thread with the Vault's connection and the user's
/// CaseSession, and a few reader threads, each with its own read-only connection (same key; WAL
/// lets them read while the writer commits) and a reader CaseSession. A connection and its
/// statement cache never leave their thread.
///
/// Calls return QFutures; the callback forms deliver on the receiver's thread, and never after
/// this Workspace is gone: jobs not yet started when it is destroyed are cancelled, running ones
/// finish, and no result of theirs reaches anyone (so nothing of one session can land in the
/// next). A LatestOnly ticket drops answers that a newer request has overtaken (search as you
/// type), and does not even start a stale request. Destroy a Workspace on the thread that
/// receives its callbacks (the GUI thread).
///
/// Every write goes through the writer's CaseSession, so its change sets reach changes() after
/// each commit, wherever the write came from.
class Workspace : public QObject {
    Q_OBJECT
public:
    struct Options {
        int readers = 2;
        Clock clock; ///< empty: the system clock
    };

    static Result<std::unique_ptr<Workspace>> open(std::unique_ptr<Vault> vault,
                                                   const Options& options);
    static Result<std::unique_ptr<Workspace>> open(std::unique_ptr<Vault> vault)
    {
        return open(std::move(vault), Options{});
    }
    ~Workspace() override;

    const UserAccount& user() const { return m_user; }
    const QString& databasePath() const { return m_path; }
    /// The calendar day of case work now (China's date, on the session's clock).
    QDate today() const { return caseDate(m_clock()); }
    /// Change sets of committed writes, delivered on this object's thread.
    ChangeNotifier* changes() { return &m_changes; }

    /// Runs `f(CaseSession&)` on a reader thread; `f` returns a Result<T>.
    template <typename F> auto read(F f, LatestOnly latest = {})
    {
        using R = std::invoke_result_t<F, CaseSession&>;
        return submit<R>(false, latest, readerBody<R>(std::move(f)));
    }
    /// Runs `f(CaseSession&)` on the writer thread.
    template <typename F> auto write(F f)
    {
        using R = std::invoke_result_t<F, CaseSession&>;
        return submit<R>(true, {}, readerBody<R>(std::move(f)));
    }
    /// Runs `f(Vault&, CaseSession&)` on the writer thread (users, keys, backups).
    template <typename F> auto administer(F f)
    {
        using R = std::invoke_result_t<F, Vault&, CaseSession&>;
        return submit<R>(true, {}, adminBody<R>(std::move(f)));
    }
    /// As administer(), with every reader connection closed for the duration (a new data key
    /// needs the database to itself). Reads asked for meanwhile wait and then run.
    template <typename F> auto exclusive(F f)
    {
        using R = std::invoke_result_t<F, Vault&, CaseSession&>;
        return submit<R>(true, {}, [this, f = std::move(f)](Slot& slot) mutable -> R {
            if (!slot.session)
                return slot.error;
            pauseReaders();
            R r = f(*m_vault, *slot.session);
            resumeReaders();
            return r;
        });
    }

    /// The callback forms: `done(result)` runs on this Workspace's thread (which must be the
    /// receiver's), unless the receiver or this Workspace is gone by then, or (for reads) the
    /// ticket went stale. No QFuture continuations are involved.
    template <typename F, typename Done>
    void read(F f, QObject* receiver, Done done, LatestOnly latest = {})
    {
        using R = std::invoke_result_t<F, CaseSession&>;
        post<R>(false, latest, readerBody<R>(std::move(f)), callback<R>(receiver, done, latest));
    }
    template <typename F, typename Done> void write(F f, QObject* receiver, Done done)
    {
        using R = std::invoke_result_t<F, CaseSession&>;
        post<R>(true, {}, readerBody<R>(std::move(f)), callback<R>(receiver, done, {}));
    }
    template <typename F, typename Done> void administer(F f, QObject* receiver, Done done)
    {
        using R = std::invoke_result_t<F, Vault&, CaseSession&>;
        post<R>(true, {}, adminBody<R>(std::move(f)), callback<R>(receiver, done, {}));
    }

    /// Opens a family file: the opening is audited on the writer, then the file loads on a
    /// reader.
    QFuture<Result<FamilyFile>> openFamily(const QString& familyIdOrFileNo,
                                           const QString& reason = {});
    /// Loads an open file again (after a change) without a new audit entry.
    QFuture<Result<FamilyFile>> reloadFamily(const QString& familyId);

private:
    struct Slot {
        std::unique_ptr<Database> ownDb; ///< readers' own connections
        std::unique_ptr<CaseSession> session;
        Error error; ///< why the session could not start
    };

    Workspace(std::unique_ptr<Vault> vault, const Options& options);
    Status start();
    void startReaders();
    void pauseReaders();
    void resumeReaders();
    bool postRead(WorkerThreads::Job job);

    /// `f(session)` on a slot's session (the writer's or a reader's).
    template <typename R, typename F> static auto readerBody(F f)
    {
        return [f = std::move(f)](Slot& slot) mutable -> R {
            if (!slot.session)
                return slot.error;
            return f(*slot.session);
        };
    }

    template <typename R, typename F> auto adminBody(F f)
    {
        return [this, f = std::move(f)](Slot& slot) mutable -> R {
            if (!slot.session)
                return slot.error;
            return f(*m_vault, *slot.session);
        };
    }

    /// Wraps `done` so that it runs on this object's thread, and only while the receiver lives
    /// and the ticket is current. Events posted to this object die with it.
    template <typename R, typename Done>
    std::function<void(R)> callback(QObject* receiver, Done done, LatestOnly latest)
    {
        auto shared = std::make_shared<Done>(std::move(done));
        return [this, receiver = QPointer<QObject>(receiver), shared, latest](R r) {
            auto result = std::make_shared<R>(std::move(r));
            QMetaObject::invokeMethod(
                this,
                [receiver, shared, latest, result]() {
                    if (!receiver || latest.stale())
                        return;
                    (*shared)(std::move(*result));
                },
                Qt::QueuedConnection);
        };
    }

    /// Queues `body(slot)` on the writer or a reader; its result goes to `then`. A job dropped
    /// (stale ticket, or the Workspace closing) answers nothing.
    template <typename R, typename Body>
    void post(bool writer, LatestOnly latest, Body body, std::function<void(R)> then)
    {
        auto job = [this, writer, latest, body = std::move(body),
                    then = std::move(then)](int index) mutable {
            if (latest.stale())
                return;
            Slot& slot = writer ? m_writerSlot : m_readerSlots[size_t(index)];
            then(body(slot));
        };
        if (writer)
            m_writer->post(std::move(job));
        else
            postRead(std::move(job));
    }

    template <typename R, typename Body>
    QFuture<R> submit(bool writer, LatestOnly latest, Body body)
    {
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        post<R>(writer, latest, std::move(body), [promise](R r) {
            promise->addResult(std::move(r));
            promise->finish();
        });
        return future; // a dropped job releases the promise unfinished: the future cancels
    }

    std::unique_ptr<Vault> m_vault;
    UserAccount m_user;
    QString m_path;
    Clock m_clock;
    int m_readerCount = 2;
    ChangeNotifier m_changes;
    std::shared_ptr<OpenedFiles> m_opened = std::make_shared<OpenedFiles>();

    Slot m_writerSlot;
    std::unique_ptr<WorkerThreads> m_writer;
    std::vector<Slot> m_readerSlots;
    std::mutex m_readersMutex; ///< guards m_readers, m_paused, m_held
    std::unique_ptr<WorkerThreads> m_readers;
    bool m_paused = false;
    bool m_closing = false;
    std::deque<WorkerThreads::Job> m_held;
};

} // namespace jiahu
