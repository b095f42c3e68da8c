#pragma once

#include <QObject>
#include <QTimer>

namespace jiahu {

/// Watches the whole application for keyboard and mouse input (an event filter on the
/// application) and emits idleTimeout() once no input has come for the interval. Input restarts
/// the countdown. After the timeout the watcher stays stopped until start() is called again
/// (after unlocking), so typing on the lock screen does not count.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    /// The time without input before idleTimeout(), in minutes (the setting) …
    void setMinutes(int minutes);
    /// … or in milliseconds (tests). A running countdown starts again with the new interval.
    void setIntervalMs(int ms);
    int intervalMs() const { return m_timer.interval(); }
    bool isActive() const { return m_timer.isActive(); }

public Q_SLOTS:
    /// Starts (or restarts) the countdown.
    void start();
    /// Stops watching until start() (while locked, or when auto-lock is off).
    void stop();

Q_SIGNALS:
    void idleTimeout();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static bool isInput(const QEvent* event);
    QTimer m_timer;
};

} // namespace jiahu
