#pragma once

#include "common/Result.h"
#include "domain/CaseRecords.h"
#include "services/Paging.h"

#include <QCoreApplication>
#include <QList>

namespace jiahu {

class CaseSession;

/// One row of the follow-up queues.
struct DueFamily {
    Family family;
    int daysOverdue = 0; ///< negative: days until it is due
};

enum class DueWindow {
    Overdue,  ///< past due
    Upcoming, ///< due from today on, within `withinDays`
};

enum class DueSort {
    CodeThenDue, ///< most severe code first, then the most overdue (the default)
    Due,         ///< by due date only
};

struct DueQuery {
    DueWindow window = DueWindow::Overdue;
    int withinDays = 7;    ///< Upcoming: due today .. today + withinDays
    bool mineOnly = false; ///< assigned to the signed-in user; otherwise the whole scope
    QString town;
    DueSort sort = DueSort::CodeThenDue;
    QString after;
    int limit = PageCursor::kDefaultLimit;
};

/// A follow-up whose next-due date is later than the family's code allows, still in force: the
/// supervisor sees these with the reason given.
struct ExtendedDue {
    FollowUp followUp;
    Family family;
};

struct ExtendedDueQuery {
    QString after;
    int limit = PageCursor::kDefaultLimit;
};

/// Follow-ups (回访), append-only. A follow-up's next-due date is by default its date plus the
/// cadence of the family's code (red 7 days, orange 14, yellow 30, blue 90); a later one needs a
/// reason (and a caseworker or supervisor) and shows in the supervisor's queue. A mistaken
/// follow-up is corrected by an amending one that replaces it. The queues list open families
/// whose next follow-up is past due or coming up.
class FollowUpService {
    Q_DECLARE_TR_FUNCTIONS(FollowUpService)
public:
    explicit FollowUpService(CaseSession& session) : m_s(session) {}

    /// Counselors may add follow-ups for the children of their own school (name the child).
    Result<FollowUp> add(const FollowUp& followUp);
    /// One follow-up, if the user may see it.
    Result<FollowUp> get(const QString& followUpId);
    /// Records a corrected follow-up that replaces `followUpId` (with the reason).
    Result<FollowUp> amend(const QString& followUpId, const FollowUp& corrected,
                           const QString& reason);
    Result<Page<DueFamily>> due(const DueQuery& query);
    Result<qint64> dueCount(const DueQuery& query);
    /// Supervisors: next-due dates beyond the cadence, oldest first.
    Result<Page<ExtendedDue>> extendedDue(const ExtendedDueQuery& query = {});

private:
    Result<FollowUp> record(const FollowUp& in, const QString& amends, const QString& amendReason);
    QByteArray dueWhere(const DueQuery& q, QVariantList& binds);
    CaseSession& m_s;
};

} // namespace jiahu
