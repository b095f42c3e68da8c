#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QWidget;

namespace jiahu {

class IdentityNumberField;

/// The identity rows of a person form: identity number (checked as it is typed), gender and
/// birth date. A valid number fills gender and birth date and locks them (core derives them from
/// the number and refuses others); without a number they are typed by hand.
class IdentityRows : public QObject {
    Q_OBJECT
public:
    /// Adds the three rows to `form`, with parents in `parent`.
    IdentityRows(QWidget* parent, QFormLayout* form);

    void setToday(const QDate& today);
    void set(const QString& idNumber, const QString& gender, const QDate& birthDate);

    IdentityNumberField* numberField() const { return m_number; }
    QComboBox* genderBox() const { return m_gender; }
    QLineEdit* birthDateEdit() const { return m_birth; }

    QString idNumber() const;
    /// "male", "female" or empty.
    QString gender() const;
    /// The birth date entered (invalid when left empty), or why it cannot be read.
    Result<QDate> birthDate() const;
    /// Why the rows cannot be saved as they are (focusing the field at fault), or empty.
    QString problem() const;

Q_SIGNALS:
    void edited();

private:
    void numberStateChanged();

    IdentityNumberField* m_number = nullptr;
    QComboBox* m_gender = nullptr;
    QLineEdit* m_birth = nullptr;
};

} // namespace jiahu
