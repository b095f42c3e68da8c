#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace jiahu {

/// Which calendar dates a record accepts, each refused with a sentence naming the field: a date
/// far in the past or future is a typing mistake (or an attempt to take a family out of the
/// overdue queue), never case history.
class DateRules {
    Q_DECLARE_TR_FUNCTIONS(DateRules)
public:
    static QDate earliestBirth() { return {1900, 1, 1}; }
    static QDate earliestRecord() { return {2000, 1, 1}; }
    static constexpr int kMaxYearsAhead = 2;

    /// A birth date: from 1900-01-01 to today.
    static Status checkBirth(const QString& field, const QDate& date, const QDate& today);
    /// The day something happened (a visit, a session): from 2000-01-01 to today.
    static Status checkHappened(const QString& field, const QDate& date, const QDate& today);
    /// A day something is due: from 2000-01-01 to two years from today.
    static Status checkDue(const QString& field, const QDate& date, const QDate& today);
};

} // namespace jiahu
