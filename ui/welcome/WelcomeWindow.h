#pragma once

#include "crypto/PasswordKdf.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace jiahu {

class ErrorLabel;
class Vault;

/// The first window: unlock an existing database, or create a new one.
///
/// An unlocked database leaves this window as a std::unique_ptr<Vault>: vaultOpened() says one
/// is ready, and a slot connected to it (directly, not queued) takes it with takeVault(). A Vault
/// nobody took is closed when the signal returns, so this window never keeps one.
class WelcomeWindow : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeWindow(QWidget* parent = nullptr);
    ~WelcomeWindow() override;

    void setDatabasePath(const QString& path);
    QString databasePath() const;
    void setUserName(const QString& name);
    /// Key-derivation cost for keys made from here: new databases, passwords reset with the
    /// recovery code (tests choose a cheap one).
    void setKdfParamsForNewDatabases(const KdfParams& params) { m_newKdf = params; }
    /// Shows `message` in the window's error line (an empty one hides it).
    void showError(const QString& message);
    /// The Vault just unlocked; only valid in a slot connected to vaultOpened(), and only once.
    std::unique_ptr<Vault> takeVault();

Q_SIGNALS:
    /// A database was unlocked (or created, or its password reset); take it with takeVault().
    void vaultOpened();
    /// The user picked another interface language (takes effect on the next start).
    void languageChosen(const QString& language);

private:
    void browse();
    void unlock();
    void createNew();
    void recover();
    void updateThrottle();
    void handOver(std::unique_ptr<Vault> vault);

    KdfParams m_newKdf = KdfParams::release();
    QLineEdit* m_path = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_unlockButton = nullptr;
    ErrorLabel* m_error = nullptr;
    QComboBox* m_language = nullptr;
    QTimer* m_throttleTimer = nullptr;
    bool m_busy = false;
    std::unique_ptr<Vault> m_opened; ///< only while vaultOpened() is being emitted
};

} // namespace jiahu
