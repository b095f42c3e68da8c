#pragma once

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>

namespace jiahu {

/// Runs `work` (a slow core call such as Argon2id key derivation) on a worker thread and hands
/// its result to `done` on the GUI thread, unless `context` was destroyed meanwhile.
template <typename Work, typename Done> void runInBackground(QObject* context, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    auto result = std::make_shared<std::optional<R>>();
    QThread* thread =
        QThread::create([work = std::move(work), result]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // Delivered on the GUI thread; dropped with the connection if `context` is destroyed first.
    QObject::connect(thread, &QThread::finished, context,
                     [result, done = std::move(done)]() mutable { done(std::move(**result)); });
    thread->start();
}

} // namespace jiahu
