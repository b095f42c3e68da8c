#pragma once

#include "HomeWindow.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace jiahu {

class Vault;
class WelcomeWindow;

/// Switches between the welcome window and the window of an unlocked database. Locking
/// destroys the home window and with it the Vault.
class AppController : public QObject {
    Q_OBJECT
public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    WelcomeWindow* welcomeWindow() const { return m_welcome.get(); }
    HomeWindow* homeWindow() const { return m_home; }
    void start(const QString& databasePath, const QString& userName);

Q_SIGNALS:
    void languageChosen(const QString& language);
    void databaseOpened(const QString& path, const QString& userName);

private:
    void open(std::shared_ptr<Vault> vault);
    void lock();

    std::unique_ptr<WelcomeWindow> m_welcome;
    QPointer<HomeWindow> m_home;
};

} // namespace jiahu
