#pragma once

#include <QDBusConnection>
#include <QObject>

namespace jiahu {

/// Asks for a lock when the desktop locks its screen (org.freedesktop.ScreenSaver
/// ActiveChanged(true) on the session bus) or the machine is about to sleep
/// (org.freedesktop.login1.Manager PrepareForSleep(true) on the system bus). A bus that is not
/// there (a bare X server, a container) is not an error: the idle timer still locks.
class SessionLockWatcher : public QObject {
    Q_OBJECT
public:
    explicit SessionLockWatcher(QObject* parent = nullptr);

    /// Listens on the user's session bus and the system bus.
    void start();
    /// Listens on the given connections (tests use a private bus); a disconnected one is
    /// skipped. Returns whether the signal could be subscribed to.
    bool watchScreenSaver(const QDBusConnection& bus);
    bool watchSleep(const QDBusConnection& bus);

    bool watchingScreenSaver() const { return m_screenSaver; }
    bool watchingSleep() const { return m_sleep; }

public Q_SLOTS:
    /// org.freedesktop.ScreenSaver ActiveChanged: `active` → lockRequested().
    void screenSaverActiveChanged(bool active);
    /// org.freedesktop.login1.Manager PrepareForSleep: `start` (going to sleep) → lockRequested().
    void prepareForSleep(bool start);

Q_SIGNALS:
    void lockRequested();

private:
    bool m_screenSaver = false;
    bool m_sleep = false;
};

} // namespace jiahu
