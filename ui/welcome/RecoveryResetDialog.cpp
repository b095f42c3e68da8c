#include "welcome/RecoveryResetDialog.h"

#include "forms/FormWidgets.h"
#include "workspace/Background.h"

#include "crypto/SecureBytes.h"
#include "services/Vault.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jiahu {

RecoveryResetDialog::RecoveryResetDialog(const QString& databasePath, const QString& userName,
                                         QWidget* parent)
    : QDialog(parent), m_databasePath(databasePath)
{
    setWindowTitle(tr("Reset a password with the recovery code"));
    setObjectName(QStringLiteral("recoveryResetDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Type the recovery code printed when the database was created. The "
                                "user then gets the new password; their old one stops working."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    form->addRow(tr("Recovery code:"), m_code);
    m_user = new QLineEdit(userName, this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    form->addRow(tr("User name:"), m_user);
    m_passwords = std::make_unique<NewPasswordFields>(this, form, tr("New password:"));
    layout->addLayout(form);
    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(this);
    m_resetButton = buttons->addButton(tr("Set the new password"), QDialogButtonBox::AcceptRole);
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_resetButton, &QPushButton::clicked, this, &RecoveryResetDialog::reset);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    setMinimumWidth(560);
}

RecoveryResetDialog::~RecoveryResetDialog() = default;

std::unique_ptr<Vault> RecoveryResetDialog::takeVault()
{
    return std::move(m_vault);
}

void RecoveryResetDialog::reset()
{
    auto taken = m_passwords->take();
    if (!taken.ok())
        return m_error->showMessage(taken.error().message);
    auto password = std::move(taken.value());
    QByteArray codeUtf8 = m_code->text().toUtf8();
    auto code = std::make_shared<SecureBytes>(SecureBytes::takeFrom(codeUtf8));
    m_code->clear();
    m_error->showMessage({});
    m_resetButton->setEnabled(false);
    const QString path = m_databasePath;
    const QString user = m_user->text().trimmed();
    const KdfParams kdf = m_kdf;
    runInBackground(
        this,
        [path, user, code, password, kdf]() -> Result<std::unique_ptr<Vault>> {
            {
                auto recovery = Vault::unlockWithRecoveryCode(path, *code);
                if (!recovery.ok())
                    return recovery.error();
                JIAHU_TRY(recovery.value()->resetPassword(user, *password, kdf));
            } // the recovery session ends here
            return Vault::unlock(path, user, *password);
        },
        [this](Result<std::unique_ptr<Vault>> result) {
            m_resetButton->setEnabled(true);
            if (!result.ok())
                return m_error->showMessage(result.error().message);
            m_vault = std::move(result.value());
            Q_EMIT unlocked();
            m_vault.reset(); // not taken: closed at once
            accept();
        });
}

} // namespace jiahu
