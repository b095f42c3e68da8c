#pragma once

#include "HomeWindow.h"

#include "workspace/Workspace.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace jiahu {

class WelcomeWindow;

/// Switches between the welcome window and the window of an unlocked database, and owns the
/// one Workspace of the unlocked database (the unlocked Vault lives inside it and nowhere else).
///
/// Locking hides and drops the home window, then destroys the Workspace (its jobs finish or are
/// cancelled, their answers are dropped, the connections close and the data key is wiped), and
/// only then shows the welcome window again. Unlocking again makes a new Workspace.
class AppController : public QObject {
    Q_OBJECT
public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    WelcomeWindow* welcomeWindow() const { return m_welcome.get(); }
    HomeWindow* homeWindow() const { return m_home; }
    /// The unlocked database's workspace; null while locked.
    Workspace* workspace() const { return m_workspace.get(); }
    /// Reader threads and clock of the workspaces made from here (tests).
    void setWorkspaceOptions(const Workspace::Options& options) { m_options = options; }
    void start(const QString& databasePath, const QString& userName);

public Q_SLOTS:
    /// Closes the unlocked database and shows the welcome window (the Lock action, Ctrl+L).
    void lock();

Q_SIGNALS:
    void languageChosen(const QString& language);
    void databaseOpened(const QString& path, const QString& userName);

private:
    void open();
    void dropHomeWindow();

    std::unique_ptr<WelcomeWindow> m_welcome;
    Workspace::Options m_options;
    std::unique_ptr<Workspace> m_workspace;
    QPointer<HomeWindow> m_home; ///< borrows *m_workspace; always goes before it
};

} // namespace jiahu
