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

/// "Forgot your password?": the recovery code gives a user a new password, then signs them in.
class RecoveryResetDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryResetDialog(const QString& databasePath, const QString& userName,
                        QWidget* parent = nullptr);
    ~RecoveryResetDialog() override;
    void setKdfParams(const KdfParams& params) { m_kdf = params; }

Q_SIGNALS:
    void unlocked(std::shared_ptr<jiahu::Vault> vault);

private:
    void reset();

    QString m_databasePath;
    KdfParams m_kdf = KdfParams::release();
    QLineEdit* m_code = nullptr;
    QLineEdit* m_user = nullptr;
    std::unique_ptr<NewPasswordFields> m_passwords;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_resetButton = nullptr;
};

} // namespace jiahu
