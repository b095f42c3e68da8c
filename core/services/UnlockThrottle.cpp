#include "UnlockThrottle.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace jiahu {

namespace {

const QLatin1String kEntries("entries");
const QLatin1String kFailures("failures");
const QLatin1String kLastFailure("last_failure_ms");

/// The state file's entries; anything unreadable counts as none.
QJsonObject readEntries(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Entries are small; a file far larger than kMaxEntries of them is not ours.
    return QJsonDocument::fromJson(file.read(256 * 1024)).object().value(kEntries).toObject();
}

} // namespace

UnlockThrottle::UnlockThrottle(const QString& databasePath, const QString& userName, Clock clock)
    : m_statePath(statePathFor(databasePath)), m_key(QStringLiteral("user:") + userName),
      m_clock(orSystemClock(std::move(clock)))
{
    load();
}

UnlockThrottle UnlockThrottle::forRecoveryCode(const QString& databasePath, Clock clock)
{
    UnlockThrottle throttle(databasePath, QString(), std::move(clock));
    throttle.m_key = QStringLiteral("recovery"); // no user name looks like this
    throttle.load();
    return throttle;
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
    load(); // another program may have counted a failure since
    ++m_failures;
    m_lastFailureMs = m_clock();
    save();
}

void UnlockThrottle::recordSuccess()
{
    m_failures = 0;
    m_lastFailureMs = 0;
    if (QFile::exists(m_statePath))
        save();
}

void UnlockThrottle::load()
{
    const QJsonObject entry = readEntries(m_statePath).value(m_key).toObject();
    m_failures = std::clamp(entry.value(kFailures).toInt(), 0, 1000);
    m_lastFailureMs = qint64(entry.value(kLastFailure).toDouble());
}

void UnlockThrottle::save() const
{
    QJsonObject entries = readEntries(m_statePath);
    if (m_failures > 0)
        entries.insert(
            m_key, QJsonObject{{kFailures, m_failures}, {kLastFailure, double(m_lastFailureMs)}});
    else
        entries.remove(m_key);
    if (entries.isEmpty()) {
        QFile::remove(m_statePath);
        return;
    }
    // Names typed at random must not grow the file without bound: forget the oldest failures.
    while (entries.size() > kMaxEntries) {
        auto oldest = entries.begin();
        for (auto it = entries.begin(); it != entries.end(); ++it)
            if (it.value().toObject().value(kLastFailure).toDouble() <
                oldest.value().toObject().value(kLastFailure).toDouble())
                oldest = it;
        entries.erase(oldest);
    }
    QSaveFile file(m_statePath);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // names who signs in
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 2}, {kEntries, entries}})
                   .toJson(QJsonDocument::Compact));
    file.commit();
}

} // namespace jiahu
