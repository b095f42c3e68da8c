#include "Workspace.h"

#include "common/Logging.h"
#include "services/FamilyService.h"
#include "services/Vault.h"
#include "storage/Database.h"

#include <future>

namespace jiahu {

Result<std::unique_ptr<Workspace>> Workspace::open(std::unique_ptr<Vault> vault,
                                                   const Options& options)
{
    if (!vault)
        return makeError(ErrorCode::Internal, QStringLiteral("no vault"));
    std::unique_ptr<Workspace> ws(new Workspace(std::move(vault), options));
    JIAHU_TRY(ws->start());
    return ws;
}

Workspace::Workspace(std::unique_ptr<Vault> vault, const Options& options)
    : m_vault(std::move(vault)), m_user(m_vault->user()), m_path(m_vault->databasePath()),
      m_clock(orSystemClock(options.clock)), m_readerCount(std::max(1, options.readers))
{
}

Status Workspace::start()
{
    // The writer thread adopts the unlocked connection and starts the user's session on it.
    std::promise<Status> started;
    auto startedFuture = started.get_future();
    m_writer = std::make_unique<WorkerThreads>(
        1,
        [this, &started](int) {
            Database& db = m_vault->database();
            db.adoptByCurrentThread();
            auto session = CaseSession::start(db, m_user, m_clock, &m_changes);
            if (session.ok()) {
                m_writerSlot.session = std::move(session.value());
                m_writerSlot.session->shareOpenedFiles(m_opened);
                started.set_value({});
            } else {
                m_writerSlot.error = session.error();
                started.set_value(session.error());
            }
        },
        [this](int) { m_writerSlot.session.reset(); });
    const Status status = startedFuture.get();
    if (!status.ok()) {
        m_writer->stop();
        return status;
    }
    m_readerSlots.resize(size_t(m_readerCount));
    startReaders();
    return {};
}

void Workspace::startReaders()
{
    m_readers = std::make_unique<WorkerThreads>(
        m_readerCount,
        [this](int i) {
            Slot& slot = m_readerSlots[size_t(i)];
            auto db = m_vault->openReadConnection();
            if (!db.ok()) {
                slot.error = db.error();
                return;
            }
            auto session = CaseSession::startReader(*db.value(), m_user, m_clock);
            if (!session.ok()) {
                slot.error = session.error();
                return;
            }
            slot.ownDb = std::move(db.value());
            slot.session = std::move(session.value());
            slot.session->shareOpenedFiles(m_opened);
        },
        [this](int i) {
            Slot& slot = m_readerSlots[size_t(i)];
            slot.session.reset();
            slot.ownDb.reset();
        });
}

bool Workspace::postRead(WorkerThreads::Job job)
{
    std::lock_guard lock(m_readersMutex);
    if (m_paused) {
        m_held.push_back(std::move(job));
        return true;
    }
    return m_readers && m_readers->post(std::move(job));
}

void Workspace::pauseReaders()
{
    std::unique_ptr<WorkerThreads> readers;
    {
        std::lock_guard lock(m_readersMutex);
        m_paused = true;
        readers = std::move(m_readers);
    }
    if (!readers)
        return;
    auto left = readers->stop(); // connections close on their threads
    std::lock_guard lock(m_readersMutex);
    for (auto it = left.rbegin(); it != left.rend(); ++it)
        m_held.push_front(std::move(*it));
}

void Workspace::resumeReaders()
{
    std::lock_guard lock(m_readersMutex);
    if (m_closing)
        return;
    startReaders();
    m_paused = false;
    while (!m_held.empty()) {
        m_readers->post(std::move(m_held.front()));
        m_held.pop_front();
    }
}

Workspace::~Workspace()
{
    // Answers still travel as events posted to this object, which die with it: nothing
    // finished from here on reaches anyone.
    auto stopReaders = [this] {
        std::unique_ptr<WorkerThreads> readers;
        {
            std::lock_guard lock(m_readersMutex);
            m_closing = true; // an exclusive job still running starts no new readers
            readers = std::move(m_readers);
            m_held.clear(); // cancels their promises
        }
        if (readers)
            readers->stop(); // queued jobs dropped (cancelled), running ones finish
    };
    stopReaders();
    if (m_writer)
        m_writer->stop();
    stopReaders();   // none, unless an exclusive job resumed them before it saw m_closing
    m_vault.reset(); // the connection closes and the data key is wiped
    qCInfo(lcVault) << "workspace closed";
}

QFuture<Result<FamilyFile>> Workspace::openFamily(const QString& key, const QString& reason)
{
    using R = Result<FamilyFile>;
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    auto answer = [promise](R r) {
        promise->addResult(std::move(r));
        promise->finish();
    };
    // The audit entry first, on the writer; then the file loads on a reader.
    post<Result<QString>>(
        true, {}, readerBody<Result<QString>>([key, reason](CaseSession& s) -> Result<QString> {
            auto family = FamilyService(s).recordOpening(key, reason);
            if (!family.ok())
                return family.error();
            return family->id;
        }),
        [this, answer](Result<QString> id) {
            if (!id.ok())
                return answer(id.error());
            post<R>(false, {}, readerBody<R>([id = id.value()](CaseSession& s) {
                        return FamilyService(s).reload(id);
                    }),
                    answer);
        });
    return future;
}

QFuture<Result<FamilyFile>> Workspace::reloadFamily(const QString& familyId)
{
    return read([familyId](CaseSession& s) { return FamilyService(s).reload(familyId); });
}

} // namespace jiahu
