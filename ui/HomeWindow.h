#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;

namespace jiahu {

class Workspace;

/// The window of an unlocked database. It borrows the Workspace, which AppController owns and
/// destroys when the user locks (this window goes first). Everything it shows comes from the
/// Workspace: what it knows at once (user, path), the rest from reads on a reader thread whose
/// answers arrive later (a placeholder until then). It never touches a Database itself.
class HomeWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit HomeWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~HomeWindow() override;

    /// What stands in for a value whose read has not answered yet.
    static QString pendingText() { return QStringLiteral("…"); }

Q_SIGNALS:
    void lockRequested();

private:
    void loadUserCount();

    QPointer<Workspace> m_workspace; ///< null once locked
    QLabel* m_userCount = nullptr;
};

} // namespace jiahu
