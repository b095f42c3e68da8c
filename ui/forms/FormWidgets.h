#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QLabel>

#include <memory>

class QFormLayout;
class QLineEdit;

namespace jiahu {

/// The red sentence under a form that says what went wrong; hidden while there is nothing to say.
class ErrorLabel : public QLabel {
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget* parent);
    /// Shows `message`, or hides the label when it is empty.
    void showMessage(const QString& message);
};

/// "Password" and "Repeat password" rows of a form. take() checks that they match and are strong
/// enough, moves the password into guarded memory and clears both fields.
class NewPasswordFields {
    Q_DECLARE_TR_FUNCTIONS(NewPasswordFields)
public:
    NewPasswordFields(QWidget* parent, QFormLayout* form, const QString& label);

    Result<std::shared_ptr<SecureBytes>> take();
    void setEnabled(bool enabled);

private:
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
};

} // namespace jiahu
