#include "AppController.h"

#include "HomeWindow.h"
#include "WelcomeWindow.h"

#include "services/Vault.h"

namespace jiahu {

AppController::AppController(QObject* parent)
    : QObject(parent), m_welcome(std::make_unique<WelcomeWindow>())
{
    connect(m_welcome.get(), &WelcomeWindow::vaultOpened, this, &AppController::open);
    connect(m_welcome.get(), &WelcomeWindow::languageChosen, this, &AppController::languageChosen);
}

AppController::~AppController()
{
    delete m_home;
}

void AppController::start(const QString& databasePath, const QString& userName)
{
    m_welcome->setDatabasePath(databasePath);
    m_welcome->setUserName(userName);
    m_welcome->show();
}

void AppController::open(std::shared_ptr<Vault> vault)
{
    Q_EMIT databaseOpened(vault->databasePath(), vault->user().name);
    m_home = new HomeWindow(std::move(vault));
    m_home->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_home, &HomeWindow::lockRequested, this, &AppController::lock);
    m_home->show();
    m_welcome->hide();
}

void AppController::lock()
{
    if (m_home) {
        m_home->hide();
        m_home->deleteLater(); // destroys the Vault: connection closed, data key wiped
    }
    m_welcome->show();
}

} // namespace jiahu
