#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace jiahu {

/// Times of records as lists show them: in case time (China, like the case dates core derives),
/// "yyyy-MM-dd HH:mm" (both languages); calendar dates "yyyy-MM-dd".
struct RecordTime {
    static QDateTime at(qint64 utcMs)
    {
        return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(8 * 3600));
    }
    static QString dateTime(qint64 utcMs)
    {
        return at(utcMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    static QString date(qint64 utcMs) { return date(caseDate(utcMs)); }
    static QString date(const QDate& d) { return d.toString(QStringLiteral("yyyy-MM-dd")); }
};

} // namespace jiahu
