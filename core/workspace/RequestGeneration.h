#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

namespace jiahu {

/// Drops stale answers: each new request of a kind (a keystroke in a search box) takes a newer
/// ticket; an answer whose ticket is no longer the latest is not delivered (and a request not
/// yet started is not run). Thread-safe.
class RequestGeneration {
public:
    quint64 next() { return ++m_latest; }
    bool isLatest(quint64 ticket) const { return ticket == m_latest.load(); }

private:
    std::atomic<quint64> m_latest{0};
};

/// A ticket of a RequestGeneration, carried with a request.
struct LatestOnly {
    std::shared_ptr<RequestGeneration> generation;
    quint64 ticket = 0;
    static LatestOnly take(const std::shared_ptr<RequestGeneration>& g) { return {g, g->next()}; }
    bool stale() const { return generation && !generation->isLatest(ticket); }
};

} // namespace jiahu
