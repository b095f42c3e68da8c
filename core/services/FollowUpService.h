#pragma once

#include "common/Result.h"
#include "domain/CaseRecords.h"

#include <QCoreApplication>
#include <QList>

namespace jiahu {

class CaseSession;

/// One row of the overdue queue.
struct OverdueFamily {
    Family family;
    int daysOverdue = 0;
};

struct OverdueQuery {
    bool mineOnly = false; ///< assigned to the signed-in user; otherwise the whole scope
    QString town;
    QDate afterDue; ///< keyset paging: rows due after (afterDue, afterId)
    QString afterId;
    int limit = 50;
};

/// Follow-ups (回访), append-only. The family's next due date is the new follow-up's, or by
/// default its date plus the cadence of the family's code (red 7 days, orange 14, yellow 30,
/// blue 90). The overdue queue lists open families whose next follow-up is past due, most
/// overdue first.
class FollowUpService {
    Q_DECLARE_TR_FUNCTIONS(FollowUpService)
public:
    explicit FollowUpService(CaseSession& session) : m_s(session) {}

    /// Counselors may add follow-ups for the children of their own school (name the child).
    Result<FollowUp> add(const FollowUp& followUp);
    Result<QList<OverdueFamily>> overdue(const OverdueQuery& query);

private:
    CaseSession& m_s;
};

} // namespace jiahu
