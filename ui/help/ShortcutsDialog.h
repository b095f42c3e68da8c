#pragma once

#include <QDialog>

class QTableWidget;

namespace jiahu {

/// The help page (F1): the keyboard shortcuts in a two-column table, and a word on the risk
/// codes and on locking.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    /// `autoLockMinutes`: the current setting, named in the sentence on locking.
    explicit ShortcutsDialog(int autoLockMinutes, QWidget* parent = nullptr);

    /// The table of shortcuts (tests read it).
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace jiahu
