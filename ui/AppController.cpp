#include "AppController.h"

#include "HomeWindow.h"
#include "WelcomeWindow.h"

#include "services/Vault.h"

namespace jiahu {

AppController::AppController(QObject* parent)
    : QObject(parent), m_welcome(std::make_unique<WelcomeWindow>())
{
    // Direct: the slot takes the Vault while the signal is being emitted.
    connect(m_welcome.get(), &WelcomeWindow::vaultOpened, this, &AppController::open,
            Qt::DirectConnection);
    connect(m_welcome.get(), &WelcomeWindow::languageChosen, this, &AppController::languageChosen);
}

AppController::~AppController()
{
    delete m_home.data();
    m_workspace.reset();
}

void AppController::start(const QString& databasePath, const QString& userName)
{
    m_welcome->setDatabasePath(databasePath);
    m_welcome->setUserName(userName);
    m_welcome->show();
}

void AppController::open()
{
    std::unique_ptr<Vault> vault = m_welcome->takeVault();
    if (!vault)
        return;
    // Not expected (the welcome window is hidden while unlocked), but never two at once.
    dropHomeWindow();
    m_workspace.reset();
    const QString path = vault->databasePath();
    const QString userName = vault->user().name;
    auto workspace = Workspace::open(std::move(vault), m_options);
    if (!workspace.ok()) // the Vault went with it: nothing stays unlocked
        return m_welcome->showError(workspace.error().message);
    m_workspace = std::move(workspace.value());
    Q_EMIT databaseOpened(path, userName);

    m_home = new HomeWindow(*m_workspace);
    m_home->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_home, &HomeWindow::lockRequested, this, &AppController::lock);
    // Closing the window (rather than locking) closes the database too; the application then
    // quits, as its last window has closed.
    connect(m_home, &QObject::destroyed, this, [this] { m_workspace.reset(); });
    m_home->show();
    m_welcome->hide();
}

void AppController::dropHomeWindow()
{
    if (!m_home)
        return;
    HomeWindow* home = m_home;
    m_home = nullptr;
    home->disconnect(this); // its later destruction must not close the next workspace
    home->hide();
    // Deferred: lock() may run inside the window's own action. It has no Workspace left from
    // here on and receives none of its answers (they die with the Workspace).
    home->deleteLater();
}

void AppController::lock()
{
    dropHomeWindow();
    m_workspace.reset(); // connections closed, data key wiped, answers in flight dropped
    m_welcome->show();
    m_welcome->raise();
    m_welcome->activateWindow();
}

} // namespace jiahu
