#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>
#include <type_traits>

namespace jiahu {

/// Runs `work` (a slow call with no database session yet, such as Argon2id key derivation at
/// unlock) on Qt's shared thread pool and hands its result to `done` on the application's (GUI)
/// thread, unless `context` was destroyed meanwhile. The answer is posted to the application
/// object, which outlives every window, and `context` is looked at only on the GUI thread, so a
/// window closed while the work runs is never touched. (No QFuture continuation: Qt 6.4's
/// then(context, ...) crashed here when its future was dropped at once.)
template <typename Work, typename Done> void runInBackground(QObject* context, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    QPointer<QObject> guard(context);
    auto shared = std::make_shared<Done>(std::move(done));
    QThreadPool::globalInstance()->start([guard, shared, work = std::move(work)]() mutable {
        auto result = std::make_shared<R>(work());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, shared, result]() {
                if (guard)
                    (*shared)(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace jiahu
