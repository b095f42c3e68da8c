#pragma once

#include "domain/CaseRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace jiahu {

/// One line of a family's timeline: something that happened to the file, said in one line.
struct TimelineEntry {
    enum class Kind { Code, Assessment, Plan, Guidance, FollowUp, Referral, Attachment, File };
    Kind kind = Kind::File;
    QDate date;                   ///< the case date it happened on
    qint64 at = 0;                ///< when it was recorded (UTC ms); 0 if only the date is known
    bool timed = false;           ///< whether `at` is the time it happened (shown as HH:mm)
    std::optional<RiskCode> code; ///< code events: the code they name
    QString summary;              ///< one line
    QString detail;               ///< everything there is to say (a tooltip)
    QString who;                  ///< the user, provider or owner, if known
    QString recordId;
    bool corrected = false; ///< a record replaced by a later correction (shown quieter)
    bool waiting = false;   ///< a proposal or raise waiting for a supervisor
};

/// Makes the timeline of a family file from the file alone (no queries): code events,
/// assessments, plans and their actions, guidance sessions, follow-ups, referral events and
/// attachments, newest first. System-made reasons are said in the reader's language
/// (RecordText).
class TimelineEntries {
    Q_DECLARE_TR_FUNCTIONS(TimelineEntries)
public:
    static QList<TimelineEntry> of(const FamilyFile& file);
    /// 赋码, 评估, 方案, … (the filter's words).
    static QString kindName(TimelineEntry::Kind kind);
    static QList<TimelineEntry::Kind> filterKinds();
    /// Newest first: by date, then by the time it was recorded.
    static bool newerFirst(const TimelineEntry& a, const TimelineEntry& b);

    static QString riskEventSummary(const RiskEvent& e);
};

} // namespace jiahu
