#pragma once

#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QWidget>

/// Says when a window has painted for the first time (./dev.sh bench measures process start to
/// the welcome window with it: JIAHU_EXIT_WHEN_SHOWN).
class FirstPaintWatcher : public QObject {
    Q_OBJECT
public:
    void watch(QWidget* window)
    {
        m_window = window;
        window->installEventFilter(this);
    }

Q_SIGNALS:
    void painted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint) {
            m_window->removeEventFilter(this);
            Q_EMIT painted();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QWidget> m_window;
};
