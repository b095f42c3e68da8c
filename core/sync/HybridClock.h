#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <compare>
#include <functional>
#include <optional>

namespace jiahu {

/// A hybrid logical clock timestamp: wall-clock milliseconds, a counter for events within the
/// same millisecond (or while the wall clock lags), and the node that made it as a tie-breaker.
/// Its text form sorts in causal order, so SQL can ORDER BY it.
struct Hlc {
    qint64 millis = 0;
    quint32 counter = 0;
    QString node;

    /// "0000018bcfe8a3c4-00000001-node": fixed-width hex, then the node id.
    QString toString() const;
    static std::optional<Hlc> parse(const QString& text);
    std::strong_ordering operator<=>(const Hlc& other) const
    {
        if (auto c = millis <=> other.millis; c != 0)
            return c;
        if (auto c = counter <=> other.counter; c != 0)
            return c;
        const int n = node.compare(other.node);
        return n < 0 ? std::strong_ordering::less
                     : (n > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
    }
    bool operator==(const Hlc&) const = default;
};

/// Issues HLC timestamps for local changes and folds in timestamps seen from other machines, so a
/// change made after seeing another always orders after it, whatever the wall clocks say. A remote
/// timestamp further ahead of our wall clock than kMaxDriftMs is refused: one laptop with a wrong
/// clock must not drag every record into the future (the false-conflict trap of wall-clock sync).
class HybridClock {
    Q_DECLARE_TR_FUNCTIONS(HybridClock)
public:
    using WallClock = Clock;
    static constexpr qint64 kMaxDriftMs = 24LL * 60 * 60 * 1000;

    explicit HybridClock(QString nodeId, WallClock wall = {}, Hlc last = {});

    /// A timestamp for a local event, later than every one issued or observed before.
    Hlc now();
    /// Merges a timestamp received from another node; returns the new local timestamp.
    Result<Hlc> observe(const Hlc& remote);
    const Hlc& last() const { return m_last; }

private:
    QString m_node;
    WallClock m_wall;
    Hlc m_last;
};

} // namespace jiahu
