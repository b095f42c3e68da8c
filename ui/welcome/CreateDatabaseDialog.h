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
/// Emits created() once the user has confirmed keeping the code; a slot connected to it (directly)
/// takes the unlocked database with takeVault(). One nobody took is closed when the signal
/// returns.
class CreateDatabaseDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateDatabaseDialog(QWidget* parent = nullptr);
    ~CreateDatabaseDialog() override;

    void setDatabasePath(const QString& path);
    /// Key-derivation cost for the new slots (release default; tests choose a cheaper one).
    void setKdfParams(const KdfParams& params) { m_kdf = params; }
    /// The new database, unlocked; only valid in a slot connected to created(), and only once.
    std::unique_ptr<Vault> takeVault();

Q_SIGNALS:
    void created();

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
    std::unique_ptr<Vault> m_vault; ///< from creation until created() returns
};

} // namespace jiahu
