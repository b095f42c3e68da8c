#include "welcome/CreateDatabaseDialog.h"

#include "forms/FormWidgets.h"
#include "welcome/RecoveryCodeDialog.h"
#include "workspace/Background.h"

#include "crypto/SecureBytes.h"
#include "services/Vault.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace jiahu {

CreateDatabaseDialog::CreateDatabaseDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New database"));
    setObjectName(QStringLiteral("createDatabaseDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The new database is encrypted. You become its first "
                                "administrator; you can add caseworkers and other users later."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("Database file:"), pathRow);

    m_adminName = new QLineEdit(this);
    m_adminName->setObjectName(QStringLiteral("adminNameEdit"));
    m_adminName->setPlaceholderText(tr("used to sign in, e.g. zhangwei"));
    m_adminName->setMaxLength(64);
    form->addRow(tr("Administrator user name:"), m_adminName);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setMaxLength(100);
    form->addRow(tr("Full name:"), m_displayName);
    m_passwords = std::make_unique<NewPasswordFields>(this, form, tr("Password:"));
    layout->addLayout(form);

    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Generating keys…"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    layout->addWidget(m_progress);

    auto* buttons = new QDialogButtonBox(this);
    m_createButton = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &CreateDatabaseDialog::browse);
    connect(m_createButton, &QPushButton::clicked, this, &CreateDatabaseDialog::create);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    setDatabasePath(docs + QStringLiteral("/jiahu.jiahu"));
    setMinimumWidth(560);
}

void CreateDatabaseDialog::setDatabasePath(const QString& path)
{
    m_path->setText(path);
}

void CreateDatabaseDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), m_path->text(),
                                                      tr("Jiahu databases (*.jiahu)"));
    if (!path.isEmpty())
        m_path->setText(path.endsWith(QLatin1String(".jiahu")) ? path
                                                               : path + QStringLiteral(".jiahu"));
}

CreateDatabaseDialog::~CreateDatabaseDialog() = default;

std::unique_ptr<Vault> CreateDatabaseDialog::takeVault()
{
    return std::move(m_vault);
}

void CreateDatabaseDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_createButton->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    for (QLineEdit* edit : {m_path, m_adminName, m_displayName})
        edit->setEnabled(!busy);
    m_passwords->setEnabled(!busy);
}

void CreateDatabaseDialog::create()
{
    if (m_path->text().trimmed().isEmpty())
        return m_error->showMessage(tr("Choose where to save the database."));
    if (auto st = Vault::checkUserName(m_adminName->text().trimmed()); !st.ok())
        return m_error->showMessage(st.error().message);
    auto taken = m_passwords->take();
    if (!taken.ok())
        return m_error->showMessage(taken.error().message);
    auto password = std::move(taken.value());
    m_error->showMessage({});
    setBusy(true);

    Vault::CreateOptions options;
    options.databasePath = m_path->text().trimmed();
    options.adminName = m_adminName->text().trimmed();
    options.adminDisplayName = m_displayName->text().trimmed();
    options.kdf = m_kdf;
    runInBackground(
        this, [options, password] { return Vault::create(options, *password); },
        [this, path = options.databasePath](Result<Vault::Created> result) {
            setBusy(false);
            if (!result.ok())
                return m_error->showMessage(result.error().message);
            m_vault = std::move(result.value().vault);
            auto* codeDialog = new RecoveryCodeDialog(
                QString::fromLatin1(result.value().recoveryCode.view()), path, this);
            codeDialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(codeDialog, &QDialog::finished, this, [this] {
                Q_EMIT created();
                m_vault.reset(); // not taken: closed at once
                accept();
            });
            codeDialog->open();
        });
}

} // namespace jiahu
