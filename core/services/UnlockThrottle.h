#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace jiahu {

/// Slows down password guessing: after each failed unlock the wait before the next attempt
/// doubles (1 s, 2 s, 4 s, ... up to 15 minutes). The count survives restarts of the program in a
/// small state file beside the database (`<database>.attempts`, no secrets in it); a success
/// clears it. Argon2id's cost is the real defence against offline guessing; this stops the casual
/// guesser at the login window and at the command line.
class UnlockThrottle {
    Q_DECLARE_TR_FUNCTIONS(UnlockThrottle)
public:
    static constexpr qint64 kBaseDelayMs = 1000;
    static constexpr qint64 kMaxDelayMs = 15 * 60 * 1000;

    explicit UnlockThrottle(const QString& databasePath, Clock clock = {});

    /// Milliseconds to wait before the next attempt is allowed (0 when allowed now).
    qint64 remainingMs() const;
    /// An error with the wait in it when an attempt is not yet allowed.
    Status checkAllowed() const;
    void recordFailure();
    void recordSuccess();
    int failures() const { return m_failures; }

    static qint64 delayAfter(int failures);
    static QString statePathFor(const QString& databasePath);

private:
    void load();
    void save() const;

    QString m_statePath;
    Clock m_clock;
    int m_failures = 0;
    qint64 m_lastFailureMs = 0;
};

} // namespace jiahu
