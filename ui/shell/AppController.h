#pragma once

#include "shell/MainWindow.h"

#include "workspace/Workspace.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace jiahu {

class AppSettings;
class IdleWatcher;
class SessionLockWatcher;
class WelcomeWindow;

/// Switches between the welcome window and the window of an unlocked database, and owns the
/// one Workspace of the unlocked database (the unlocked Vault lives inside it and nowhere else).
///
/// Locking hides and drops the main window (its pages and models are destroyed, not hidden),
/// then destroys the Workspace (its jobs finish or are cancelled, their answers are dropped, the
/// connections close and the data key is wiped), and only then shows the welcome window again.
/// Unlocking again makes a new Workspace; as the same user of the same database it comes back
/// to the same tabs and pages (and unsaved edits, if the user chose to keep them in memory);
/// as another user it starts clean.
class AppController : public QObject {
    Q_OBJECT
public:
    /// `settings`: where preferences, window geometry and open tabs are kept (null: the
    /// application's QSettings). Never case data.
    explicit AppController(AppSettings* settings = nullptr, QObject* parent = nullptr);
    ~AppController() override;

    WelcomeWindow* welcomeWindow() const { return m_welcome.get(); }
    MainWindow* mainWindow() const { return m_main; }
    /// The unlocked database's workspace; null while locked.
    Workspace* workspace() const { return m_workspace.get(); }
    /// Reader threads and clock of the workspaces made from here (tests).
    void setWorkspaceOptions(const Workspace::Options& options) { m_options = options; }
    void start(const QString& databasePath, const QString& userName);

    AppSettings& settings() { return *m_settings; }
    IdleWatcher* idleWatcher() { return m_idle; }

public Q_SLOTS:
    /// The Lock action (Ctrl+L): asks first if unsaved edits would be lost.
    void lock();
    /// Locks without asking (idle, screen locked, suspend): open dialogs close.
    void lockNow();

Q_SIGNALS:
    void languageChosen(const QString& language);
    void databaseOpened(const QString& path, const QString& userName);

private:
    void open();
    void lockSession(bool automatic);
    void dropMainWindow();
    void rememberWindow();
    void showSettings();
    void showHelp();
    void newFamily();
    void applySettings();

    std::unique_ptr<WelcomeWindow> m_welcome;
    Workspace::Options m_options;
    std::unique_ptr<Workspace> m_workspace;
    QPointer<MainWindow> m_main; ///< borrows *m_workspace; always goes before it
    std::unique_ptr<AppSettings> m_ownSettings;
    AppSettings* m_settings = nullptr;
    IdleWatcher* m_idle = nullptr;
    SessionLockWatcher* m_sessionLock = nullptr;
    /// What was open when the session locked, for the same user of the same database.
    struct Kept {
        QString databasePath;
        QString userName;
        MainWindow::State state;
        int discardedFiles = 0; ///< files whose edits an automatic lock discarded
    };
    std::optional<Kept> m_kept;
};

} // namespace jiahu
