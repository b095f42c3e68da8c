#pragma once

#include <QObject>

class QDateEdit;

namespace jiahu {

/// Makes Tab leave a date field for the next field of the form, as in every other field. (A
/// date field otherwise takes Tab to step through its year, month and day. Typed, a date is its
/// digits, each part moving on to the next when full: 20260302; the arrow keys step a part.)
class DateEditTabKeys : public QObject {
    Q_OBJECT
public:
    /// Installs the behaviour on `edit` (owned by it).
    static void install(QDateEdit* edit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace jiahu
