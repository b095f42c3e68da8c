#include "lock/SessionLockWatcher.h"

#include "lock/LockLogging.h"

#include <QDBusError>

namespace jiahu {

namespace {

const QString kScreenSaverInterface = QStringLiteral("org.freedesktop.ScreenSaver");
const QString kLoginService = QStringLiteral("org.freedesktop.login1");
const QString kLoginPath = QStringLiteral("/org/freedesktop/login1");
const QString kLoginInterface = QStringLiteral("org.freedesktop.login1.Manager");

} // namespace

SessionLockWatcher::SessionLockWatcher(QObject* parent) : QObject(parent) {}

void SessionLockWatcher::start()
{
    watchScreenSaver(QDBusConnection::sessionBus());
    watchSleep(QDBusConnection::systemBus());
}

bool SessionLockWatcher::watchScreenSaver(const QDBusConnection& bus)
{
    if (!bus.isConnected()) {
        qCDebug(lcUiLock) << "no session bus; the desktop's screen lock is not followed";
        return false;
    }
    // Desktops publish the interface under different names and paths (/ScreenSaver,
    // /org/freedesktop/ScreenSaver): any sender and path. A false request only ever locks.
    QDBusConnection connection(bus);
    m_screenSaver = connection.connect(QString(), QString(), kScreenSaverInterface,
                                       QStringLiteral("ActiveChanged"), this,
                                       SLOT(screenSaverActiveChanged(bool)));
    if (!m_screenSaver)
        qCDebug(lcUiLock) << "could not follow the screen saver:"
                          << connection.lastError().message();
    return m_screenSaver;
}

bool SessionLockWatcher::watchSleep(const QDBusConnection& bus)
{
    if (!bus.isConnected()) {
        qCDebug(lcUiLock) << "no system bus; suspend is not followed";
        return false;
    }
    QDBusConnection connection(bus);
    m_sleep =
        connection.connect(kLoginService, kLoginPath, kLoginInterface,
                           QStringLiteral("PrepareForSleep"), this, SLOT(prepareForSleep(bool)));
    if (!m_sleep)
        qCDebug(lcUiLock) << "could not follow suspend:" << connection.lastError().message();
    return m_sleep;
}

void SessionLockWatcher::screenSaverActiveChanged(bool active)
{
    qCDebug(lcUiLock) << "screen saver active:" << active;
    if (active)
        Q_EMIT lockRequested();
}

void SessionLockWatcher::prepareForSleep(bool start)
{
    qCDebug(lcUiLock) << "prepare for sleep:" << start;
    if (start)
        Q_EMIT lockRequested();
}

} // namespace jiahu
