#pragma once

#include "domain/FollowUpCadence.h"

#include <QDate>
#include <QObject>

#include <functional>

namespace jiahu {

class FileContext;

/// What a page needs from the session besides the file: today's case date (by the session's
/// clock, so "overdue" and "today" agree with core) and the follow-up cadence in force.
struct SessionFacts {
    QDate today;
    FollowUpCadence cadence;

    /// Asks for them on a reader thread; `done` runs on the GUI thread while `receiver` lives.
    /// A failure (rare: the session is closing) gives the defaults and an invalid date.
    static void load(const FileContext& context, QObject* receiver,
                     std::function<void(const SessionFacts&)> done);
};

} // namespace jiahu
