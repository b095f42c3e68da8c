#pragma once

#include "crypto/PasswordKdf.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QProgressBar;
class QPushButton;

namespace jiahu {

class ErrorLabel;
class NewPasswordFields;
class Vault;

/// Creates a new encrypted database with its first administrator, then shows the recovery code.
/// Emits created() with the unlocked database once the user has confirmed keeping the code.
class CreateDatabaseDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateDatabaseDialog(QWidget* parent = nullptr);
    ~CreateDatabaseDialog() override;

    void setDatabasePath(const QString& path);
    /// Key-derivation cost for the new slots (release default; tests choose a cheaper one).
    void setKdfParams(const KdfParams& params) { m_kdf = params; }

Q_SIGNALS:
    void created(std::shared_ptr<jiahu::Vault> vault);

private:
    void browse();
    void create();
    void setBusy(bool busy);

    KdfParams m_kdf = KdfParams::release();
    QLineEdit* m_path = nullptr;
    QLineEdit* m_adminName = nullptr;
    QLineEdit* m_displayName = nullptr;
    std::unique_ptr<NewPasswordFields> m_passwords;
    ErrorLabel* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_createButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace jiahu
