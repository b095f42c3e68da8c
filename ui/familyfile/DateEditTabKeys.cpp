#include "familyfile/DateEditTabKeys.h"

#include <QDateEdit>
#include <QKeyEvent>

namespace jiahu {

void DateEditTabKeys::install(QDateEdit* edit)
{
    edit->installEventFilter(new DateEditTabKeys(edit));
}

bool DateEditTabKeys::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (!plain || (key->key() != Qt::Key_Tab && key->key() != Qt::Key_Backtab))
        return false;
    auto* edit = qobject_cast<QWidget*>(watched);
    if (!edit)
        return false;
    const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
    QWidget* window = edit->window();
    QWidget* w = edit;
    for (;;) {
        w = forward ? w->nextInFocusChain() : w->previousInFocusChain();
        if (!w || w == edit)
            return true;
        const bool takesTab = (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
        if (takesTab && !w->focusProxy() && w->isEnabled() && w->isVisibleTo(window) &&
            !edit->isAncestorOf(w))
            break;
    }
    w->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

} // namespace jiahu
