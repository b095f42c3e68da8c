#include "lock/IdleWatcher.h"

#include "lock/LockLogging.h"

#include <QCoreApplication>
#include <QEvent>

namespace jiahu {

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(5 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        qCDebug(lcUiLock) << "no input for" << m_timer.interval() << "ms";
        Q_EMIT idleTimeout();
    });
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setMinutes(int minutes)
{
    setIntervalMs(qBound(1, minutes, 24 * 60) * 60 * 1000);
}

void IdleWatcher::setIntervalMs(int ms)
{
    const bool running = m_timer.isActive();
    m_timer.setInterval(qMax(1, ms));
    if (running)
        m_timer.start();
}

void IdleWatcher::start()
{
    m_timer.start();
}

void IdleWatcher::stop()
{
    m_timer.stop();
}

bool IdleWatcher::isInput(const QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        return true;
    case QEvent::MouseMove:
        // Qt makes up moves of its own (a widget shown under the pointer); only real ones count.
        return event->spontaneous();
    default:
        return false;
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (m_timer.isActive() && isInput(event))
        m_timer.start();
    return QObject::eventFilter(watched, event);
}

} // namespace jiahu
