#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace jiahu {

/// Slows down password guessing, per user: after each failed unlock as a user the wait before
/// that user's next attempt doubles (1 s, 2 s, 4 s, ... up to 15 minutes); other users are not
/// delayed. Recovery-code attempts count under their own key. The counts survive restarts of the
/// program in one small state file beside the database (`<database>.attempts`, readable by its
/// owner only; user names, counts and times, no secrets); a user's success clears that user's
/// count. Argon2id's cost is the real defence against offline guessing; this stops the casual
/// guesser at the login window and at the command line.
class UnlockThrottle {
    Q_DECLARE_TR_FUNCTIONS(UnlockThrottle)
public:
    static constexpr qint64 kBaseDelayMs = 1000;
    static constexpr qint64 kMaxDelayMs = 15 * 60 * 1000;
    /// Entries kept in the state file; the oldest failures are forgotten first.
    static constexpr int kMaxEntries = 200;

    /// Attempts to sign in as `userName`.
    UnlockThrottle(const QString& databasePath, const QString& userName, Clock clock = {});
    /// Attempts with the recovery code.
    static UnlockThrottle forRecoveryCode(const QString& databasePath, Clock clock = {});

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
    /// Rewrites this key's entry (removed when there are no failures), keeping the others as
    /// they are in the file now.
    void save() const;

    QString m_statePath;
    QString m_key; ///< "user:<name>" or "recovery"
    Clock m_clock;
    int m_failures = 0;
    qint64 m_lastFailureMs = 0;
};

} // namespace jiahu
