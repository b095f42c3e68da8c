#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>

namespace jiahu {

/// Runs `work` (a slow call with no database session yet, such as Argon2id key derivation at
/// unlock) on Qt's shared thread pool and returns its future.
template <typename Work> auto runInPool(Work work) -> QFuture<std::invoke_result_t<Work>>
{
    using R = std::invoke_result_t<Work>;
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

/// As runInPool(), and hands the result to `done` on `context`'s thread, unless `context` was
/// destroyed meanwhile.
template <typename Work, typename Done> void runInBackground(QObject* context, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    runInPool(std::move(work)).then(context, [done = std::move(done)](QFuture<R> f) mutable {
        if (!f.isCanceled() && f.resultCount() > 0)
            done(f.takeResult());
    });
}

} // namespace jiahu
