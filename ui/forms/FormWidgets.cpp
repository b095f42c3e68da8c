#include "forms/FormWidgets.h"

#include "services/Vault.h"

#include <QFormLayout>
#include <QLineEdit>

namespace jiahu {

ErrorLabel::ErrorLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("errorLabel"));
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #b3261e;"));
    hide();
}

void ErrorLabel::showMessage(const QString& message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

NewPasswordFields::NewPasswordFields(QWidget* parent, QFormLayout* form, const QString& label)
    : m_password(new QLineEdit(parent)), m_repeat(new QLineEdit(parent))
{
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %1 characters").arg(Vault::kMinPasswordLength));
    form->addRow(label, m_password);
    m_repeat->setObjectName(QStringLiteral("repeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Repeat password:"), m_repeat);
}

Result<std::shared_ptr<SecureBytes>> NewPasswordFields::take()
{
    if (m_password->text() != m_repeat->text())
        return makeError(ErrorCode::InvalidArgument, tr("The two passwords differ."));
    QByteArray utf8 = m_password->text().toUtf8();
    auto password = std::make_shared<SecureBytes>(SecureBytes::takeFrom(utf8));
    JIAHU_TRY(Vault::checkPassword(*password));
    m_password->clear();
    m_repeat->clear();
    return password;
}

void NewPasswordFields::setEnabled(bool enabled)
{
    m_password->setEnabled(enabled);
    m_repeat->setEnabled(enabled);
}

} // namespace jiahu
