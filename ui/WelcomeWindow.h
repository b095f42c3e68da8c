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
class WelcomeWindow : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeWindow(QWidget* parent = nullptr);

    void setDatabasePath(const QString& path);
    QString databasePath() const;
    void setUserName(const QString& name);
    /// Key-derivation cost for keys made from here: new databases, passwords reset with the
    /// recovery code (tests choose a cheap one).
    void setKdfParamsForNewDatabases(const KdfParams& params) { m_newKdf = params; }

Q_SIGNALS:
    void vaultOpened(std::shared_ptr<jiahu::Vault> vault);
    /// The user picked another interface language (takes effect on the next start).
    void languageChosen(const QString& language);

private:
    void browse();
    void unlock();
    void createNew();
    void recover();
    void updateThrottle();

    KdfParams m_newKdf = KdfParams::release();
    QLineEdit* m_path = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_unlockButton = nullptr;
    ErrorLabel* m_error = nullptr;
    QComboBox* m_language = nullptr;
    QTimer* m_throttleTimer = nullptr;
    bool m_busy = false;
};

} // namespace jiahu
