#include "UnlockThrottle.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace jiahu {

UnlockThrottle::UnlockThrottle(const QString& databasePath, Clock clock)
    : m_statePath(statePathFor(databasePath)), m_clock(orSystemClock(std::move(clock)))
{
    load();
}

QString UnlockThrottle::statePathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".attempts");
}

qint64 UnlockThrottle::delayAfter(int failures)
{
    if (failures <= 0)
        return 0;
    const int shift = std::min(failures - 1, 20);
    return std::min(kBaseDelayMs << shift, kMaxDelayMs);
}

qint64 UnlockThrottle::remainingMs() const
{
    if (m_failures == 0)
        return 0;
    const qint64 until = m_lastFailureMs + delayAfter(m_failures);
    const qint64 now = m_clock();
    // A clock set backwards must not lock anyone out for longer than one delay.
    if (now < m_lastFailureMs)
        return delayAfter(m_failures);
    return std::max<qint64>(0, until - now);
}

Status UnlockThrottle::checkAllowed() const
{
    const qint64 wait = remainingMs();
    if (wait <= 0)
        return {};
    const qint64 seconds = (wait + 999) / 1000;
    return makeError(ErrorCode::Throttled,
                     tr("Too many failed attempts. Wait %n second(s) before trying again.", nullptr,
                        int(seconds)));
}

void UnlockThrottle::recordFailure()
{
    ++m_failures;
    m_lastFailureMs = m_clock();
    save();
}

void UnlockThrottle::recordSuccess()
{
    if (m_failures == 0 && !QFile::exists(m_statePath))
        return;
    m_failures = 0;
    m_lastFailureMs = 0;
    QFile::remove(m_statePath);
}

void UnlockThrottle::load()
{
    QFile file(m_statePath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject o = QJsonDocument::fromJson(file.read(4096)).object();
    m_failures = std::clamp(o.value(QLatin1String("failures")).toInt(), 0, 1000);
    m_lastFailureMs = qint64(o.value(QLatin1String("last_failure_ms")).toDouble());
}

void UnlockThrottle::save() const
{
    QSaveFile file(m_statePath);
    if (!file.open(QIODevice::WriteOnly))
        return;
    const QJsonObject o{{QStringLiteral("failures"), m_failures},
                        {QStringLiteral("last_failure_ms"), double(m_lastFailureMs)}};
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    file.commit();
}

} // namespace jiahu
