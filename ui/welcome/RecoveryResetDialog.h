#pragma once

#include "crypto/PasswordKdf.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QPushButton;

namespace jiahu {

class ErrorLabel;
class NewPasswordFields;
class Vault;

/// "Forgot your password?": the recovery code gives a user a new password, then signs them in:
/// unlocked() says so, and a slot connected to it (directly) takes the Vault with takeVault().
/// One nobody took is closed when the signal returns.
class RecoveryResetDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryResetDialog(const QString& databasePath, const QString& userName,
                        QWidget* parent = nullptr);
    ~RecoveryResetDialog() override;
    void setKdfParams(const KdfParams& params) { m_kdf = params; }
    /// The user's unlocked database; only valid in a slot connected to unlocked(), and only once.
    std::unique_ptr<Vault> takeVault();

Q_SIGNALS:
    void unlocked();

private:
    void reset();

    QString m_databasePath;
    KdfParams m_kdf = KdfParams::release();
    QLineEdit* m_code = nullptr;
    QLineEdit* m_user = nullptr;
    std::unique_ptr<NewPasswordFields> m_passwords;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_resetButton = nullptr;
    std::unique_ptr<Vault> m_vault; ///< only while unlocked() is being emitted
};

} // namespace jiahu
