#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace jiahu {

class Workspace;

/// "This database": who is signed in, where the database is, how it is protected, how many
/// users it has. Everything comes from the Workspace: what it knows at once (user, path), the
/// rest from a read on a reader thread whose answer arrives later (a placeholder until then).
class DatabasePage : public QWidget {
    Q_OBJECT
public:
    explicit DatabasePage(Workspace& workspace, QWidget* parent = nullptr);
    ~DatabasePage() override;

    /// What stands in for a value whose read has not answered yet.
    static QString pendingText() { return QStringLiteral("…"); }

private:
    void loadUserCount();

    QPointer<Workspace> m_workspace; ///< null once locked
    QLabel* m_userCount = nullptr;
};

} // namespace jiahu
